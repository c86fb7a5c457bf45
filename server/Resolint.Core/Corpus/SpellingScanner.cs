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
    /// <summary>A word, an expression of two words, or a part of a hyphenated word, and whether a sentence starts there.</summary>
    private readonly record struct Candidate(TextSpan Span, bool AtSentenceStart, CandidateKind Kind);

    private enum CandidateKind
    {
        Word,
        TwoWords,
        PartOfWord,
    }

    /// <summary>The variants of a spelling table in a text; each place is reported once, the longest match first.</summary>
    public static IEnumerable<SpellingMatch> Find(string text, Dictionary<string, Spelling> variants) =>
        Find(text, variants, (spelling, atSentenceStart) => !spelling.AtSentenceStartOnly || atSentenceStart)
            .Select(found => new SpellingMatch(found.Span, found.Value));

    /// <summary>The entries of a table found in a text, where <paramref name="accepts"/> takes them (given whether a sentence starts there).</summary>
    public static IEnumerable<(TextSpan Span, T Value)> Find<T>(string text, Dictionary<string, T> table, Func<T, bool, bool> accepts)
    {
        Dictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> lookup = table.GetAlternateLookup<ReadOnlySpan<char>>();
        int coveredUntil = 0;
        foreach (Candidate candidate in Candidates(text))
        {
            if (candidate.Span.Start >= coveredUntil
                && lookup.TryGetValue(KeyOf(text, candidate), out T? value)
                && accepts(value, candidate.AtSentenceStart))
            {
                coveredUntil = candidate.Span.End;
                yield return (candidate.Span, value);
            }
        }
    }

    /// <summary>
    /// Every candidate in order of position; at one position the two-word expression comes before the word,
    /// and the word before its parts. One pass, no allocation per word: this runs on every keystroke.
    /// </summary>
    private static IEnumerable<Candidate> Candidates(string text)
    {
        TextSpan previous = default;
        bool previousAtStart = false;
        bool hasPrevious = false;
        int i = 0;
        while (true)
        {
            TextSpan word = NextWord(text, ref i);
            bool atStart = word.Length > 0 && IsSentenceStart(text, word.Start);
            if (word.Length > 0 && hasPrevious && IsOnlySpaceBetween(text, previous.End, word.Start))
            {
                yield return new Candidate(TextSpan.FromBounds(previous.Start, word.End), previousAtStart, CandidateKind.TwoWords);
            }

            if (hasPrevious)
            {
                yield return new Candidate(previous, previousAtStart, CandidateKind.Word);

                // The parts of a hyphenated word: "self" and "defense" in "self-defense".
                int partStart = previous.Start;
                for (int at = previous.Start; at < previous.End; at++)
                {
                    if (text[at] == '-')
                    {
                        yield return new Candidate(TextSpan.FromBounds(partStart, at), previousAtStart && partStart == previous.Start, CandidateKind.PartOfWord);
                        partStart = at + 1;
                    }
                }

                if (partStart > previous.Start)
                {
                    yield return new Candidate(TextSpan.FromBounds(partStart, previous.End), false, CandidateKind.PartOfWord);
                }
            }

            if (word.Length == 0)
            {
                yield break;
            }

            (previous, previousAtStart, hasPrevious) = (word, atStart, true);
        }
    }

    /// <summary>
    /// The text of a candidate as a table writes it: two words joined by one space whatever space the
    /// text has between them.
    /// </summary>
    private static ReadOnlySpan<char> KeyOf(string text, Candidate candidate)
    {
        ReadOnlySpan<char> span = text.AsSpan(candidate.Span.Start, candidate.Span.Length);
        if (candidate.Kind != CandidateKind.TwoWords || IsSingleSpaced(span))
        {
            return span;
        }

        return string.Join(' ', span.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).AsSpan();
    }

    /// <summary>
    /// The next run of letters from <paramref name="i"/>, with a hyphen between two letters kept inside the
    /// word; an empty span at the end of the text. A word glued to digits ("l993", "A4") is not a word of the
    /// language and is passed over.
    /// </summary>
    private static TextSpan NextWord(string text, ref int i)
    {
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }

            int start = i;
            while (i < text.Length && (char.IsLetter(text[i]) || (text[i] == '-' && i + 1 < text.Length && char.IsLetter(text[i + 1]))))
            {
                i++;
            }

            bool glued = (start > 0 && char.IsDigit(text[start - 1])) || (i < text.Length && char.IsDigit(text[i]));
            if (!glued)
            {
                return TextSpan.FromBounds(start, i);
            }
        }

        return new TextSpan(text.Length, 0);
    }

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
