using System.Text;

namespace Resolint.Core.Citations;

/// <summary>
/// Roman numerals as the UN writes them: sessions in old resolution numbers ("217 A (III)"), chapters
/// ("chap. IV"), parts ("(Part I)"). Only the canonical form counts, so "IIII" or "VX" are not numbers.
/// </summary>
public static class RomanNumerals
{
    public const int Max = 3999;

    private static readonly (int Value, string Letters)[] Steps =
    [
        (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
        (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    ];

    /// <summary>"XXI" for 21.</summary>
    public static string Format(int value)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(value, Max);
        var text = new StringBuilder();
        foreach ((int step, string letters) in Steps)
        {
            while (value >= step)
            {
                text.Append(letters);
                value -= step;
            }
        }

        return text.ToString();
    }

    /// <summary>Reads a canonical upper-case numeral ("XXI" → 21); false for anything else.</summary>
    public static bool TryParse(string? text, out int value)
    {
        value = 0;
        if (string.IsNullOrEmpty(text) || text.Length > 15)
        {
            return false;
        }

        int total = 0;
        for (int i = 0; i < text.Length; i++)
        {
            int current = ValueOf(text[i]);
            if (current == 0)
            {
                return false;
            }

            int next = i + 1 < text.Length ? ValueOf(text[i + 1]) : 0;
            total += current < next ? -current : current;
        }

        // Summing accepts "IIII" and "VX"; the canonical form is the one that formats back the same.
        if (total < 1 || total > Max || Format(total) != text)
        {
            return false;
        }

        value = total;
        return true;
    }

    private static int ValueOf(char c) => c switch
    {
        'I' => 1,
        'V' => 5,
        'X' => 10,
        'L' => 50,
        'C' => 100,
        'D' => 500,
        'M' => 1000,
        _ => 0,
    };
}
