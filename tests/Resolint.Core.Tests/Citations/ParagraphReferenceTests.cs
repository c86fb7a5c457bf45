using Resolint.Core.Citations;

namespace Resolint.Core.Tests.Citations;

public class ParagraphReferenceTests
{
    private static List<ParagraphReference> References(string source) =>
        CitationScanner.Scan(ReaderText.From(source), Organs.GeneralAssembly).OfType<ParagraphReference>().ToList();

    [Fact]
    public void Reads_a_reference_above()
    {
        const string source = "the high-level plenary meeting of the General Assembly referred to in paragraph 14 above;";
        ParagraphReference r = Assert.Single(References(source));

        Assert.Equal([14], r.Paragraphs);
        Assert.True(r.Above);
        Assert.Equal("paragraph 14 above", r.Text);
        Assert.Equal("paragraph 14 above", ReaderText.Covered(source, r.Span));
        Assert.Equal(CitationKind.ParagraphReference, r.Kind);
    }

    [Fact]
    public void Reads_several_paragraphs_below()
    {
        ParagraphReference r = Assert.Single(References("the measures in paragraphs 3 and 4 below"));

        Assert.Equal([3, 4], r.Paragraphs);
        Assert.False(r.Above);
    }

    [Fact]
    public void Reads_a_list_with_commas()
    {
        ParagraphReference r = Assert.Single(References("as set out in paragraphs 3, 5, and 7 above,"));

        Assert.Equal([3, 5, 7], r.Paragraphs);
    }

    [Fact]
    public void Expands_a_range()
    {
        ParagraphReference r = Assert.Single(References("as set out in paragraphs 3 to 6 above,"));

        Assert.Equal([3, 4, 5, 6], r.Paragraphs);
    }

    [Fact]
    public void Keeps_only_the_ends_of_an_implausibly_wide_range()
    {
        ParagraphReference r = Assert.Single(References("paragraphs 1 to 9999 above"));

        Assert.Equal([1, 9999], r.Paragraphs);
    }

    [Fact]
    public void Keeps_the_paragraph_of_a_sub_paragraph_reference()
    {
        ParagraphReference r = Assert.Single(References("the report requested in paragraph 2 (b) above"));

        Assert.Equal([2], r.Paragraphs);
        Assert.Equal("paragraph 2 (b) above", r.Text);
    }

    [Fact]
    public void Reads_a_capitalised_reference_in_a_footnote()
    {
        ParagraphReference r = Assert.Single(References("Paragraph 14 below."));

        Assert.False(r.Above);
    }

    [Theory]
    [InlineData("Including a presentation for the high-level plenary meeting referred to in paragraph 14.")]
    [InlineData("the mandate set out in paragraph 14 of the present resolution;")]
    [InlineData("the paragraph above")]
    [InlineData("paragraph 0 above")]
    public void A_reference_without_a_direction_is_not_one(string source) => Assert.Empty(References(source));
}
