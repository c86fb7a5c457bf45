using CsCheck;
using Resolint.Core.Rules.Citations;
using Resolint.Core.Rules.Language;
using Resolint.Core.Rules.OpeningWords;
using Resolint.Core.Text;

namespace Resolint.Core.Tests.Rules;

/// <summary>
/// The rules' searches jump, for speed, over what cannot matter: from one run of digits to the next, from one mark or
/// character beyond ASCII to the next; an opener's first word is found without reading all its words. Each shortcut
/// must answer as the plain look it stands for, which these tests state character by character.
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
        NumberSoup.Sample(text => Assert.Equal(LetterBesideDigitAtEveryDigit(text), RES502DateForm.NumbersIn(text).HasLetterBesideDigit), iter: 20_000);
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
        Assert.Equal(expected, RES502DateForm.NumbersIn(text).HasLetterBesideDigit);
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

    [Fact]
    public void An_openers_first_word_starts_where_its_words_read_whole_start()
    {
        Gen<string> word = Gen.OneOf(Gen.Const("Taking"), Gen.Const("(note)"), Gen.Const("—"), Gen.Const("“also”"), Gen.Const("2O11"), Gen.String[Gen.Char["aZ9é.,;-(\u00A0 "], 0, 6]);
        Gen.Select(word.Array[0, 8], Gen.Int[0, 3], Gen.Int[0, 3]).Sample((words, trimStart, trimEnd) =>
        {
            string text = string.Join(' ', words);
            int start = Math.Min(trimStart, text.Length);
            var span = TextSpan.FromBounds(start, Math.Max(start, text.Length - trimEnd));
            TextSpan[] read = OpeningPhrase.WordsIn(text, span);
            Assert.Equal(read.Length == 0 ? -1 : read[0].Start, OpeningPhrase.FirstWordStartIn(text, span));
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
