namespace Resolint.Core.Corpus;

/// <summary>A variant spelling and the standard form that replaces it, as the text would be corrected.</summary>
internal sealed record SpellingPair(string Variant, string Preferred, bool AtSentenceStartOnly);

/// <summary>The forms of one word or fixed expression: "program", "programs" → "programme", "programmes".</summary>
internal sealed record SpellingFamily(string Name, IReadOnlyList<SpellingPair> Pairs);

/// <summary>
/// Candidate spellings from United Nations editorial practice (British spelling with -ize, fixed forms such as
/// "Secretary-General"), as the lexicon lists them (<c>Lexicon/Data/spellings.tsv</c>). A candidate is only a
/// candidate: the learner makes a family active only where the corpus itself writes the standard form and
/// never the variant, so a corpus in another house style switches it off by example.
/// </summary>
internal static class EditorialSpellings
{
    public static IReadOnlyList<SpellingFamily> Families { get; } = Build();

    private static List<SpellingFamily> Build()
    {
        // Families in the order the lexicon first names them; rows of one family (or one fixed form) join it.
        var families = new List<(string Name, List<SpellingPair> Pairs)>();
        var byKey = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (IReadOnlyDictionary<string, string> row in Lexicon.Spellings)
        {
            bool isFixed = row["kind"] == "fixed";
            List<SpellingPair> pairs = isFixed ? Fixed(row["variant"], row["standard"]) : Word(row["variant"], row["standard"], row["endings"].Split(' ', StringSplitOptions.RemoveEmptyEntries), row["capitals"] == "names");
            string key = isFixed ? "fixed:" + row["standard"] : row["family"].Length > 0 ? "word:" + row["family"] : "row:" + families.Count;
            if (byKey.TryGetValue(key, out int family))
            {
                families[family].Pairs.AddRange(pairs);
            }
            else
            {
                byKey[key] = families.Count;
                families.Add((pairs[0].Preferred, pairs));
            }
        }

        return families.ConvertAll(f => new SpellingFamily(f.Name, f.Pairs));
    }

    /// <summary>
    /// A word: each ending is added to both stems ("s"; "-" for none), or names each side ("er|re": center,
    /// centre). Every form in lower case, and again with a capital, which is a variant only at a sentence start
    /// (elsewhere a capital may mean a proper name, as "Center for …"), or anywhere when the United Nations writes
    /// the standard form in names too (<paramref name="inNames"/>: "Programme of Action").
    /// </summary>
    private static List<SpellingPair> Word(string variantStem, string preferredStem, string[] endings, bool inNames)
    {
        var pairs = new List<SpellingPair>();
        foreach (string ending in endings)
        {
            string[] sides = (ending == "-" ? string.Empty : ending).Split('|');
            string variant = variantStem + sides[0];
            string preferred = preferredStem + sides[^1];
            pairs.Add(new SpellingPair(variant, preferred, false));
            pairs.Add(new SpellingPair(Capitalize(variant), Capitalize(preferred), !inNames));
        }

        return pairs;
    }

    /// <summary>A fixed form whose capitals are part of it: the variant is wrong wherever it stands.</summary>
    private static List<SpellingPair> Fixed(string variant, string preferred) => [new SpellingPair(variant, preferred, false)];

    private static string Capitalize(string word) => char.ToUpperInvariant(word[0]) + word[1..];
}
