using CsCheck;
using Resolint.Core.Drafts;
using Resolint.Core.Parsing;
using Resolint.Core.Text;

namespace Resolint.Core.Tests.Parsing;

/// <summary>Positions are UTF-16 code units, as LSP counts them; superscripts, curly quotes and astral characters included.</summary>
public sealed class PositionTests
{
    [Fact]
    public void Columns_count_utf16_code_units()
    {
        // "𝕏" is one character outside the Basic Multilingual Plane: two UTF-16 code units.
        var text = SourceText.From("a¹²³ “q” 𝕏 z\nsecond");
        int z = text.Text.IndexOf('z', StringComparison.Ordinal);

        Assert.Equal(new LinePosition(0, 12), text.PositionOf(z));
        Assert.Equal(z, text.OffsetOf(new LinePosition(0, 12)));
        Assert.Equal(new LinePosition(1, 0), text.PositionOf(text.Text.IndexOf('s', StringComparison.Ordinal)));
    }

    [Fact]
    public void Out_of_range_positions_are_clamped()
    {
        var text = SourceText.From("one\r\ntwo");

        Assert.Equal(3, text.OffsetOf(new LinePosition(0, 99)));
        Assert.Equal(text.Length, text.OffsetOf(new LinePosition(7, 0)));
        Assert.Equal(0, text.OffsetOf(new LinePosition(-1, 5)));
        Assert.Equal("two", text.LineText(1));
    }

    [Fact]
    public void A_column_inside_a_surrogate_pair_moves_to_its_start()
    {
        var text = SourceText.From("x𝕏y");

        Assert.Equal(1, text.OffsetOf(new LinePosition(0, 2)));
    }

    [Fact]
    public void Superscript_marker_ranges_are_exact()
    {
        string source = "The General Assembly,\n\nRecalling the “Paris Principles”,¹⁴ and 𝕏 the Declaration,²\n\n1. *Decides* to act.\n";
        Draft draft = DraftParser.Parse(source, DraftForm.Markdown);

        FootnoteReference fourteen = draft.FootnoteReferences[0];
        Assert.Equal(14, fourteen.Number);
        Assert.Equal("¹⁴", draft.Text.Slice(fourteen.Span));
        Assert.Equal(new LinePosition(2, 33), draft.Text.PositionOf(fourteen.Span.Start));

        FootnoteReference two = draft.FootnoteReferences[1];
        Assert.Equal(new LinePosition(2, 59), draft.Text.PositionOf(two.Span.Start));
        Assert.Equal("²", draft.Text.Slice(two.Span));
    }

    [Fact]
    public void Opener_and_ending_spans_point_into_the_markdown_source()
    {
        string source = "The General Assembly,\n\n*Deeply concerned* by the situation,\n\n1. *Calls upon* all States to act;\n2. *Decides* to remain seized of the matter\n";
        Draft draft = DraftParser.Parse(source, DraftForm.Markdown);

        Assert.Equal("Deeply concerned", draft.Text.Slice(draft.Preamble[0].Opener.Span));
        Assert.Equal("Calls upon", draft.Text.Slice(draft.Operative[0].Verb.Span));
        Assert.Equal(";", draft.Text.Slice(draft.Operative[0].Ending.Span));
        Assert.Null(draft.Operative[1].Ending.Mark);
        Assert.Equal(source.IndexOf("matter", StringComparison.Ordinal) + 6, draft.Operative[1].Ending.InsertAt);
    }
    [Fact]
    public void An_edited_text_has_the_lines_of_the_same_text_read_afresh()
    {
        // Line breaks of every kind, typed, deleted and split (a \r\n cut in two, or made by typing \n after \r).
        string[] pieces = ["a", "bc", "\n", "\r", "\r\n", "\n\n", "x\ry", string.Empty];
        Gen<string> piece = Gen.Int[0, pieces.Length - 1].Select(i => pieces[i]);
        Gen.Select(piece.Array[0, 20], Gen.Int[0, int.MaxValue], Gen.Int[0, 4], piece.Array[0, 3]).Sample((written, position, delete, typed) =>
        {
            var text = SourceText.From(string.Concat(written));
            int at = position % (text.Length + 1);
            var span = new TextSpan(at, Math.Min(delete, text.Length - at));
            SourceText edited = text.WithEdit(span, string.Concat(typed));
            var fresh = SourceText.From(SourceText.ApplyEdits(text.Text, [new TextEdit(span, string.Concat(typed))]));

            Assert.Equal(fresh.Text, edited.Text);
            Assert.Equal(Enumerable.Range(0, fresh.LineCount).Select(fresh.LineStart), Enumerable.Range(0, edited.LineCount).Select(edited.LineStart));
        }, iter: 2000);
    }

    [Fact]
    public void An_edited_text_tells_the_edit_that_made_it_instead_of_comparing_the_texts()
    {
        // Typing "t" before "to": compared, the texts differ from the second "t" on; the edit says where the drafter typed.
        var text = SourceText.From("1. *Decides* to act;\n");
        SourceText edited = text.WithEdit(new TextSpan(13, 0), "t");

        Assert.Equal(new TextChange(14, 14, 15), TextChange.Between(text.Text, edited.Text));
        Assert.Equal(new TextChange(13, 13, 14), edited.ChangeFrom(text.Text));

        // From a text it was not made from, alike or not, the change is found by comparing.
        string alike = new(text.Text.AsSpan());
        Assert.Equal(new TextChange(14, 14, 15), edited.ChangeFrom(alike));
        Assert.Equal(TextChange.Between("1.", edited.Text), edited.ChangeFrom("1."));
    }

    [Fact]
    public void An_edited_text_holds_a_string_as_the_same_text_read_afresh()
    {
        // Doubled spaces made, split and joined by a chain of edits, the earlier version asked or not.
        string[] pieces = ["a", " ", "  ", "b c", "\f", string.Empty];
        Gen<string> piece = Gen.Int[0, pieces.Length - 1].Select(i => pieces[i]);
        Gen<(int Position, int Delete, string[] Typed, bool Asked)> edit = Gen.Select(Gen.Int[0, int.MaxValue], Gen.Int[0, 4], piece.Array[0, 3], Gen.Bool);
        Gen.Select(piece.Array[0, 20], edit.Array[1, 6]).Sample((written, edits) =>
        {
            var text = SourceText.From(string.Concat(written));
            foreach ((int position, int delete, string[] typed, bool asked) in edits)
            {
                if (asked)
                {
                    Assert.Equal(text.Text.Contains("  ", StringComparison.Ordinal), text.Contains("  "));
                }

                int at = position % (text.Length + 1);
                text = text.WithEdit(new TextSpan(at, Math.Min(delete, text.Length - at)), string.Concat(typed));
            }

            Assert.Equal(text.Text.Contains("  ", StringComparison.Ordinal), text.Contains("  "));
            Assert.Equal(text.Text.Contains('\f', StringComparison.Ordinal), text.Contains("\f"));
        }, iter: 2000);
    }

    [Fact]
    public void A_keystroke_asks_whether_the_text_holds_a_string_of_the_text_around_the_edit_only()
    {
        string paragraph = "1. *Decides* to act;\n\n";
        var text = SourceText.From(string.Concat(Enumerable.Repeat(paragraph, 100)) + "2. *Requests*  the report;\n");
        // The whole text's first doubled space is known from the reading of its lines.
        Assert.True(text.Contains("  "));
        Assert.Equal(0, text.WholeTextSearches);

        // Typed before the doubled space, after it, and a doubled space typed where there was none: none searched whole.
        SourceText before = text.WithEdit(new TextSpan(3, 0), "x");
        Assert.True(before.Contains("  "));
        SourceText after = before.WithEdit(new TextSpan(before.Length - 2, 0), "y");
        Assert.True(after.Contains("  "));
        SourceText none = SourceText.From(paragraph);
        Assert.False(none.Contains("  "));
        SourceText typed = none.WithEdit(new TextSpan(2, 0), " ");
        Assert.True(typed.Contains("  "));
        Assert.Equal(0, before.WholeTextSearches + after.WholeTextSearches + typed.WholeTextSearches);
    }
}
