using CsCheck;
using Resolint.Core.Drafts;
using Resolint.Core.Parsing;

namespace Resolint.Core.Tests.Parsing;

/// <summary>Parsing never throws: random, truncated, mutated and binary input yields a model.</summary>
public sealed class ParserPropertyTests
{
    private static readonly string[] SeedTexts = Seeds.Texts;

    [Fact]
    public void Random_text_parses_in_both_forms()
    {
        Gen.String[Gen.Char, 0, 400].Sample(text =>
        {
            AssertWellFormed(DraftParser.Parse(text, DraftForm.PlainText));
            AssertWellFormed(DraftParser.Parse(text, DraftForm.Markdown));
        }, iter: 300);
    }

    [Fact]
    public void Random_lines_of_resolution_shapes_parse()
    {
        string[] shapes =
        [
            "The General Assembly,", "\t1.\tDecides to act;", "1. *Decides*", "(a) To report;", "(i)", "¹ Ibid.", "[^1]: x",
            "[^1]", "70th plenary meeting", "18 December 2013", "[Adopted without a vote.]", "* 1 7 *", "*", "_", "`",
            "Recalling 20121,2", "2 See Official Records", "", "\t", "Annex", "<!-- resolint-disable -->", "[DU1]", "**",
        ];
        Gen<string> line = Gen.Int[0, shapes.Length - 1].Select(i => shapes[i]);
        Gen.Select(line.Array[0, 40], Gen.Bool).Sample((lines, markdown) =>
        {
            string text = string.Join(markdown ? "\n" : "\r\n", lines);
            AssertWellFormed(DraftParser.Parse(text, markdown ? DraftForm.Markdown : DraftForm.PlainText));
        }, iter: 500);
    }

    [Fact]
    public void Truncated_and_mutated_seeds_parse()
    {
        Gen.Select(Gen.Int[0, SeedTexts.Length - 1], Gen.Double[0, 1], Gen.Int[0, 5000], Gen.Char).Sample((seed, cut, at, c) =>
        {
            string text = SeedTexts[seed];
            string truncated = text[..(int)(text.Length * cut)];
            AssertWellFormed(DraftParser.Parse(truncated));
            int position = Math.Min(at, truncated.Length);
            AssertWellFormed(DraftParser.Parse(truncated.Insert(position, c.ToString())));
        }, iter: 200);
    }

    [Fact]
    public void Binary_input_decoded_as_latin1_parses()
    {
        Gen.Byte.Array[0, 2000].Sample(bytes =>
        {
            AssertWellFormed(DraftParser.Parse(System.Text.Encoding.Latin1.GetString(bytes)));
        }, iter: 200);
    }

    private static void AssertWellFormed(Draft draft)
    {
        int length = draft.Text.Length;
        foreach (Paragraph p in draft.Preamble.Cast<Paragraph>().Concat(draft.Operative))
        {
            Assert.InRange(p.Span.Start, 0, length);
            Assert.InRange(p.Span.End, p.Span.Start, length);
            Assert.InRange(p.Ending.InsertAt, 0, length);
        }

        foreach (FootnoteReference r in draft.FootnoteReferences)
        {
            Assert.InRange(r.Span.End, r.Span.Start, length);
        }
    }
}
