namespace Resolint.Core.Parsing;

/// <summary>The Unicode superscript digits ⁰¹²³⁴⁵⁶⁷⁸⁹ that Markdown drafts use as footnote markers.</summary>
internal static class SuperscriptDigits
{
    /// <summary>⁰¹²³⁴⁵⁶⁷⁸⁹, in order of value.</summary>
    public const string All = "\u2070\u00B9\u00B2\u00B3\u2074\u2075\u2076\u2077\u2078\u2079";

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
