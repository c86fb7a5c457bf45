using Resolint.Core.Drafts;
using Resolint.Core.Text;

namespace Resolint.Core.Citations;

/// <summary>Reads "paragraph 14 above", "paragraphs 3 and 4 below", "paragraphs 3 to 5 above", "paragraph 2 (b) above".</summary>
internal static class ParagraphReferenceReader
{
    /// <summary>A range wider than this ("paragraphs 1 to 9999 above") keeps only its two ends.</summary>
    private const int MaxRangeExpansion = 100;

    public static ParagraphReference? Read(InlineText text, int start, out int end)
    {
        string s = text.Text;
        end = start;
        int i = Words.Letters(s, start);
        ReadOnlySpan<char> keyword = s.AsSpan(start, i - start);
        if (!keyword.Equals("paragraph", StringComparison.OrdinalIgnoreCase)
            && !keyword.Equals("paragraphs", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var paragraphs = new List<int>();
        i = Words.Gap(s, i);
        i = ReadNumber(s, i, out int number);
        bool range = false;
        while (i >= 0)
        {
            if (range && paragraphs.Count > 0 && number > paragraphs[^1] && number - paragraphs[^1] <= MaxRangeExpansion)
            {
                for (int n = paragraphs[^1] + 1; n < number; n++)
                {
                    paragraphs.Add(n);
                }
            }

            paragraphs.Add(number);
            end = i;
            int next = ReadSeparator(s, i, out range);
            i = ReadNumber(s, next, out number);
        }

        int direction = Words.Gap(s, end);
        int above = Words.Word(s, direction, "above");
        int below = Words.Word(s, direction, "below");
        if (paragraphs.Count == 0 || (above < 0 && below < 0))
        {
            end = start;
            return null;
        }

        end = Math.Max(above, below);
        TextSpan span = TextSpan.FromBounds(start, end);
        return new ParagraphReference(text.ToSource(span), s[start..end], paragraphs, above >= 0);
    }

    /// <summary>A paragraph number, with the sub-paragraph it may name ("2 (b)"), which the reference keeps at 2.</summary>
    private static int ReadNumber(string s, int i, out int number)
    {
        int end = Words.Digits(s, i, 4, out number);
        if (end < 0 || !Words.EndsWord(s, end) || number == 0)
        {
            return -1;
        }

        int open = Words.SkipSpaces(s, end);
        if (open < s.Length && s[open] == '(')
        {
            int close = Words.Letters(s, open + 1);
            if (close > open + 1 && close - open <= 5 && close < s.Length && s[close] == ')')
            {
                return close + 1;
            }
        }

        return end;
    }

    /// <summary>", ", " and ", ", and " or " to " (a range); the index where the next number should start, or -1.</summary>
    private static int ReadSeparator(string s, int i, out bool range)
    {
        range = false;
        int afterComma = i < s.Length && s[i] == ',' ? i + 1 : i;
        int at = Words.Gap(s, afterComma);
        if (at < 0)
        {
            return -1;
        }

        int and = Words.Word(s, at, "and");
        if (and >= 0)
        {
            return Words.Gap(s, and);
        }

        if (afterComma > i)
        {
            return at;
        }

        int to = Words.Word(s, at, "to");
        range = to >= 0;
        return range ? Words.Gap(s, to) : -1;
    }
}
