using System.Buffers;
using Resolint.Core.Drafts;
using Resolint.Core.Text;

namespace Resolint.Core.Parsing;

/// <summary>
/// Recognises production noise line by line: page footers, job numbers, running headers, page numbers, ODS
/// markers and rules. None of it is the drafter's text, so the readers never see it.
/// </summary>
internal static class NoiseFilter
{
    /// <summary>The page footer's words, in any case.</summary>
    private const string PageFooterWords = "Please recycle";

    /// <summary>
    /// The page footer's words in any case. A search that ignores case is slow on every line of a draft when
    /// globalization is invariant; searching values are vectorised and compare the same.
    /// </summary>
    private static readonly SearchValues<string> PleaseRecycle = SearchValues.Create([PageFooterWords], StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// What the searches of a line look for, an ODS marker, a resolution symbol, a suppression comment's marker and the
    /// page footer's words, each with the place of a character of it that prose seldom holds ("&lt;", "/", "-", "y") and
    /// how it compares. Nearly every line holds none, and one vectorised search for those characters, each one found then
    /// matched against the marks, tells so for less than a search for the marks themselves, which reads each character
    /// several times. Each search of a line that holds one still asks for its own in its own case.
    /// Each mark's rare character is its own, and the commonest in prose comes first, as the one found is matched against
    /// its mark alone.
    /// </summary>
    private static readonly (string Mark, int Rare, StringComparison Comparison)[] Marks =
    [
        (PageFooterWords, PageFooterWords.IndexOf('y'), StringComparison.OrdinalIgnoreCase),
        (SuppressionComments.Marker, SuppressionComments.Marker.Length - 1, StringComparison.Ordinal),
        ("/RES/", 0, StringComparison.Ordinal),
        ("<<ODS", 0, StringComparison.Ordinal),
    ];

    /// <summary>The rare characters of the <see cref="Marks"/>, in either case where the mark's case does not matter.</summary>
    private static readonly SearchValues<char> RareOfMarks = SearchValues.Create(
        [.. Marks.SelectMany(m => m.Comparison == StringComparison.Ordinal ? [m.Mark[m.Rare]] : new[] { char.ToLowerInvariant(m.Mark[m.Rare]), char.ToUpperInvariant(m.Mark[m.Rare]) }).Distinct()]);

    /// <summary>
    /// The kind of noise each line of <paramref name="text"/> from <paramref name="first"/> up to <paramref name="last"/> is
    /// (null for text), into <paramref name="noise"/>. The marks are searched for through the lines at once, not line by
    /// line: nearly every line holds none, and a search costs a call whatever it reads. No mark holds a line break, so each
    /// one found stands within a line.
    /// </summary>
    public static void ClassifyLines(SourceText text, int first, int last, NoiseKind?[] noise)
    {
        if (first >= last)
        {
            return;
        }

        string chars = text.Text;

        // The searches stop at the last line's end: a keystroke classifies the lines it touched, not the draft after them.
        int end = text.LineSpan(last - 1).End;

        // A place within the next mark found, from the start of a line at or before it on; int.MaxValue when none is left.
        int mark = -1;
        for (int line = first; line < last; line++)
        {
            TextSpan span = text.LineSpan(line);
            if (mark < span.Start)
            {
                mark = NextMark(chars, span.Start, end);
            }

            noise[line] = Classify(chars.AsSpan(span.Start, span.Length), marked: mark < span.End);
        }
    }

    /// <summary>A place within the first of the <see cref="Marks"/> that stands whole from <paramref name="from"/> up to <paramref name="end"/>; int.MaxValue when none does.</summary>
    private static int NextMark(string chars, int from, int end)
    {
        for (int at = from; at < end; at++)
        {
            int found = chars.AsSpan(at, end - at).IndexOfAny(RareOfMarks);
            if (found < 0)
            {
                break;
            }

            at += found;

            // The characters compared in either case first (where they are not letters, the case bit is set already):
            // the mark's rare one, then its first and last, before the whole, as most rare characters found stand in none.
            int folded = chars[at] | 0x20;
            foreach ((string mark, int rare, StringComparison comparison) in Marks)
            {
                if (folded != (mark[rare] | 0x20))
                {
                    continue;
                }

                int start = at - rare;
                int last = start + mark.Length - 1;
                if (start >= from && last < end && (chars[start] | 0x20) == (mark[0] | 0x20) && (chars[last] | 0x20) == (mark[^1] | 0x20)
                    && chars.AsSpan(start, mark.Length).Equals(mark, comparison))
                {
                    return at;
                }

                break;
            }
        }

        return int.MaxValue;
    }

    /// <summary>
    /// The kind of noise a line is, or null when it is text; <paramref name="marked"/> tells whether it holds one of the
    /// <see cref="Marks"/>: a line that holds none is no suppression comment, ODS marker, page footer or resolution symbol.
    /// </summary>
    internal static NoiseKind? Classify(ReadOnlySpan<char> line, bool marked)
    {
        ReadOnlySpan<char> t = line.Trim();
        if (t.IsEmpty)
        {
            return null;
        }

        if (marked && SuppressionComments.IsDirectiveLine(t))
        {
            return NoiseKind.SuppressionComment;
        }

        if ((marked && t.Contains("<<ODS", StringComparison.Ordinal)) || IsBracketTag(t))
        {
            return NoiseKind.OdsMarker;
        }

        if (IsRule(t))
        {
            return NoiseKind.Rule;
        }

        if (marked && t.ContainsAny(PleaseRecycle))
        {
            return NoiseKind.PageFooter;
        }

        if (IsPageNumber(t))
        {
            return NoiseKind.PageNumber;
        }

        if (IsJobNumber(t))
        {
            return NoiseKind.JobNumber;
        }

        if (IsRunningHeader(t, marked))
        {
            return NoiseKind.RunningHeader;
        }

        if (t.StartsWith("Distr.:", StringComparison.Ordinal) || t.StartsWith("Original:", StringComparison.Ordinal))
        {
            return NoiseKind.Distribution;
        }

        return null;
    }

    /// <summary>[DU1], [Start1]: a production tag alone on its line, or glued to an ODS marker.</summary>
    private static bool IsBracketTag(ReadOnlySpan<char> t)
    {
        if (t.Length < 3 || t[0] != '[' || t[^1] != ']')
        {
            return false;
        }

        ReadOnlySpan<char> inner = t[1..^1];
        return (inner.StartsWith("DU", StringComparison.Ordinal) || inner.StartsWith("Start", StringComparison.Ordinal))
            && inner.Length <= 8 && char.IsDigit(inner[^1]);
    }

    private static bool IsRule(ReadOnlySpan<char> t)
    {
        if (t.Length < 3)
        {
            return false;
        }

        foreach (char c in t)
        {
            if (c != '_' && c != '-' && c != '—' && c != '–' && c != '=' && c != ' ')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"5", "4/5", "17-233316/6", "5/617-23331".</summary>
    private static bool IsPageNumber(ReadOnlySpan<char> t)
    {
        if (t.Length > 16)
        {
            return false;
        }

        foreach (char c in t)
        {
            if (!char.IsAsciiDigit(c) && c != '/' && c != '-')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"13-44971 (E)", "17-23331 (E)    300118", "GE.17-17799(E)", "*1344971*", "* 1 7 1 7 7 9 9 *", "11-46866".</summary>
    private static bool IsJobNumber(ReadOnlySpan<char> t)
    {
        if (t[0] == '*' && t[^1] == '*' && t.Length > 2)
        {
            foreach (char c in t[1..^1])
            {
                if (!char.IsAsciiDigit(c) && c != ' ')
                {
                    return false;
                }
            }

            return true;
        }

        ReadOnlySpan<char> s = t.StartsWith("GE.", StringComparison.Ordinal) ? t[3..] : t;
        int digits = 0;
        int i = 0;
        while (i < s.Length && char.IsAsciiDigit(s[i]))
        {
            i++;
            digits++;
        }

        if (digits != 2 || i >= s.Length || s[i] != '-')
        {
            return false;
        }

        i++;
        int jobDigits = 0;
        while (i < s.Length && char.IsAsciiDigit(s[i]))
        {
            i++;
            jobDigits++;
        }

        if (jobDigits < 4)
        {
            return false;
        }

        ReadOnlySpan<char> rest = s[i..].Trim();
        if (rest.IsEmpty)
        {
            return true;
        }

        if (!rest.StartsWith("(", StringComparison.Ordinal) || rest.Length < 3 || rest[2] != ')')
        {
            return false;
        }

        foreach (char c in rest[3..])
        {
            if (!char.IsAsciiDigit(c) && c != ' ')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Running headers glued together by the text extraction: "A/RES/68/171National institutions…",
    /// "…human rightsA/RES/68/171", "United NationsA/RES/68/171General AssemblyDistr.: General",
    /// "23 January 2014Sixty-eighth session", or a bare resolution symbol alone on its line. Unless
    /// <paramref name="marked"/>, the line holds no resolution symbol (<see cref="Marks"/>).
    /// </summary>
    private static bool IsRunningHeader(ReadOnlySpan<char> t, bool marked)
    {
        if (t.StartsWith("United Nations", StringComparison.Ordinal) && t.Length > 14 && (t[14] == 'A' || t[14] == 'E' || t[14] == 'S') && t[14..].Contains('/'))
        {
            return true;
        }

        int res = marked ? t.IndexOf("/RES/", StringComparison.Ordinal) : -1;
        if (res > 0)
        {
            // A resolution symbol glued to words with no space between: text extraction, not prose.
            int start = res;
            while (start > 0 && (char.IsAsciiLetterUpper(t[start - 1]) || t[start - 1] == '/'))
            {
                start--;
            }

            int end = res + 5;
            while (end < t.Length && (char.IsAsciiDigit(t[end]) || t[end] == '/'))
            {
                end++;
            }

            bool aloneOrGlued = (start == 0 || char.IsLetter(t[start - 1])) && (end == t.Length || char.IsLetter(t[end]) || t[end] == ' ');
            bool glued = (start > 0 && char.IsLetter(t[start - 1])) || (end < t.Length && char.IsLetter(t[end]));
            if (aloneOrGlued && (glued || (start == 0 && end == t.Length)))
            {
                return true;
            }

            if (start == 0 && end < t.Length && t[end] == ' ' && t.Length - end < 3)
            {
                return true;
            }
        }

        // "23 January 2014Sixty-eighth session" and "10 April 2012Sixty-sixth session": a date glued to a session.
        int session = t.EndsWith(" session", StringComparison.Ordinal) ? t.IndexOf(" session", StringComparison.Ordinal) : -1;
        if (session > 0 && session + 8 == t.Length)
        {
            for (int i = 1; i < session; i++)
            {
                if (char.IsAsciiDigit(t[i - 1]) && char.IsAsciiLetterUpper(t[i]))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
