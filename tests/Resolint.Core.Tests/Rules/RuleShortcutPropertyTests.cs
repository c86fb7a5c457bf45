using CsCheck;
using Resolint.Core.Rules.Language;

namespace Resolint.Core.Tests.Rules;

/// <summary>
/// The rules' searches jump, for speed, over what cannot matter: from one run of digits to the next, from one mark or
/// character beyond ASCII to the next. Each shortcut must answer as the plain look it stands for, which these tests
/// state character by character.
/// </summary>
public class RuleShortcutPropertyTests
{
    /// <summary>Digits, the two letters typed for them, their neighbours, and characters beyond ASCII.</summary>
    private static readonly Gen<string> NumberSoup = Gen.String[Gen.Char["0123456789lOoIa /.-“é\u00A0"], 0, 40];

    /// <summary>Every mark the bracket rule reads, characters beyond ASCII beside the printed ones, and any character.</summary>
    private static readonly Gen<string> MarkSoup = Gen.OneOf(
        Gen.String[Gen.Char["([“‘\"’)]”}{‚‛\u2017\u201E\u2014–éa 1"], 0, 40],
        Gen.String[Gen.Char, 0, 40]);

    /// <summary>The marks the bracket rule reads.</summary>
    private const string AllMarks = "([“‘\"’)]”}";

    [Fact]
    public void A_letter_beside_a_digit_is_found_as_a_look_at_every_digit_finds_it()
    {
        NumberSoup.Sample(text => Assert.Equal(LetterBesideDigitAtEveryDigit(text), RES602LetterInNumber.HasLetterBesideDigit(text)), iter: 20_000);
    }

    [Theory]
    [InlineData("", false)]
    [InlineData("l993", true)]
    [InlineData("2O11", true)]
    [InlineData("201l", true)]
    [InlineData("resolution 66/137 of 19 December 2011", false)]
    [InlineData("1O", true)]
    [InlineData("O", false)]
    public void A_letter_beside_a_digit_on_edge_texts(string text, bool expected)
    {
        Assert.Equal(expected, RES602LetterInNumber.HasLetterBesideDigit(text));
    }

    [Fact]
    public void The_bracket_scan_stops_at_every_mark_and_beyond_ASCII_only()
    {
        MarkSoup.Sample(text =>
        {
            for (int at = 0; at < text.Length; at++)
            {
                int expected = -1;
                for (int i = at; i < text.Length && expected < 0; i++)
                {
                    expected = AllMarks.Contains(text[i]) || text[i] > '\x7F' ? i : -1;
                }

                Assert.Equal(expected, RES604UnbalancedBrackets.NextStop(text, at));
            }
        }, iter: 20_000);
    }

    private static bool LetterBesideDigitAtEveryDigit(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (char.IsAsciiDigit(text[i]) && ((i > 0 && text[i - 1] is 'l' or 'O') || (i + 1 < text.Length && text[i + 1] is 'l' or 'O')))
            {
                return true;
            }
        }

        return false;
    }
}
