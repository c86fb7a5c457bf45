using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Resolint.Core.Citations;
using Resolint.Core.Corpus;
using Resolint.Core.Text;

namespace Resolint.Core.Rules.OpeningWords;

/// <summary>
/// Tells a misspelt head of opening words ("Recallig", "Requets", "Decied") from a word of its own: a head that
/// neither the corpus, nor the lexicon, nor the spelling of a known verb accounts for, and that is one letter
/// off (dropped, added, changed or two swapped) a form the part expects, is a slip, and that form its repair.
/// </summary>
internal static class OpenerSpelling
{
    /// <summary>One letter off: more would take real words for slips ("Adopts" for "Adapts" is already two off neither).</summary>
    private const int MaxEdits = 1;

    /// <summary>Shorter heads are one letter off too many words to tell a slip from another word.</summary>
    private const int MinLength = 5;

    private static readonly ConditionalWeakTable<ConventionModel, Forms> ByModel = [];

    /// <summary>
    /// The word of the opening words that is a slip, and the form it was meant to be: the head, or an adverb in
    /// -ly before it ("Strongy condemns" reads "Strongy" as the head; "Profundly concerned" reads it as an adverb).
    /// </summary>
    public static (TextSpan Word, string Meant)? Misspelt(OpeningPhrase phrase, bool operative, ConventionModel conventions)
    {
        foreach (TextSpan word in phrase.Words)
        {
            if (Correction(phrase.WordText(word), operative, conventions) is { } meant)
            {
                return (word, meant);
            }

            if (word == phrase.HeadSpan)
            {
                break;
            }
        }

        return null;
    }

    /// <summary>
    /// The form the head was meant to be, capitalised as written; null when it is no slip or unsure. Kept per head
    /// and conventions: the same opening words stand in draft after draft, and each reading asks the lexicon a dozen
    /// times, or compares the head with every form of its part.
    /// </summary>
    public static string? Correction(string head, bool operative, ConventionModel conventions)
    {
        Forms forms = ByModel.GetValue(conventions, Build);
        Corrections kept = operative ? forms.OperativeCorrections : forms.PreambularCorrections;
        if (kept.Made.TryGetValue(head, out string? correction))
        {
            return correction;
        }

        correction = Correct(head, operative ? forms.Operative : forms.Preambular, conventions);
        if (Interlocked.Increment(ref kept.Count) <= MaxKeptCorrections)
        {
            kept.Made.TryAdd(head, correction);
        }

        return correction;
    }

    /// <summary>Heads whose corrections are kept per part and conventions: far more than the distinct opening words of any corpus, so that a server fed endless text stays bounded.</summary>
    private const int MaxKeptCorrections = 1 << 14;

    /// <summary>The corrections made of the heads of one part under one set of conventions, by head as written.</summary>
    private sealed class Corrections
    {
        public readonly ConcurrentDictionary<string, string?> Made = new(StringComparer.Ordinal);

        /// <summary>How many were made, kept or not.</summary>
        public int Count;
    }

    private static string? Correct(string head, (string Form, string Meant, bool Bare, bool Learned)[] expected, ConventionModel conventions)
    {
        string w = Words.Lower(head);
        // A head in lower case is the rest of a sentence more often than a slip.
        if (w.Length < MinLength || !char.IsUpper(head[0]) || !w.All(char.IsLetter) || IsKnownWord(w, conventions))
        {
            return null;
        }

        string? found = null;
        bool fromCorpus = false;
        foreach ((string form, string meant, bool bare, bool learned) in expected)
        {
            if (Math.Abs(form.Length - w.Length) > MaxEdits)
            {
                continue;
            }

            int distance = Distance(w, form);
            if (distance == 0)
            {
                // A form the part expects, spelt right.
                return null;
            }

            // Against a bare verb only two letters swapped count ("Decied" for "Decide"): a letter changed is
            // as often another word ("Assembly", "assemble").
            if (distance <= MaxEdits && (!bare || IsSwap(w, form)) && !(fromCorpus && !learned))
            {
                // A form the corpus uses outranks one the lexicon only spells ("Decides" over "Decries").
                if (found is not null && found != meant && !(learned && !fromCorpus))
                {
                    return null;
                }

                found = meant;
                fromCorpus = learned;
            }
        }

        return found is null ? null : char.IsUpper(head[0]) ? OpeningPhrase.Capitalized(found) : found;
    }

    /// <summary>
    /// A word the corpus, the lexicon or a known verb's spelling accounts for: "decries" (decry), "adapted"
    /// (adapt), "mindful", "taken".
    /// </summary>
    private static bool IsKnownWord(string w, ConventionModel conventions)
    {
        if (conventions.IsKnownOperativeVerb(w) || conventions.IsKnownPreambularOpener(w)
            || Lexicon.IsOpeningAdjective(w) || Lexicon.IsIrregularParticiple(w) || Lexicon.IsDeterminer(w)
            || Lexicon.IsLeadingAdverb(w))
        {
            return true;
        }

        if (VerbForms.BaseOf(w) is { } bare && Lexicon.IsKnownVerb(bare))
        {
            return true;
        }

        // The -ise spelling of a known -ize verb ("Recognising") is a spelling of its own, not a slip of one letter.
        int ise = w.IndexOf("is", 3, StringComparison.Ordinal);
        if (ise > 0 && VerbForms.BaseOf(string.Concat(w.AsSpan(0, ise), "iz", w.AsSpan(ise + 2))) is { } izeBase && Lexicon.IsKnownVerb(izeBase))
        {
            return true;
        }

        // A past participle of a known verb: "decided", "applied", "committed", "noted".
        return w.EndsWith("ed", StringComparison.Ordinal)
            && (Lexicon.IsKnownVerb(w[..^1]) || Lexicon.IsKnownVerb(w[..^2]) || Lexicon.IsKnownVerb(w[..^3] + "y")
                || (w.Length > 4 && w[^3] == w[^4] && Lexicon.IsKnownVerb(w[..^3])));
    }

    private static Forms Build(ConventionModel conventions)
    {
        var operative = new Dictionary<string, (string Meant, bool Bare, bool Learned)>(StringComparer.Ordinal);
        var preambular = new Dictionary<string, (string Meant, bool Bare, bool Learned)>(StringComparer.Ordinal);
        foreach (string verb in Lexicon.Verbs)
        {
            string third = VerbForms.ThirdPersonFromBase(verb);
            operative[third] = (third, false, false);
            operative.TryAdd(verb, (third, true, false));
            if (VerbForms.ParticipleFromBase(verb) is { } participle)
            {
                preambular[participle] = (participle, false, false);
                preambular.TryAdd(verb, (participle, true, false));
            }

            // "Convinced", "Guided": the past participle where no doubling is in question.
            if (verb.EndsWith('e'))
            {
                preambular.TryAdd(verb + "d", (verb + "d", false, false));
            }
        }

        foreach ((_, string third, string participle) in Lexicon.IrregularVerbs)
        {
            operative.TryAdd(third, (third, false, false));
            preambular.TryAdd(participle, (participle, false, false));
        }

        foreach (string word in Lexicon.OpeningAdjectives.Concat(Lexicon.LeadingAdverbs))
        {
            operative.TryAdd(word, (word, false, false));
            preambular.TryAdd(word, (word, false, false));
        }

        foreach (LexiconEntry entry in conventions.OperativeVerbs)
        {
            if (OpenerGrammar.HeadOf(entry.Text) is { } head)
            {
                operative[head] = (head, false, true);
            }
        }

        foreach (LexiconEntry entry in conventions.PreambularOpeners)
        {
            if (OpenerGrammar.HeadOf(entry.Text) is { } head)
            {
                preambular[head] = (head, false, true);
            }
        }

        return new Forms(
            [.. operative.Select(f => (f.Key, f.Value.Meant, f.Value.Bare, f.Value.Learned))],
            [.. preambular.Select(f => (f.Key, f.Value.Meant, f.Value.Bare, f.Value.Learned))]);
    }

    /// <summary>
    /// Letters dropped, added, changed, or two neighbours swapped (Damerau–Levenshtein, restricted), counted up to
    /// one more than <see cref="MaxEdits"/>: every head is compared with every form of its part, so only "same", "one
    /// letter off" or "further" is asked, with no table per pair.
    /// </summary>
    private static int Distance(string a, string b)
    {
        const int further = MaxEdits + 1;
        if (Math.Abs(a.Length - b.Length) > MaxEdits)
        {
            return further;
        }

        int first = 0;
        int shorter = Math.Min(a.Length, b.Length);
        while (first < shorter && a[first] == b[first])
        {
            first++;
        }

        if (a.Length == b.Length)
        {
            if (first == a.Length)
            {
                return 0;
            }

            // One letter changed, or two neighbours swapped: the rest reads the same.
            ReadOnlySpan<char> restA = a.AsSpan(first + 1);
            ReadOnlySpan<char> restB = b.AsSpan(first + 1);
            if (restA.SequenceEqual(restB))
            {
                return 1;
            }

            return first + 1 < a.Length && a[first] == b[first + 1] && a[first + 1] == b[first] && a.AsSpan(first + 2).SequenceEqual(b.AsSpan(first + 2)) ? 1 : further;
        }

        // One letter dropped or added: the longer word without its letter at the first difference is the shorter.
        (string longer, string shorterWord) = a.Length > b.Length ? (a, b) : (b, a);
        return longer.AsSpan(first + 1).SequenceEqual(shorterWord.AsSpan(first)) ? 1 : further;
    }

    /// <summary>True when two words of one length differ by two neighbouring letters swapped.</summary>
    private static bool IsSwap(string a, string b)
    {
        if (a.Length != b.Length)
        {
            return false;
        }

        int i = 0;
        while (i < a.Length && a[i] == b[i])
        {
            i++;
        }

        return i + 1 < a.Length && a[i] == b[i + 1] && a[i + 1] == b[i] && a.AsSpan(i + 2).SequenceEqual(b.AsSpan(i + 2));
    }

    /// <summary>Each part's expected forms and bare verbs, with the form each stands for; and the corrections made against them.</summary>
    private sealed record Forms((string Form, string Meant, bool Bare, bool Learned)[] Operative, (string Form, string Meant, bool Bare, bool Learned)[] Preambular)
    {
        public Corrections OperativeCorrections { get; } = new();

        public Corrections PreambularCorrections { get; } = new();
    }
}
