using CsCheck;
using Resolint.Core.Parsing;

namespace Resolint.Core.Tests.Parsing;

/// <summary>
/// The parser jumps, for speed, to the next superscript digit of a heading: the search must find the numbers that reading
/// character by character finds, which these tests state plainly.
/// </summary>
public sealed class ParseSearchPropertyTests
{
    /// <summary>Superscript digits among their look-alikes: ASCII digits, the other superscripts and subscripts, letters.</summary>
    private static readonly Gen<string> HeadingSoup =
        Gen.String[Gen.Char["\u2070\u00B9\u00B2\u00B3\u2074\u2075\u2076\u2077\u2078\u2079\u2071\u207A\u2080\u00B0\u00BC019 aA."], 0, 30];

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(4)]
    public void Superscript_numbers_are_read_as_reading_each_character_reads_them(int longest)
    {
        HeadingSoup.Sample(text =>
        {
            var found = new List<(int Start, int End, int Value)>();
            for (int at = 0; SuperscriptDigits.NextNumber(text, at, longest, out int start, out int value) is int end and >= 0; at = end)
            {
                found.Add((start, end, value));
            }

            Assert.Equal(NumbersReadCharacterByCharacter(text, longest), found);
        },
        iter: 5_000);
    }

    /// <summary>Runs of superscript digits, each of at most <paramref name="longest"/>, read one character at a time.</summary>
    private static List<(int Start, int End, int Value)> NumbersReadCharacterByCharacter(string text, int longest)
    {
        var numbers = new List<(int, int, int)>();
        int at = 0;
        while (at < text.Length)
        {
            int start = at;
            int value = 0;
            while (at < text.Length && SuperscriptDigits.ValueOf(text[at]) is int d and >= 0 && at - start < longest)
            {
                value = (value * 10) + d;
                at++;
            }

            if (at == start)
            {
                at++;
            }
            else
            {
                numbers.Add((start, at, value));
            }
        }

        return numbers;
    }
}
