using System.Runtime.CompilerServices;
using Resolint.Core.Text;

namespace Resolint.Core.Corpus;

/// <summary>A variant found in a text: where it stands (in the scanned text) and the spelling that corrects it.</summary>
public sealed record SpellingMatch(TextSpan Span, Spelling Spelling)
{
    /// <summary>What replaces the variant: the standard form, capitalised as the variant was.</summary>
    public string Replacement => Spelling.Preferred;
}

/// <summary>
/// Finds words and two-word expressions in a text and looks each up in a table, so the cost grows with the
/// text and not with the table. Words are runs of letters, hyphens inside a word included
/// ("non-governmental", "Secretary-General"); a word is never matched inside a longer one ("programmed" is
/// not "program"), and a hyphenated word is also looked at part by part ("self-defense").
/// </summary>
internal static class SpellingScanner
{
    /// <summary>The variants of a spelling table in a text; each place is reported once, the longest match first.</summary>
    public static IReadOnlyList<SpellingMatch> Find(string text, SpellingTable<Spelling> variants)
    {
        return Find(Read(text, variants.Screen), variants);
    }

    /// <summary>The variants of a spelling table in a text read once for several tables (<see cref="Read"/>).</summary>
    public static IReadOnlyList<SpellingMatch> Find(ScannedText scanned, SpellingTable<Spelling> variants)
    {
        IReadOnlyList<(TextSpan Span, Spelling Value)> found = Find(scanned, variants, AcceptsAtItsPlace);
        if (found.Count == 0)
        {
            return [];
        }

        var matches = new SpellingMatch[found.Count];
        for (int i = 0; i < matches.Length; i++)
        {
            matches[i] = new SpellingMatch(found[i].Span, found[i].Value);
        }

        return matches;
    }

    private static readonly Func<Spelling, bool, bool> AcceptsAtItsPlace = static (spelling, atSentenceStart) => !spelling.AtSentenceStartOnly || atSentenceStart;

    /// <summary>
    /// The words of a text that a table of <paramref name="screen"/> may hold, whole or by their parts, read once:
    /// each of those tables looked for in it then costs a glance per kept word, not per letter nor per word. They are
    /// added to <paramref name="into"/> when given (one list for the passages of a draft), else to a list of their own.
    /// </summary>
    public static ScannedText Read(string text, SpellingScreen screen, List<ScannedWord>? into = null)
    {
        into ??= [];
        int start = into.Count;
        var keeper = new WordKeeper(text, screen, into);
        LetterRuns.Read(text, ref keeper, screen.ShortestWord);
        return new ScannedText(text, screen, into, start, into.Count - start);
    }

    /// <summary>Keeps, for <see cref="Read"/>, the words the screen's tables may hold whole or by their parts.</summary>
    private readonly struct WordKeeper(string text, SpellingScreen screen, List<ScannedWord> into) : IWordReader
    {
        /// <summary>
        /// Inlined into the loop of <see cref="LetterRuns.Read"/>, which runs for every word of the draft: most words are
        /// passed over here, as no table holds a word of their quick fingerprint and they have no parts.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Take(TextSpan span, ReadOnlySpan<char> word, bool hyphenated)
        {
            ScreenedUses quickUses = screen.QuickUsesOf(word);
            if (quickUses.Any || hyphenated)
            {
                Keep(span, word, hyphenated, quickUses);
            }
        }

        /// <summary>
        /// A word the quick look did not pass over, kept if a table may hold it or its parts. One shorter than any word of
        /// the tables is not, whatever its fingerprints say: nor are its parts, shorter still.
        /// </summary>
        [MethodImpl(MethodImplOptions.NoInlining)]
        private void Keep(TextSpan span, ReadOnlySpan<char> word, bool hyphenated, ScreenedUses quickUses)
        {
            if (word.Length < screen.ShortestWord)
            {
                return;
            }

            ScreenedUses uses = screen.UsesOf(word, quickUses);
            ScreenedUses partUses = hyphenated ? PartUsesOf(text, span, screen) : default;
            if (uses.Any || partUses.Any)
            {
                into.Add(new ScannedWord(span, uses, partUses));
            }
        }
    }

    /// <summary>
    /// What the screen's tables may hold the parts of a hyphenated word as, together ("self" and "defense" in
    /// "self-defense"), read with the word while the screen's fingerprints are at hand: a table that may hold none of
    /// the parts is not asked of each, by its own fingerprints, in every look-up of the text.
    /// </summary>
    private static ScreenedUses PartUsesOf(string text, TextSpan word, SpellingScreen screen)
    {
        int uses = 0;
        int partStart = word.Start;
        for (int at = word.Start; at < word.End; at++)
        {
            if (text[at] == '-')
            {
                uses |= screen.UsesOf(text.AsSpan(partStart, at - partStart)).Bits;
                partStart = at + 1;
            }
        }

        return new ScreenedUses((byte)(uses | screen.UsesOf(text.AsSpan(partStart, word.End - partStart)).Bits));
    }

    /// <inheritdoc cref="Find{T}(ScannedText, SpellingTable{T}, Func{T, bool, bool})"/>
    public static IReadOnlyList<(TextSpan Span, T Value)> Find<T>(string text, SpellingTable<T> table, Func<T, bool, bool>? accepts)
    {
        return Find(Read(text, table.Screen), table, accepts);
    }

    /// <summary>
    /// The entries of a table found in a text, where <paramref name="accepts"/> takes them (given whether a
    /// sentence starts there; null takes them wherever they stand, and no sentence start is looked for). Candidates are
    /// taken in order of position; at one position the two-word expression comes before the word, and the word before
    /// its parts. One pass over the words the text's screen kept, no allocation per word: this runs on every keystroke.
    /// </summary>
    public static IReadOnlyList<(TextSpan Span, T Value)> Find<T>(ScannedText scanned, SpellingTable<T> table, Func<T, bool, bool>? accepts)
    {
        // What the table may hold each word and its parts as was read with the word: the table's own fingerprints,
        // scattered over 16 kB, are asked only of the parts of a hyphenated word one of which it may hold.
        int tableIndex = scanned.Screen.IndexOf(table);
        if (tableIndex < 0)
        {
            throw new ArgumentException("The text was read through a screen that does not cover this table.", nameof(table));
        }

        string text = scanned.Text;
        List<(TextSpan Span, T Value)>? found = null;
        int coveredUntil = 0;
        TextSpan current = default;
        for (int index = 0; index < scanned.Count; index++)
        {
            ScannedWord kept = scanned[index];
            current = kept.Word;
            WordUse use = SpellingScreen.UseIn(kept.Uses, tableIndex);
            bool partsMayBeEntries = (SpellingScreen.UseIn(kept.PartUses, tableIndex) & WordUse.Entry) != 0;

            // A word glued to digits ("l993", "A4") is not a word of the language: it is asked only of the few
            // words that may be in the table, and it stands between the words around it.
            if ((use == WordUse.None && !partsMayBeEntries) || IsGlued(text, current))
            {
                continue;
            }

            // Flags tested with masks: HasFlag boxes in this method's shared generic code. The word after is read only for
            // the few words that may begin an expression.
            if ((use & WordUse.FirstOfExpression) != 0 && WordAfterSpace(text, current.End) is { IsEmpty: false } next && !IsGlued(text, next))
            {
                Take(TextSpan.FromBounds(current.Start, next.End), TwoWordsKey(text, current, next), true);
            }

            if ((use & WordUse.Entry) != 0)
            {
                Take(current, text.AsSpan(current.Start, current.Length), true);
            }

            // The parts of a hyphenated word: "self" and "defense" in "self-defense".
            if (partsMayBeEntries)
            {
                int partStart = current.Start;
                for (int at = current.Start; at < current.End; at++)
                {
                    if (text[at] == '-')
                    {
                        TakePart(partStart, at);
                        partStart = at + 1;
                    }
                }

                TakePart(partStart, current.End);
            }
        }

        return found ?? (IReadOnlyList<(TextSpan Span, T Value)>)[];

        // Whether a sentence starts at a candidate is asked only of the few the table holds.
        void Take(TextSpan span, ReadOnlySpan<char> key, bool mayStartSentence)
        {
            if (span.Start >= coveredUntil
                && table.TryGetValue(key, out T value)
                && (accepts is null || accepts(value, mayStartSentence && IsSentenceStart(text, span.Start))))
            {
                coveredUntil = span.End;
                (found ??= []).Add((span, value));
            }
        }

        void TakePart(int start, int end)
        {
            ReadOnlySpan<char> part = text.AsSpan(start, end - start);
            if ((table.MayBe(part) & WordUse.Entry) != 0)
            {
                Take(TextSpan.FromBounds(start, end), part, start == current.Start);
            }
        }
    }

    /// <summary>
    /// Two words as a table writes them: joined by one space whatever space the text has between them.
    /// </summary>
    private static ReadOnlySpan<char> TwoWordsKey(string text, TextSpan first, TextSpan second)
    {
        ReadOnlySpan<char> span = text.AsSpan(first.Start, second.End - first.Start);
        return IsSingleSpaced(span)
            ? span
            : string.Concat(text.AsSpan(first.Start, first.Length), " ", text.AsSpan(second.Start, second.Length));
    }

    private static bool IsGlued(string text, TextSpan word) =>
        (word.Start > 0 && char.IsDigit(text[word.Start - 1])) || (word.End < text.Length && char.IsDigit(text[word.End]));

    /// <summary>Nothing but opening quotes and brackets since the text began or since a full stop, question or exclamation mark.</summary>
    private static bool IsSentenceStart(string text, int at)
    {
        for (int i = at - 1; i >= 0; i--)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c) || c is '"' or '“' or '‘' or '\'' or '(' or '[' or '*' or '_')
            {
                continue;
            }

            return c is '.' or '!' or '?';
        }

        return true;
    }

    /// <summary>
    /// The word (as <see cref="LetterRuns"/> reads words) that white space alone separates from a word ending at
    /// <paramref name="end"/>; empty when none does: the second word of a two-word expression.
    /// </summary>
    private static TextSpan WordAfterSpace(string text, int end)
    {
        int start = end;
        while (start < text.Length && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        return start < text.Length && char.IsLetter(text[start]) ? TextSpan.FromBounds(start, LetterRuns.WordEnd(text, start)) : default;
    }

    private static bool IsSingleSpaced(ReadOnlySpan<char> span)
    {
        int spaces = 0;
        foreach (char c in span)
        {
            if (char.IsWhiteSpace(c))
            {
                if (c != ' ' || ++spaces > 1)
                {
                    return false;
                }
            }
        }

        return true;
    }
}

/// <summary>
/// A word <see cref="SpellingScanner.Read"/> kept: where it stands, and what the screen's tables may hold it as and,
/// when it is hyphenated, its parts as (none when it is not).
/// </summary>
internal readonly record struct ScannedWord(TextSpan Word, ScreenedUses Uses, ScreenedUses PartUses);

/// <summary>
/// A text's words as <see cref="SpellingScanner"/> reads them (runs of letters, hyphens inside kept) through a
/// <see cref="SpellingScreen"/>: a run of a word list that the words of several texts may share.
/// </summary>
internal readonly struct ScannedText(string text, SpellingScreen screen, List<ScannedWord> words, int start, int count)
{
    public string Text { get; } = text;

    /// <summary>What the words were kept for: the tables that may be looked for in them.</summary>
    public SpellingScreen Screen { get; } = screen;

    public int Count { get; } = count;

    public ScannedWord this[int index] => words[start + index];
}
