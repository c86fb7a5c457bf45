namespace Resolint.Core.Rules.OpeningWords;

/// <summary>
/// What kind of word opens a paragraph, from its form: a participle ("Recalling"), an adjective ("Mindful",
/// "Concerned"), a verb in the third person ("Requests"), a bare verb ("Request"), a determiner ("The").
/// Grammar, not a lexicon: a word no corpus has shown is judged by its shape.
/// </summary>
internal static class WordClasses
{
    /// <summary>Adjectives that open preambular paragraphs (Editorial Manual; seeds).</summary>
    private static readonly HashSet<string> OpeningAdjectives = new(StringComparer.OrdinalIgnoreCase)
    {
        "aware", "mindful", "conscious", "cognizant", "cognisant", "convinced", "determined", "desirous", "alarmed",
        "concerned", "confident", "appreciative", "grateful", "anxious", "eager", "keen", "hopeful", "thankful",
        "resolved", "sure", "certain", "fearful", "apprehensive", "sensitive", "committed", "united", "seized",
    };

    /// <summary>Irregular past participles that open paragraphs as adjectives do ("Having taken", "Deeply shaken").</summary>
    private static readonly HashSet<string> IrregularParticiples = new(StringComparer.OrdinalIgnoreCase)
    {
        "taken", "given", "driven", "shaken", "stricken", "chosen", "written", "spoken", "known", "shown", "drawn",
        "sworn", "broken", "bound", "struck", "heard", "met", "held", "led", "made", "done", "seen", "undertaken",
    };

    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "its", "it", "their", "they", "this", "these", "those", "our", "we", "his", "her", "such", "each", "every",
    };

    /// <summary>
    /// Verbs that open resolutions, in their bare form, to recognise "Request the Secretary-General" as a verb
    /// that lost its ending. The learned lexicon adds the corpus's own.
    /// </summary>
    private static readonly HashSet<string> CommonVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "accept", "acknowledge", "adopt", "affirm", "agree", "appeal", "applaud", "appreciate", "approve", "authorize",
        "bear", "call", "commend", "condemn", "confirm", "congratulate", "consider", "continue", "declare", "decide",
        "demand", "denounce", "deplore", "designate", "determine", "direct", "emphasize", "encourage", "endorse",
        "expect", "express", "extend", "highlight", "instruct", "invite", "note", "observe", "proclaim", "reaffirm",
        "recall", "recognize", "recommend", "regret", "reiterate", "reject", "remind", "renew", "request", "resolve",
        "stress", "support", "take", "thank", "underline", "underscore", "urge", "welcome", "commit",
    };

    /// <summary>"Recalling", "Having", "Bearing": a present participle.</summary>
    public static bool IsParticiple(string word) => word.Length >= 5 && word.EndsWith("ing", StringComparison.OrdinalIgnoreCase);

    /// <summary>"Concerned", "Guided", "Taken": a past participle used as an adjective.</summary>
    public static bool IsPastParticiple(string word) =>
        (word.Length >= 4 && word.EndsWith("ed", StringComparison.OrdinalIgnoreCase)) || IrregularParticiples.Contains(word);

    /// <summary>An adjective known to open preambular paragraphs ("Mindful", "Aware", "Convinced").</summary>
    public static bool IsOpeningAdjective(string word) => OpeningAdjectives.Contains(word);

    /// <summary>The shape of an adjective: "-ful", "-ous", "-ant", "-ent", "-ive", "-ible", "-able".</summary>
    public static bool HasAdjectiveSuffix(string word)
    {
        string[] suffixes = ["ful", "ous", "ant", "ent", "ive", "ible", "able"];
        return word.Length > 5 && suffixes.Any(s => word.EndsWith(s, StringComparison.OrdinalIgnoreCase));
    }

    public static bool IsDeterminer(string word) => Determiners.Contains(word);

    public static bool IsCommonVerb(string word) => CommonVerbs.Contains(word);
}
