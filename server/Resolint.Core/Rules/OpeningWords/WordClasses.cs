using Resolint.Core.Corpus;

namespace Resolint.Core.Rules.OpeningWords;

/// <summary>
/// What the corpus learner's <see cref="OpenerGrammar"/> leaves open about an opening word: whether it is a
/// determiner ("The", "Its"), which opens no paragraph, or a verb that lost its ending ("Request", "Recall").
/// </summary>
internal static class WordClasses
{
    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "its", "it", "their", "they", "this", "these", "those", "our", "we", "his", "her", "such", "each", "every",
    };

    /// <summary>
    /// Verbs that open resolutions, in their bare form, to recognise "Request the Secretary-General" as a verb
    /// that lost its ending. The corpus's own openers and verbs add to them.
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

    public static bool IsDeterminer(string word) => Determiners.Contains(word);

    /// <summary>True when a word is a verb in its bare form: a common one, or one the corpus uses in another form.</summary>
    public static bool IsBareVerb(string word, ConventionModel conventions) =>
        CommonVerbs.Contains(word)
        || conventions.IsKnownOperativeVerb(VerbForms.ThirdPersonFromBase(word))
        || (VerbForms.ParticipleFromBase(word) is { } participle && conventions.IsKnownPreambularOpener(participle));
}
