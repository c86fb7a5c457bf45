using System.Buffers;

namespace Resolint.Core.Parsing;

/// <summary>The Unicode superscript digits ⁰¹²³⁴⁵⁶⁷⁸⁹ that Markdown drafts use as footnote markers.</summary>
internal static class SuperscriptDigits
{
    /// <summary>⁰¹²³⁴⁵⁶⁷⁸⁹, in order of value.</summary>
    public const string All = "\u2070\u00B9\u00B2\u00B3\u2074\u2075\u2076\u2077\u2078\u2079";

    private static readonly SearchValues<char> Search = SearchValues.Create(All);

    /// <summary>The digit's value, or -1 when the character is not a superscript digit.</summary>
    public static int ValueOf(char c) => c switch
    {
        '\u2070' => 0,
        '\u00B9' => 1,
        '\u00B2' => 2,
        '\u00B3' => 3,
        >= '\u2074' and <= '\u2079' => c - '\u2070',
        _ => -1,
    };

    /// <summary>
    /// The next number in superscript digits at or after <paramref name="from"/>, of at most <paramref name="longest"/> digits
    /// (a longer run reads as several): its end, with its <paramref name="start"/> and <paramref name="value"/>; -1 when none is left.
    /// </summary>
    public static int NextNumber(ReadOnlySpan<char> chars, int from, int longest, out int start, out int value)
    {
        // A search jumps to the next digit: most text holds none.
        int skip = chars[from..].IndexOfAny(Search);
        start = from + skip;
        value = 0;
        if (skip < 0)
        {
            return -1;
        }

        int at = start;
        while (at < chars.Length && at - start < longest && ValueOf(chars[at]) is int d and >= 0)
        {
            value = (value * 10) + d;
            at++;
        }

        return at;
    }

    /// <summary>A number in superscript digits ("14" → "¹⁴"), as the UN's plain texts write a footnote marker.</summary>
    public static string Of(int number)
    {
        string digits = number.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return string.Create(digits.Length, digits, static (chars, written) =>
        {
            for (int i = 0; i < written.Length; i++)
            {
                chars[i] = char.IsAsciiDigit(written[i]) ? All[written[i] - '0'] : written[i];
            }
        });
    }
}
