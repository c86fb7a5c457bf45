using CsCheck;
using Resolint.Core.Drafts;
using Resolint.Core.Parsing;
using Resolint.Core.Rules;
using Resolint.Core.Rules.Citations;

namespace Resolint.Core.Tests.Rules;

/// <summary>
/// RES502 and RES602 share one reading of each passage's digits (<see cref="DraftReading.Numbers"/>); where the check keeps
/// nothing (the CLI) it is kept for the check by the passage's place. Each passage must get its own words' reading, in
/// whatever order the rules ask.
/// </summary>
public class PassageNumbersTests
{
    /// <summary>Passages alike and unlike: dates written amiss, letters among digits, both, neither.</summary>
    private static readonly string[] Bodies =
    [
        "resolution 66/137 of December 19, 2011", "the year l993", "on 19th December 2011 and 2O11", "all Member States",
        "resolution 66/137 of 19 December 2011", "10 December 1948",
    ];

    private static readonly Gen<string> Body = Gen.Int[0, Bodies.Length - 1].Select(at => Bodies[at]);

    private static readonly Gen<Draft> Drafts =
        Gen.Select(Body.Array[0, 6], Body.Array[1, 6], (preamble, operative) => DraftParser.Parse(
            "The General Assembly,\n\n" + string.Concat(preamble.Select(body => $"*Recalling* {body},\n\n"))
            + string.Concat(operative.Select((body, at) => $"{at + 1}. *Decides* on {body};\n\n")),
            DraftForm.Markdown));

    [Fact]
    public void Each_passage_gets_its_own_words_reading_in_order_again_and_out_of_order()
    {
        Gen.Select(Drafts, Gen.Int[0, 1000]).Sample((draft, seed) =>
        {
            var reading = new DraftReading(draft);
            var shuffle = new Random(seed);
            List<InlineText> texts = reading.Texts;
            var order = texts.Concat(texts).Concat(texts.OrderBy(_ => shuffle.Next())).Concat(texts.AsEnumerable().Reverse()).ToList();
            foreach (InlineText words in order)
            {
                PassageNumbers expected = RES502DateForm.NumbersIn(words.Text);
                PassageNumbers shared = reading.Numbers(words);
                Assert.Equal(expected.MisWrittenDates, shared.MisWrittenDates);
                Assert.Equal(expected.HasLetterBesideDigit, shared.HasLetterBesideDigit);
            }
        }, iter: 300);
    }

    [Fact]
    public void A_passage_is_read_once_for_both_rules()
    {
        Draft draft = DraftParser.Parse("The General Assembly,\n\n1. *Decides* on the year l993 of December 19, 2011;\n", DraftForm.Markdown);
        var reading = new DraftReading(draft);
        InlineText words = reading.Texts.Single(text => text.Text.Contains("l993", StringComparison.Ordinal));

        PassageNumbers first = reading.Numbers(words);

        Assert.True(first.HasLetterBesideDigit);
        Assert.Single(first.MisWrittenDates);
        Assert.Same(first, reading.Numbers(words));
    }
}
