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
        return Find(Read(text), variants);
    }

    /// <summary>The variants of a spelling table in a text read once for several tables (<see cref="Read"/>).</summary>
    public static IReadOnlyList<SpellingMatch> Find(ScannedText scanned, SpellingTable<Spelling> variants)
    {
        IReadOnlyList<(TextSpan Span, Spelling Value)> found = Find(scanned, variants, AcceptsAtItsPlace);
        return found.Count == 0 ? [] : [.. found.Select(f => new SpellingMatch(f.Span, f.Value))];
    }

    private static readonly Func<Spelling, bool, bool> AcceptsAtItsPlace = static (spelling, atSentenceStart) => !spelling.AtSentenceStartOnly || atSentenceStart;

    /// <summary>
    /// The words of a text, read once: each table looked for in it then costs a glance per word, not per letter. They
    /// are added to <paramref name="into"/> when given (one list for the passages of a draft), else to a list of their own.
    /// </summary>
    public static ScannedText Read(string text, List<(TextSpan Word, bool Hyphenated)>? into = null)
    {
        into ??= [];
        int start = into.Count;
        int i = 0;
        while (true)
        {
            TextSpan word = NextWord(text, ref i, out bool hyphenated);
            if (word.IsEmpty)
            {
                return new ScannedText(text, into, start, into.Count - start);
            }

            into.Add((word, hyphenated));
        }
    }

    /// <inheritdoc cref="Find{T}(ScannedText, SpellingTable{T}, Func{T, bool, bool})"/>
    public static IReadOnlyList<(TextSpan Span, T Value)> Find<T>(string text, SpellingTable<T> table, Func<T, bool, bool> accepts)
    {
        return Find(Read(text), table, accepts);
    }

    /// <summary>
    /// The entries of a table found in a text, where <paramref name="accepts"/> takes them (given whether a
    /// sentence starts there). Candidates are taken in order of position; at one position the two-word
    /// expression comes before the word, and the word before its parts. One pass, no allocation per word:
    /// this runs on every keystroke, and most words are passed over on their fingerprint alone.
    /// </summary>
    public static IReadOnlyList<(TextSpan Span, T Value)> Find<T>(ScannedText scanned, SpellingTable<T> table, Func<T, bool, bool> accepts)
    {
        string text = scanned.Text;
        List<(TextSpan Span, T Value)>? found = null;
        int coveredUntil = 0;
        TextSpan previous = default;
        WordUse previousUse = WordUse.None;
        bool previousHyphenated = false;
        for (int next = 0; ; next++)
        {
            // After the last word, an empty one at the end of the text.
            (TextSpan word, bool hyphenated) = next < scanned.Count ? scanned[next] : (new TextSpan(text.Length, 0), false);

            // A word glued to digits ("l993", "A4") is not a word of the language: it is asked only of the few
            // words that may be in the table, and it stands between the words around it.
            if ((previousUse != WordUse.None || previousHyphenated) && !IsGlued(text, previous))
            {
                ReadOnlySpan<char> written = text.AsSpan(previous.Start, previous.Length);
                // Flags tested with masks: HasFlag boxes in this method's shared generic code.
                if ((previousUse & WordUse.FirstOfExpression) != 0 && !word.IsEmpty && IsOnlySpaceBetween(text, previous.End, word.Start) && !IsGlued(text, word))
                {
                    Take(TextSpan.FromBounds(previous.Start, word.End), TwoWordsKey(text, previous, word), true);
                }

                if ((previousUse & WordUse.Entry) != 0)
                {
                    Take(previous, written, true);
                }

                // The parts of a hyphenated word: "self" and "defense" in "self-defense".
                if (previousHyphenated)
                {
                    int partStart = previous.Start;
                    for (int at = previous.Start; at < previous.End; at++)
                    {
                        if (text[at] == '-')
                        {
                            TakePart(partStart, at);
                            partStart = at + 1;
                        }
                    }

                    TakePart(partStart, previous.End);
                }
            }

            if (word.IsEmpty)
            {
                return found ?? (IReadOnlyList<(TextSpan Span, T Value)>)[];
            }

            (previous, previousUse, previousHyphenated) = (word, table.MayBe(text.AsSpan(word.Start, word.Length)), hyphenated);
        }

        // Whether a sentence starts at a candidate is asked only of the few the table holds.
        void Take(TextSpan span, ReadOnlySpan<char> key, bool mayStartSentence)
        {
            if (span.Start >= coveredUntil
                && table.TryGetValue(key, out T value)
                && accepts(value, mayStartSentence && IsSentenceStart(text, span.Start)))
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
                Take(TextSpan.FromBounds(start, end), part, start == previous.Start);
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

    /// <summary>
    /// The next run of letters from <paramref name="i"/>, with a hyphen between two letters kept inside the
    /// word; an empty span at the end of the text. Inlined: it runs for every word of the draft.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TextSpan NextWord(string text, ref int i, out bool hyphenated)
    {
        hyphenated = false;
        while (i < text.Length && !IsLetter(text[i]))
        {
            i++;
        }

        int start = i;
        while (i < text.Length)
        {
            if (IsLetter(text[i]))
            {
                i++;
            }
            else if (text[i] == '-' && i + 1 < text.Length && IsLetter(text[i + 1]))
            {
                hyphenated = true;
                i += 2;
            }
            else
            {
                break;
            }
        }

        return TextSpan.FromBounds(start, i);
    }

    /// <summary><see cref="char.IsLetter(char)"/>, with ASCII (nearly every character of a draft) settled by one comparison.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsLetter(char c) => c < 0x80 ? (uint)((c | 0x20) - 'a') <= 'z' - 'a' : char.IsLetter(c);

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

    private static bool IsOnlySpaceBetween(string text, int from, int to)
    {
        if (to <= from)
        {
            return false;
        }

        for (int i = from; i < to; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                return false;
            }
        }

        return true;
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
/// A text's words as <see cref="SpellingScanner"/> reads them (runs of letters, hyphens inside kept): a run of a word
/// list that the words of several texts may share.
/// </summary>
internal readonly struct ScannedText(string text, List<(TextSpan Word, bool Hyphenated)> words, int start, int count)
{
    public string Text { get; } = text;

    public int Count { get; } = count;

    public (TextSpan Word, bool Hyphenated) this[int index] => words[start + index];
}
