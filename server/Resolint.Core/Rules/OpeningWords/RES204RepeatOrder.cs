using Resolint.Core.Citations;
using Resolint.Core.Corpus;
using Resolint.Core.Drafts;

namespace Resolint.Core.Rules.OpeningWords;

/// <summary>
/// A repeated opening word says so: "Also requests" after "Requests", "Further requests" after "Also
/// requests" (or after "Requests": adopted texts of every organ have it); in the preamble "Recalling also" after
/// "Recalling", "Recalling further" after "Recalling also" or "Recalling"; "Noting also" after "Taking note", which
/// says the same (the lexicon's opener synonyms).
/// The seeds show the order plain, also, further (A/RES/66/164: "Welcoming", "Welcoming also", "Welcoming
/// further"). A word used earlier inside a paragraph's text ("…, and requests the Secretary-General …")
/// counts as used. No fix: the drafter chooses whether to move a paragraph or change its words.
/// </summary>
public sealed class RES204RepeatOrder : Rule
{
    public static readonly RuleDescriptor Rule = new(
        "RES204",
        "\"Also\" after the plain form, \"Further\" after \"Also\"",
        Severity.Warning,
        RuleCategory.OpeningWords,
        "A paragraph opens with \"Also …\" only after one that opens with the plain form, and with \"Further …\" only after one that opens with \"Also …\".");

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(RuleContext context)
    {
        Draft draft = context.Draft;
        CheckPart(context, context.Reading.PreambularOpenings, false, i => $"preambular paragraph {i + 1}");
        CheckPart(context, context.Reading.OperativeOpenings, true, i => $"operative paragraph {draft.Operative[i].Number ?? i + 1}");
    }

    private static void CheckPart(RuleContext context, OpeningPhrase.Part phrases, bool operative, Func<int, string> name)
    {
        // Only the forms of the repeats' keys are looked up, and a key has as many characters as its head: a plain opener
        // whose head has the length of no repeat's is never looked up, and its key is not read.
        KeyLengths looked = default;
        for (int i = 0; i < phrases.Count; i++)
        {
            if (phrases[i] is { Repetition: not Repetition.Plain } repeat)
            {
                looked.Add(repeat.HeadSpan.Length);
            }
        }

        if (looked.IsEmpty)
        {
            return;
        }

        // Where each form is first used as an opener: one pass, whatever the length. Grown as it fills, not sized by the
        // paragraphs: a part of thousands uses a few dozen forms, and a table per paragraph cost a keystroke ~100 KB at 1 MB.
        var firstOpener = new Dictionary<Form, int>();
        for (int j = phrases.Count - 1; j >= 0; j--)
        {
            if (phrases[j] is { } p)
            {
                if (p.Repetition != Repetition.Plain || looked.Has(p.HeadSpan.Length))
                {
                    firstOpener[new Form(p)] = j;
                }

                // "Taking note" is the plain form of "Noting" too: "Noting also" may follow it.
                if (p.Repetition == Repetition.Plain && Lexicon.OpenerSameAs(p.PlainForm) is { } same && looked.Has(same.Length))
                {
                    firstOpener[new Form(Words.Lower(same), Repetition.Plain)] = j;
                }
            }
        }

        // Where each form is first used inside a paragraph is looked for only where an opener does not already give
        // it: for the keys of the repeats no earlier opener accounts for, in the paragraphs before the last of them.
        HashSet<string>? keys = null;
        int lastUnaccounted = -1;
        for (int i = 0; i < phrases.Count; i++)
        {
            if (phrases[i] is { Repetition: not Repetition.Plain } phrase && !OpenedBefore(firstOpener, phrase, i))
            {
                (keys ??= new HashSet<string>(StringComparer.Ordinal)).Add(phrase.Key);
                lastUnaccounted = i;
            }
        }

        Dictionary<(string Key, bool WithAlso), int> firstInside = keys is null ? [] : FirstUsesInside(context, phrases, keys, lastUnaccounted);
        Dictionary<string, int>? firstLastWords = null;
        for (int i = 0; i < phrases.Count; i++)
        {
            bool UsedInsideBefore(string key, Repetition form) => firstInside.TryGetValue((key, form == Repetition.Also), out int inside) && inside < i;

            if (phrases[i] is not { Repetition: not Repetition.Plain } phrase)
            {
                continue;
            }

            string part = operative ? "operative" : "preambular";
            // "Further" follows "Also" or, as adopted texts often have it, the plain form itself.
            Repetition needed = Needed(phrase);
            if (OpenedBefore(firstOpener, phrase, i) || UsedInsideBefore(phrase.Key, needed) || (phrase.Repetition == Repetition.Further && UsedInsideBefore(phrase.Key, Repetition.Plain))
                || (LastWord(phrase) is { } last && (firstLastWords ??= FirstLastWords(phrases)).TryGetValue(last, out int sameObject) && sameObject < i))
            {
                continue;
            }

            string neededForm = needed == Repetition.Plain ? phrase.PlainForm : $"{phrase.PlainForm}' or '{phrase.AlsoForm(operative)}";
            string order = needed == Repetition.Plain ? "the plain form comes first, then \"Also\", then \"Further\"" : "\"Further\" repeats a form used before";
            string message = $"{OpeningPhrase.Capitalized(name(i))} opens with '{phrase.Text}', but no earlier {part} paragraph opens with '{neededForm}'; {order}.";
            context.Report(phrase.Content.ToSource(phrase.Span), message, related: Related(phrases, i, phrase, needed, name));
        }
    }

    /// <summary>The lengths of the keys a part's repeats look up, as bits; a key of 63 characters or more sets the last.</summary>
    private struct KeyLengths
    {
        private ulong _bits;

        public readonly bool IsEmpty => _bits == 0;

        public void Add(int length) => _bits |= Bit(length);

        public readonly bool Has(int length) => (_bits & Bit(length)) != 0;

        private static ulong Bit(int length) => 1UL << Math.Min(length, 63);
    }

    /// <summary>The form a repeat needs before it: the plain form before "Also", "Also" before "Further" (which the plain form serves too: <see cref="OpenedBefore"/>).</summary>
    private static Repetition Needed(OpeningPhrase phrase) => phrase.Repetition == Repetition.Also ? Repetition.Plain : Repetition.Also;

    /// <summary>
    /// An opener's head in lower case and its repetition, as a part's first uses are looked up by: hashed by the head's
    /// hash code worked out once per reading (<see cref="OpeningPhrase.KeyHash"/>), not anew for every opener of a part on
    /// every keystroke.
    /// </summary>
    private readonly record struct Form(string Key, Repetition Repetition, int Hash)
    {
        public Form(OpeningPhrase phrase, Repetition repetition)
            : this(phrase.Key, repetition, phrase.KeyHash)
        {
        }

        public Form(OpeningPhrase phrase)
            : this(phrase, phrase.Repetition)
        {
        }

        public Form(string key, Repetition repetition)
            : this(key, repetition, key.GetHashCode(StringComparison.Ordinal))
        {
        }

        public bool Equals(Form other) => Repetition == other.Repetition && string.Equals(Key, other.Key, StringComparison.Ordinal);

        public override int GetHashCode() => Hash ^ (int)Repetition;
    }

    /// <summary>Whether an earlier paragraph of the part opens with the form the repeat at <paramref name="i"/> follows.</summary>
    private static bool OpenedBefore(Dictionary<Form, int> firstOpener, OpeningPhrase phrase, int i)
    {
        bool OpenerBefore(Repetition form) => firstOpener.TryGetValue(new Form(phrase, form), out int opener) && opener < i;

        return OpenerBefore(Needed(phrase)) || (phrase.Repetition == Repetition.Further && OpenerBefore(Repetition.Plain));
    }

    /// <summary>
    /// "Expresses further its appreciation" after "Reiterates its deep appreciation": where the opening words go on
    /// past the verb to what it bears on ("its …"), "further" or "also" may repeat that, not the verb. Where each
    /// such noun of a part's openers is first used, in one pass.
    /// </summary>
    private static Dictionary<string, int> FirstLastWords(OpeningPhrase.Part phrases)
    {
        var first = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (int j = 0; j < phrases.Count; j++)
        {
            if (LastWord(phrases[j]) is { } last)
            {
                first.TryAdd(last, j);
            }
        }

        return first;
    }

    /// <summary>The noun of what an opener's verb bears on ("appreciation" in "Expresses its appreciation"): only after "its", never a manner ("with appreciation").</summary>
    private static string? LastWord(OpeningPhrase? phrase) =>
        phrase?.PlainForm is { } plain && plain.IndexOf(" its ", StringComparison.Ordinal) >= 0 && plain.LastIndexOf(' ') is int gap and >= 0 ? plain[(gap + 1)..] : null;

    /// <summary>
    /// The first paragraph before <paramref name="before"/> that uses each key inside its text as the verb of a clause,
    /// plainly or with "also" beside it ("…, and also requests"): what each paragraph's text gives for the keys is kept
    /// per paragraph text while the keys stay the same (<see cref="UsesInside"/>), and a check walks those in order until
    /// every key's first uses are found.
    /// </summary>
    private static Dictionary<(string Key, bool WithAlso), int> FirstUsesInside(RuleContext context, OpeningPhrase.Part phrases, HashSet<string> keys, int before)
    {
        var first = new Dictionary<(string Key, bool WithAlso), int>();

        // A word is a run of letters: a key with anything else in it is never one.
        string[] words = [.. keys.Where(key => key.All(char.IsLetter)).Order(StringComparer.Ordinal)];
        string given = string.Join(' ', words);
        for (int j = 0; j < before && first.Count < 2 * words.Length; j++)
        {
            foreach ((string key, bool withAlso) in context.Summarise(UsesInside, phrases.ContentOf(j), words, given))
            {
                first.TryAdd((key, withAlso), j);
            }
        }

        return first;
    }

    /// <summary>Which of the keys (words of letters) a paragraph's text uses as the verb of a clause, plainly or with "also", past its first word.</summary>
    private static readonly PassageSummary<string[], (string Key, bool WithAlso)[]> UsesInside = new(static (keys, words) => UsesIn(words.Text, keys));

    private static (string Key, bool WithAlso)[] UsesIn(string text, string[] keys)
    {
        List<(string Key, bool WithAlso)>? uses = null;
        foreach (string key in keys)
        {
            // Once the key is found both plainly and with "also", its later uses in the text tell nothing more.
            bool plain = false;
            bool withAlso = false;
            for (int at = IndexOfWord(text, key, 1); at >= 0 && !(plain && withAlso); at = IndexOfWord(text, key, at + key.Length))
            {
                if (!plain && UsedAt(text, at, at + key.Length, withAlso: false))
                {
                    plain = true;
                    (uses ??= []).Add((key, false));
                }

                if (!withAlso && UsedAt(text, at, at + key.Length, withAlso: true))
                {
                    withAlso = true;
                    (uses ??= []).Add((key, true));
                }
            }
        }

        return uses is null ? [] : [.. uses];
    }

    /// <summary>Where a word of letters stands alone in a text, from a position on, or -1.</summary>
    private static int IndexOfWord(string text, string word, int from)
    {
        while (from < text.Length && text.AsSpan(from).IndexOf(word, StringComparison.Ordinal) is >= 0 and int found)
        {
            int at = from + found;
            int end = at + word.Length;
            if (!char.IsLetter(text[at - 1]) && (end == text.Length || !char.IsLetter(text[end])))
            {
                return at;
            }

            from = at + 1;
        }

        return -1;
    }

    /// <summary>Where the form it needs stands after it; or, for "Further", the plain form before it.</summary>
    private static IReadOnlyList<RelatedLocation> Related(OpeningPhrase.Part phrases, int at, OpeningPhrase phrase, Repetition needed, Func<int, string> name)
    {
        for (int j = at + 1; j < phrases.Count; j++)
        {
            if (phrases[j] is { } later && later.Key == phrase.Key && later.Repetition == needed)
            {
                return [new RelatedLocation(later.Content.ToSource(later.Span), $"'{later.Text}' opens {name(j)}, after it.")];
            }
        }

        for (int j = 0; j < at && needed == Repetition.Also; j++)
        {
            if (phrases[j] is { Repetition: Repetition.Plain } plain && plain.Key == phrase.Key)
            {
                return [new RelatedLocation(plain.Content.ToSource(plain.Span), $"'{plain.Text}' opens {name(j)}; the next repeat says \"also\".")];
            }
        }

        return [];
    }

    /// <summary>
    /// True when the word at [at, end) is the verb of a clause of its own (with "also" beside it, when asked):
    /// after "and", with at most a few words
    /// between and none that would make it a noun ("and in this regard requests", "and recalling also"), or
    /// straight after a comma when no word that follows a noun comes next (", requests the Secretary-General",
    /// not ", requests for assistance").
    /// </summary>
    private static bool UsedAt(string text, int at, int end, bool withAlso)
    {
        int alsoBefore = WordBefore(text, at, "also");
        if (withAlso && alsoBefore < 0 && WordAfter(text, end) is not "also")
        {
            return false;
        }

        int start = withAlso && alsoBefore >= 0 ? alsoBefore : at;
        if (AfterComma(text, start) && WordAfter(text, end) is not ("for" or "from" or "of" or "and" or "or" or "made" or "received" or "submitted"))
        {
            return true;
        }

        // The words before it, nearest first, up to a few; a ; : or . closes the clause.
        int i = start;
        for (int words = 0; words < WordsLookedBack && i > 0; words++)
        {
            while (i > 0 && (char.IsWhiteSpace(text[i - 1]) || text[i - 1] == ','))
            {
                i--;
            }

            if (i > 0 && text[i - 1] is ';' or ':' or '.')
            {
                return false;
            }

            int wordEnd = i;
            while (i > 0 && (char.IsLetter(text[i - 1]) || text[i - 1] == '-'))
            {
                i--;
            }

            if (i == wordEnd)
            {
                return false;
            }

            if (text.AsSpan(i, wordEnd - i) is "and")
            {
                return true;
            }

            // A word that stands only before a noun makes it one ("and the requests").
            if (Lexicon.IsNounMarker(text.AsSpan(i, wordEnd - i)))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>How many words before a verb may stand between it and the "and" that makes it a clause's.</summary>
    private const int WordsLookedBack = 6;

    /// <summary>Where the given word stands just before a position (spaces between), or -1.</summary>
    private static int WordBefore(string text, int at, string word)
    {
        int i = at;
        while (i > 0 && text[i - 1] == ' ')
        {
            i--;
        }

        int start = i - word.Length;
        return start >= 0 && string.CompareOrdinal(text, start, word, 0, word.Length) == 0 && (start == 0 || !char.IsLetter(text[start - 1])) ? start : -1;
    }

    private static bool AfterComma(string text, int at)
    {
        int i = at;
        while (i > 0 && char.IsWhiteSpace(text[i - 1]))
        {
            i--;
        }

        return i > 0 && text[i - 1] == ',';
    }

    private static ReadOnlySpan<char> WordAfter(string text, int end)
    {
        int i = end;
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        int start = i;
        while (i < text.Length && char.IsLetter(text[i]))
        {
            i++;
        }

        return text.AsSpan(start, i - start);
    }
}
