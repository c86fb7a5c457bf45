namespace Resolint.Core.Corpus;

/// <summary>A variant spelling and the standard form that replaces it, as the text would be corrected.</summary>
internal sealed record SpellingPair(string Variant, string Preferred, bool AtSentenceStartOnly);

/// <summary>The forms of one word or fixed expression: "program", "programs" → "programme", "programmes".</summary>
internal sealed record SpellingFamily(string Name, IReadOnlyList<SpellingPair> Pairs);

/// <summary>
/// Candidate spellings from United Nations editorial practice (British spelling with -ize, fixed forms such as
/// "Secretary-General"). A candidate is only a candidate: the learner makes a family active only where the
/// corpus itself writes the standard form and never the variant, so a corpus in another house style
/// switches it off by example.
/// </summary>
internal static class EditorialSpellings
{
    /// <summary>Verbs the United Nations writes with -ize ("analyse", "advise", "exercise" are not -ize words).</summary>
    private static readonly string[] IzeVerbs =
    [
        "recogni", "emphasi", "critici", "apologi", "jeopardi", "publici", "scrutini", "synthesi",
    ];

    /// <summary>-ize verbs whose nouns in -ization are also in use ("organization", "realization").</summary>
    private static readonly string[] IzeVerbsWithNouns =
    [
        "organi", "reali", "prioriti", "mobili", "utili", "minimi", "maximi", "harmoni", "stabili", "characteri",
        "authori", "summari", "finali", "standardi", "civili", "globali", "privati", "criminali", "stigmati",
        "marginali", "operationali", "institutionali", "democrati", "sensiti", "speciali", "capitali", "formali",
        "legali", "normali", "revitali", "symboli", "visuali", "categori", "customi", "familiari", "memori",
        "moderni", "optimi", "penali", "rationali", "subsidi", "synchroni", "hospitali", "immuni", "urbani",
    ];

    public static IReadOnlyList<SpellingFamily> Families { get; } = Build();

    private static List<SpellingFamily> Build()
    {
        var families = new List<SpellingFamily>
        {
            Word("program", "programme", "", "s"),
            Word("favor", "favour", "", "s", "ed", "ing", "able", "ably", "ite", "ites"),
            Word("unfavorab", "unfavourab", "le", "ly"),
            Word("honor", "honour", "", "s", "ed", "ing", "able"),
            Word("labor", "labour", "", "s", "ed", "ing"),
            Word("neighbor", "neighbour", "", "s", "ing", "hood", "hoods"),
            Word("behavior", "behaviour", "", "s", "al"),
            Word("endeavor", "endeavour", "", "s", "ed", "ing"),
            Word("color", "colour", "", "s", "ed"),
            Word("cent", "cent", "er|re", "ers|res", "ered|red"),
            Word("defen", "defen", "se|ce", "ses|ces"),
            Word("offen", "offen", "se|ce", "ses|ces"),
            Word("fulfil", "fulfil", "l|", "ls|s", "lment|ment", "lments|ments"),
            Word("enrol", "enrol", "l|", "ls|s", "lment|ment", "lments|ments"),
            Word("judg", "judg", "ement|ment", "ements|ments"),
            Word("catalog", "catalogue", "", "s"),
            Word("dialog", "dialogue", "", "s"),
            Word("analyz", "analys", "e", "es", "ed", "ing"),
            Word("paralyz", "paralys", "e", "es", "ed", "ing"),
            Word("aging", "ageing", ""),
            Word("percent", "per cent", ""),
            Word("amongst", "among", ""),
            Word("whilst", "while", ""),
            Word("co-operat", "cooperat", "e", "es", "ed", "ing", "ion", "ive", "ives"),
            Word("co-ordinat", "coordinat", "e", "es", "ed", "ing", "ion", "or", "ors"),
            Together(Word("non governmental", "non-governmental", ""), Word("nongovernmental", "non-governmental", "")),
            Fixed("Secretary-General", "Secretary General", "secretary general", "Secretary general", "secretary-General", "secretary-general", "Secretary-general"),
            Fixed("Secretaries-General", "Secretaries General", "secretaries-general"),

            // Not "member States": that is how United Nations texts write the members of other organizations.
            Fixed("Member States", "Member states"),
        };

        families.AddRange(IzeVerbs.Select(stem => Word(stem + "s", stem + "z", "e", "es", "ed", "ing")));
        families.AddRange(IzeVerbsWithNouns.Select(stem => Word(stem + "s", stem + "z", "e", "es", "ed", "ing", "ation", "ations")));
        return families;
    }

    /// <summary>
    /// A word family: each ending is added to both stems ("s"), or names each side ("er|re": center, centre).
    /// Every form in lower case, and again with a capital, which is a variant only at a sentence start
    /// (elsewhere a capital may mean a proper name, as "Center for …").
    /// </summary>
    private static SpellingFamily Word(string variantStem, string preferredStem, params string[] endings)
    {
        var pairs = new List<SpellingPair>();
        foreach (string ending in endings)
        {
            string[] sides = ending.Split('|');
            string variant = variantStem + sides[0];
            string preferred = preferredStem + sides[^1];
            pairs.Add(new SpellingPair(variant, preferred, false));
            pairs.Add(new SpellingPair(Capitalize(variant), Capitalize(preferred), true));
        }

        return new SpellingFamily(pairs[0].Preferred, pairs);
    }

    /// <summary>Variants of the same standard form: one family, so the corpus's use of the standard counts for all.</summary>
    private static SpellingFamily Together(params SpellingFamily[] families) =>
        new(families[0].Name, families.SelectMany(f => f.Pairs).ToList());

    /// <summary>A fixed form whose capitals are part of it: each variant is wrong wherever it stands.</summary>
    private static SpellingFamily Fixed(string preferred, params string[] variants) =>
        new(preferred, variants.Select(v => new SpellingPair(v, preferred, false)).ToList());

    private static string Capitalize(string word) => char.ToUpperInvariant(word[0]) + word[1..];
}
