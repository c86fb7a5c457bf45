using Resolint.Core.Citations;

namespace Resolint.Core.Corpus;

/// <summary>What the head word of an opener is, as far as its form shows.</summary>
public enum OpenerShape
{
    /// <summary>The form does not say: a noun, a bare infinitive, an empty opener.</summary>
    Unknown,

    /// <summary>"Recalling", "Having examined", "Bearing in mind", "Deeply concerned", "Guided".</summary>
    Participle,

    /// <summary>"Mindful", "Aware", "Conscious", "Desirous", "Convinced" reads as a participle.</summary>
    Adjective,

    /// <summary>The present tense, third person: "Decides", "Calls upon", "Strongly condemns".</summary>
    PresentVerb,
}

/// <summary>
/// Reads the form of an opener's head word, so an opener the corpus has never seen is judged by its grammar:
/// a preambular paragraph opens with a participle or an adjective, an operative one with a verb in the
/// present tense, third person (Editorial Manual). Morphology and the lexicon's word classes, no corpus:
/// "Welcoming" is a participle whether or not the corpus uses it.
/// </summary>
public static class OpenerGrammar
{
    public static OpenerShape ShapeOf(string opener)
    {
        string? head = HeadOf(opener);
        if (head is null || head.Length < 2)
        {
            return OpenerShape.Unknown;
        }

        if (Lexicon.IsOpeningAdjective(head) || HasAdjectiveEnding(head))
        {
            return OpenerShape.Adjective;
        }

        if (Lexicon.IsIrregularParticiple(head)
            || (head.Length > 4 && head.EndsWith("ing", StringComparison.Ordinal))
            || (head.Length > 3 && head.EndsWith("ed", StringComparison.Ordinal)))
        {
            return OpenerShape.Participle;
        }

        return IsThirdPersonPresent(head) ? OpenerShape.PresentVerb : OpenerShape.Unknown;
    }

    /// <summary>True when the opener's form is one a preambular paragraph opens with.</summary>
    public static bool FitsPreamble(string opener) => ShapeOf(opener) is OpenerShape.Participle or OpenerShape.Adjective;

    /// <summary>True when the opener's form is one an operative paragraph opens with.</summary>
    public static bool FitsOperative(string opener) => ShapeOf(opener) is OpenerShape.PresentVerb;

    /// <summary>
    /// The head word, lower case: past "also"/"further", adverbs ("Deeply", "Strongly", "Fully") and
    /// "Once again". Null when nothing is left.
    /// </summary>
    public static string? HeadOf(string opener)
    {
        string plain = OpenerForms.BaseOf(opener);
        int count = 0;
        foreach (Range range in plain.AsSpan().Split(' '))
        {
            count += WordAt(plain, range).IsEmpty ? 0 : 1;
        }

        // The first word that is no adverb, or the last; only the words looked at become strings.
        int at = 0;
        foreach (Range range in plain.AsSpan().Split(' '))
        {
            ReadOnlySpan<char> written = WordAt(plain, range);
            if (written.IsEmpty)
            {
                continue;
            }

            string word = Words.Lower(written);
            if (at++ == count - 1 || !(Lexicon.IsLeadingAdverb(word) || IsAdverb(word)))
            {
                return word;
            }
        }

        return null;
    }

    /// <summary>A word of an opener without the marks around it.</summary>
    private static ReadOnlySpan<char> WordAt(string opener, Range range) => opener.AsSpan(range).Trim(",;:.*_");

    private static bool IsAdverb(string word) => word.Length >= 4 && word.EndsWith("ly", StringComparison.Ordinal);

    private static bool HasAdjectiveEnding(string word) =>
        word.Length > 5 && (word.EndsWith("ful", StringComparison.Ordinal) || word.EndsWith("ous", StringComparison.Ordinal)
            || word.EndsWith("ant", StringComparison.Ordinal) || word.EndsWith("ent", StringComparison.Ordinal)
            || word.EndsWith("ive", StringComparison.Ordinal));

    /// <summary>"decides", "calls", "stresses", "notes"; not "progress", "focus", "analysis".</summary>
    private static bool IsThirdPersonPresent(string word) => Rules.OpeningWords.VerbForms.LooksThirdPerson(word);
}
