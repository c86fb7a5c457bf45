using System.Collections.Concurrent;
using Resolint.Core.Citations;

namespace Resolint.Core.Rules.OpeningWords;

/// <summary>
/// Turns an opening verb from one form into another: "Recalls" ⇄ "Recalling", "Decide" → "Decides".
/// English spelling rules decide most cases (drop the s, drop or restore a silent e, double a final
/// consonant); where they cannot (is "visiting" from "visit" or "visite"?), a short list of verbs settles it,
/// and otherwise the answer is null: a fix is offered only when the form is certain. British spelling, as the
/// United Nations writes it ("travelling", "fulfilling"). The verbs the rules cannot settle are in the lexicon.
/// </summary>
internal static class VerbForms
{
    /// <summary>
    /// The bare form of a verb written in the third person, as an -ing form or bare: "Requests", "Recalling",
    /// "request" → "request". Null when the spelling does not tell.
    /// </summary>
    public static string? BaseOf(string word)
    {
        if (KnownBases.TryGetValue(word, out string? known))
        {
            return known;
        }

        return Remember(word);
    }

    /// <inheritdoc cref="BaseOf(string)"/>
    public static string? BaseOf(ReadOnlySpan<char> word)
    {
        // Looked up as read: a string of the word is made only for a word not seen before.
        if (KnownBasesByText.TryGetValue(word, out string? known))
        {
            return known;
        }

        return Remember(word.ToString());
    }

    private static string? Remember(string word)
    {
        string? found = WorkOutBaseOf(word);
        if (Volatile.Read(ref _knownBaseCount) < MaxKnownBases && KnownBases.TryAdd(word, found))
        {
            Interlocked.Increment(ref _knownBaseCount);
        }

        return found;
    }

    /// <summary>
    /// The bare forms worked out so far, by the word as written: every paragraph's opening words ask for their head's, and
    /// a draft's heads are a few dozen words over and over ("Recalling", "Requests"), each form worked out with a lower-case
    /// copy and a substring or two.
    /// </summary>
    private static readonly ConcurrentDictionary<string, string?> KnownBases = new(StringComparer.Ordinal);

    private static readonly ConcurrentDictionary<string, string?>.AlternateLookup<ReadOnlySpan<char>> KnownBasesByText = KnownBases.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Words whose bare form is kept: far more than the verbs of any corpus, and a bound on the memory whatever the input.</summary>
    private const int MaxKnownBases = 8192;

    private static int _knownBaseCount;

    private static string? WorkOutBaseOf(string word)
    {
        string w = Words.Lower(word);
        if (Lexicon.IsKnownVerb(w))
        {
            return w;
        }

        return w.EndsWith("ing", StringComparison.Ordinal) ? BaseOfParticiple(w) : LooksThirdPerson(w) ? BaseOfThirdPerson(w) : null;
    }

    /// <summary>"Recalls" → "Recalling", "Takes" → "Taking", "Regrets" → "Regretting"; null when unsure.</summary>
    public static string? ParticipleOf(string thirdPerson)
    {
        string? stem = BaseOfThirdPerson(Words.Lower(thirdPerson));
        return stem is null ? null : WithCaseOf(thirdPerson, ParticipleOfBase(stem));
    }

    /// <summary>"Recalling" → "Recalls", "Noting" → "Notes", "Having" → "Has"; null when unsure.</summary>
    public static string? ThirdPersonOf(string participle)
    {
        string? stem = BaseOfParticiple(Words.Lower(participle));
        return stem is null ? null : WithCaseOf(participle, ThirdPersonOfBase(stem));
    }

    /// <summary>"Decide" → "Decides", "Stress" → "Stresses", "Apply" → "Applies".</summary>
    public static string ThirdPersonFromBase(string verb) => WithCaseOf(verb, ThirdPersonOfBase(Words.Lower(verb)))!;

    /// <summary>"Recall" → "Recalling"; null when unsure.</summary>
    public static string? ParticipleFromBase(string verb) => WithCaseOf(verb, ParticipleOfBase(Words.Lower(verb)));

    /// <summary>
    /// True when a word has the shape of a verb in the third person singular: it ends in s, and not in the
    /// endings of adjectives and other words that merely end in s ("Conscious", "Whereas", "Its").
    /// </summary>
    public static bool LooksThirdPerson(string word)
    {
        string w = Words.Lower(word);
        if (Irregular(VerbForm.Third, w) is not null)
        {
            return true;
        }

        return w.Length >= 4 && w[^1] == 's'
            && !w.EndsWith("ss", StringComparison.Ordinal) && !w.EndsWith("us", StringComparison.Ordinal)
            && !w.EndsWith("is", StringComparison.Ordinal) && !Lexicon.IsNotVerbInS(w);
    }

    private static string? BaseOfThirdPerson(string w)
    {
        if (Irregular(VerbForm.Third, w) is { } irregular)
        {
            return irregular.Base;
        }

        if (!LooksThirdPerson(w))
        {
            return null;
        }

        string stem;
        if (w.EndsWith("ies", StringComparison.Ordinal) && w.Length > 4 && !IsVowel(w, w.Length - 4))
        {
            stem = w[..^3] + "y";
        }
        else if (w.EndsWith("sses", StringComparison.Ordinal) || w.EndsWith("shes", StringComparison.Ordinal)
            || w.EndsWith("ches", StringComparison.Ordinal) || w.EndsWith("xes", StringComparison.Ordinal)
            || w.EndsWith("zzes", StringComparison.Ordinal))
        {
            stem = w[..^2];
        }
        else if (w.EndsWith("oes", StringComparison.Ordinal) || w.EndsWith("uses", StringComparison.Ordinal))
        {
            // "echoes" or "toes", "focuses" or "refuses": the spelling does not tell.
            return null;
        }
        else
        {
            stem = w[..^1];
        }

        return stem.Length >= 3 && stem.Any(c => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y') ? stem : null;
    }

    private static string ThirdPersonOfBase(string b)
    {
        if (Irregular(VerbForm.Base, b) is { } irregular)
        {
            return irregular.Third;
        }

        if (b.EndsWith('s') || b.EndsWith("sh", StringComparison.Ordinal) || b.EndsWith("ch", StringComparison.Ordinal)
            || b.EndsWith('x') || b.EndsWith("zz", StringComparison.Ordinal) || (b.EndsWith('o') && !IsVowel(b, b.Length - 2)))
        {
            return b + "es";
        }

        return b.EndsWith('y') && b.Length > 1 && !IsVowel(b, b.Length - 2) ? b[..^1] + "ies" : b + "s";
    }

    private static string? ParticipleOfBase(string b)
    {
        if (Irregular(VerbForm.Base, b) is { } irregular)
        {
            return irregular.Participle;
        }

        if (b.Length < 2)
        {
            return null;
        }

        if (b.EndsWith("ie", StringComparison.Ordinal))
        {
            return b[..^2] + "ying";
        }

        if (b.EndsWith('e'))
        {
            bool keep = b.EndsWith("ee", StringComparison.Ordinal) || b.EndsWith("oe", StringComparison.Ordinal) || b.EndsWith("ye", StringComparison.Ordinal);
            return keep ? b + "ing" : b[..^1] + "ing";
        }

        if (b.EndsWith('c'))
        {
            return b + "king";
        }

        if (!EndsWithSingleVowelAndConsonant(b))
        {
            return b + "ing";
        }

        // A final consonant after a single vowel doubles in one syllable ("planning"), after l in British
        // spelling ("travelling"), and in stressed endings only a list can name ("regretting", "referring").
        char last = b[^1];
        if (Syllables(b) == 1 || last == 'l' || Lexicon.DoublesFinalConsonant(b) || b.EndsWith("mit", StringComparison.Ordinal))
        {
            return b + last + "ing";
        }

        string ending = b[^2..];
        return ending is "er" or "or" or "en" or "on" or "it" or "et" or "ot" or "op" or "ar" or "ur" or "ir" ? b + "ing" : null;
    }

    private static string? BaseOfParticiple(string p)
    {
        if (Irregular(VerbForm.Participle, p) is { } irregular)
        {
            return irregular.Base;
        }

        if (p.Length < 5 || !p.EndsWith("ing", StringComparison.Ordinal))
        {
            return null;
        }

        string stem = p[..^3];
        char last = stem[^1];

        if (last == 'y' && !IsVowel(stem, stem.Length - 2))
        {
            // "lying", "dying" come from "lie", "die"; "applying" from "apply".
            return stem.Length == 2 ? stem[0] + "ie" : stem;
        }

        if (stem.Length >= 3 && stem[^2] == last && !IsVowel(stem, stem.Length - 1))
        {
            return BaseOfDoubled(stem);
        }

        if (Lexicon.IsPlainStem(stem))
        {
            return stem;
        }

        if (Lexicon.TakesSilentE(stem))
        {
            return stem + "e";
        }

        if (IsVowel(stem, stem.Length - 1))
        {
            // "continuing", "pursuing", "issuing"; "seeing", "agreeing" keep what they have.
            return last == 'u' ? stem + "e" : stem;
        }

        if (last is 'v' or 'z' or 'c' or 's')
        {
            return stem + "e";
        }

        if (last is 'w' or 'x' or 'y')
        {
            return stem;
        }

        if (!IsVowel(stem, stem.Length - 2))
        {
            // A cluster: "recall", "request", "reaffirm" keep it; "urge", "acknowledge", "change" end in e.
            string two = stem[^2..];
            return two is "dg" or "rg" or "lg" || stem.EndsWith("ang", StringComparison.Ordinal) || stem.EndsWith("eng", StringComparison.Ordinal)
                ? stem + "e"
                : two == "th" ? null : stem;
        }

        if (IsVowel(stem, stem.Length - 3))
        {
            // Two vowels before the consonant: "appeal", "maintain", "proceed", "treat".
            return stem;
        }

        if (Syllables(stem) == 1)
        {
            // A single consonant after one short vowel would have doubled: "noting" is from "note".
            return stem + "e";
        }

        string ending = stem[^2..];
        return ending switch
        {
            "at" or "ot" or "ut" or "id" or "ud" or "od" or "ad" or "ed" or "ur" or "ir" or "ar" or "in" => stem + "e",
            "ab" or "eb" or "ib" or "ob" or "ub" or "ak" or "ek" or "ik" or "ok" or "uk" => stem + "e",
            "am" or "em" or "im" or "om" or "um" or "al" or "el" or "il" or "ol" or "ul" or "ap" or "op" or "ag" => stem + "e",
            "er" or "or" or "on" or "it" or "et" => stem,
            "en" => stem.EndsWith("ven", StringComparison.Ordinal) ? stem + "e" : stem,
            _ => null,
        };
    }

    /// <summary>"committ" → "commit", "travell" → "travel", but "call", "stress", "add" keep their pair.</summary>
    private static string? BaseOfDoubled(string stem)
    {
        char last = stem[^1];
        if (last is 's' or 'z' or 'f' || stem is "add" or "err" or "boycott")
        {
            return stem;
        }

        if (last == 'l')
        {
            // One syllable keeps the pair ("calling", "filling"); so do a few compounds of them; longer
            // stems doubled the l by British spelling ("cancelling", "fulfilling", "controlling").
            return Syllables(stem) == 1 || stem is "recall" or "install" or "forestall" or "befall" or "foretell" ? stem : stem[..^1];
        }

        return stem[..^1];
    }

    private enum VerbForm
    {
        Base,
        Third,
        Participle,
    }

    /// <summary>The irregular verb with <paramref name="word"/> as its form; asked for every opening word, so no closure or enumerator.</summary>
    private static (string Base, string Third, string Participle)? Irregular(VerbForm form, string word)
    {
        IReadOnlyList<(string Base, string Third, string Participle)> verbs = Lexicon.IrregularVerbs;
        for (int i = 0; i < verbs.Count; i++)
        {
            (string Base, string Third, string Participle) verb = verbs[i];
            string candidate = form switch
            {
                VerbForm.Base => verb.Base,
                VerbForm.Third => verb.Third,
                _ => verb.Participle,
            };
            if (candidate == word)
            {
                return verb;
            }
        }

        return null;
    }

    private static bool EndsWithSingleVowelAndConsonant(string b)
    {
        int n = b.Length;
        return n >= 2 && !IsVowel(b, n - 1) && b[^1] is not ('w' or 'x' or 'y') && IsVowel(b, n - 2) && (n == 2 || !IsVowel(b, n - 3));
    }

    /// <summary>Vowel letters; the u of "qu" and "gu" before a vowel sounds as a consonant ("require", "guide").</summary>
    private static bool IsVowel(string w, int i)
    {
        if (i < 0 || i >= w.Length)
        {
            return false;
        }

        char c = w[i];
        if (c == 'u' && i > 0 && (w[i - 1] == 'q' || (w[i - 1] == 'g' && i + 1 < w.Length && w[i + 1] is 'a' or 'e' or 'i' or 'o')))
        {
            return false;
        }

        return c is 'a' or 'e' or 'i' or 'o' or 'u' || (c == 'y' && i > 0 && !IsVowel(w, i - 1));
    }

    private static int Syllables(string w)
    {
        int count = 0;
        for (int i = 0; i < w.Length; i++)
        {
            if (IsVowel(w, i) && !IsVowel(w, i - 1))
            {
                count++;
            }
        }

        return count;
    }

    private static string? WithCaseOf(string original, string? word) =>
        word is null || word.Length == 0 || original.Length == 0 || !char.IsUpper(original[0])
            ? word
            : char.ToUpperInvariant(word[0]) + word[1..];
}
