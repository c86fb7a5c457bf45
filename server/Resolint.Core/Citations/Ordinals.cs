namespace Resolint.Core.Citations;

/// <summary>
/// Ordinal numbers as resolutions write them: sessions in words ("Sixty-seventh Session", "at its seventieth
/// session") and meetings with a suffix ("70th plenary meeting"). Words cover 1 to 199, which reaches well past
/// any session the General Assembly will hold for decades.
/// </summary>
public static class Ordinals
{
    public const int MaxWords = 199;

    /// <summary>"first" … "nineteenth" at their number (index 0 unused), from the lexicon's <c>Data/ordinals.tsv</c>.</summary>
    private static string[] UnitOrdinals => OrdinalWords.Value.Units;

    /// <summary>"twenty" … "ninety" at their tens digit (indexes 0 and 1 unused).</summary>
    private static string[] TensCardinals => OrdinalWords.Value.TensCardinals;

    /// <summary>"twentieth" … "ninetieth" at their tens digit (indexes 0 and 1 unused).</summary>
    private static string[] TensOrdinals => OrdinalWords.Value.TensOrdinals;

    private static readonly Lazy<(string[] Units, string[] TensCardinals, string[] TensOrdinals)> OrdinalWords = new(() =>
    {
        string[] units = new string[20];
        string[] tensCardinals = new string[10];
        string[] tensOrdinals = new string[10];
        Array.Fill(units, string.Empty);
        Array.Fill(tensCardinals, string.Empty);
        Array.Fill(tensOrdinals, string.Empty);
        foreach (IReadOnlyDictionary<string, string> row in Lexicon.Table("ordinals"))
        {
            int number = int.Parse(row["number"], System.Globalization.CultureInfo.InvariantCulture);
            if (number < 20)
            {
                units[number] = row["ordinal"];
            }
            else
            {
                tensOrdinals[number / 10] = row["ordinal"];
                tensCardinals[number / 10] = row["cardinal"];
            }
        }

        return (units, tensCardinals, tensOrdinals);
    });

    /// <summary>
    /// "sixty-seventh" for 67, "one hundredth" for 100, "one hundred and first" for 101 (British usage, as the
    /// UN writes numbers); capitalised when it opens a title ("Sixty-seventh Session").
    /// </summary>
    public static string ToWords(int number, bool capitalised = false)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(number, MaxWords);
        string words = number switch
        {
            100 => "one hundredth",
            > 100 => "one hundred and " + BelowHundred(number - 100),
            _ => BelowHundred(number),
        };
        return capitalised ? char.ToUpperInvariant(words[0]) + words[1..] : words;
    }

    /// <summary>
    /// Reads an ordinal in words, in any case: "Sixty-seventh", "SEVENTIETH", "one hundred and first". A space
    /// instead of the hyphen ("sixty seventh") is read too, so that a rule can point out the spelling.
    /// </summary>
    public static bool TryParseWords(string? text, out int number)
    {
        number = 0;
        if (string.IsNullOrWhiteSpace(text) || text.Length > 60)
        {
            return false;
        }

        string[] words = text.ToLowerInvariant().Split([' ', '-', '\u00A0'], StringSplitOptions.RemoveEmptyEntries);
        int at = 0;
        int hundreds = 0;
        if (words.Length >= 2 && words[0] == "one" && words[1] is "hundredth" or "hundred")
        {
            if (words[1] == "hundredth")
            {
                number = 100;
                return words.Length == 2;
            }

            hundreds = 100;
            at = words.Length > 2 && words[2] == "and" ? 3 : 2;
        }

        int rest = ParseBelowHundred(words.AsSpan(at));
        if (rest == 0)
        {
            return false;
        }

        number = hundreds + rest;
        return true;
    }

    /// <summary>"st", "nd", "rd" or "th", as in 1st, 22nd, 73rd, 11th.</summary>
    public static string Suffix(int number)
    {
        int lastTwo = Math.Abs(number % 100);
        if (lastTwo is >= 11 and <= 13)
        {
            return "th";
        }

        return (lastTwo % 10) switch
        {
            1 => "st",
            2 => "nd",
            3 => "rd",
            _ => "th",
        };
    }

    /// <summary>"70th" for 70.</summary>
    public static string WithSuffix(int number) => number + Suffix(number);

    /// <summary>
    /// Reads "70th", "42nd", and also a wrong suffix ("71th"), so that a rule can compare the text with
    /// <see cref="WithSuffix"/> and offer the right one.
    /// </summary>
    public static bool TryParseNumeric(string? text, out int number)
    {
        number = 0;
        if (text is null || text.Length < 3)
        {
            return false;
        }

        int end = Words.Digits(text, 0, 4, out int value);
        if (end < 0 || end != text.Length - 2 || value == 0)
        {
            return false;
        }

        string suffix = text[end..].ToLowerInvariant();
        if (suffix is not ("st" or "nd" or "rd" or "th"))
        {
            return false;
        }

        number = value;
        return true;
    }

    private static string BelowHundred(int number)
    {
        if (number < 20)
        {
            return UnitOrdinals[number];
        }

        int tens = number / 10;
        int units = number % 10;
        return units == 0 ? TensOrdinals[tens] : TensCardinals[tens] + "-" + UnitOrdinals[units];
    }

    /// <summary>1..99 from its words ("sixty", "seventh"), or 0.</summary>
    private static int ParseBelowHundred(ReadOnlySpan<string> words)
    {
        if (words.Length == 1)
        {
            int unit = Array.IndexOf(UnitOrdinals, words[0]);
            if (unit > 0)
            {
                return unit;
            }

            int tens = Array.IndexOf(TensOrdinals, words[0]);
            return tens >= 2 ? tens * 10 : 0;
        }

        if (words.Length == 2)
        {
            int tens = Array.IndexOf(TensCardinals, words[0]);
            int unit = Array.IndexOf(UnitOrdinals, words[1]);
            return tens >= 2 && unit is >= 1 and <= 9 ? (tens * 10) + unit : 0;
        }

        return 0;
    }
}
