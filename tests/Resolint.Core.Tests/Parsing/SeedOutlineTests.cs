using Resolint.Core.Drafts;
using Resolint.Core.Parsing;
using Resolint.Core.Tests.Rules;

namespace Resolint.Core.Tests.Parsing;

/// <summary>The outline of every seed is exact: the counts in the seeds' README, symbol, body, numbering and markers.</summary>
public sealed class SeedOutlineTests
{
    public static TheoryData<string, string, string, int, int, int, string> Seeds() => new()
    {
        { "A-RES-68-171.txt", "A/RES/68/171", "General Assembly", 12, 26, 10, "1 2 3 4 5 6 7 3 4 8 9 10" },
        { "A-RES-74-156.txt", "A/RES/74/156", "General Assembly", 21, 28, 14, "1 2 3 4 5 6 7 8 9 10 3 4 11 12 13 14" },
        { "A-HRC-RES-36-29.txt", "A/HRC/RES/36/29", "Human Rights Council", 24, 9, 1, "1" },
        { "A-RES-72-247.txt", "A/RES/72/247", "General Assembly", 18, 20, 12, "1 2 3 4 5 6 7 8 9 10 11 12" },
        { "A-RES-66-164.txt", "A/RES/66/164", "General Assembly", 16, 17, 6, "1 2 3 4 5 6" },
    };

    internal static Draft ParseSeed(string file) =>
        DraftParser.Parse(File.ReadAllText(Path.Combine(RuleFixtureTests.RepositoryRoot(), "seeds", file)));

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Seed_outline_is_exact(string file, string symbol, string body, int preambular, int operative, int footnotes, string markers)
    {
        Draft draft = ParseSeed(file);

        Assert.Equal(symbol, draft.Symbol);
        Assert.Equal(body, draft.Body);
        Assert.Equal(preambular, draft.Preamble.Count);
        Assert.Equal(operative, draft.Operative.Count);
        Assert.Equal(Enumerable.Range(1, operative).Cast<int?>(), draft.Operative.Select(p => p.Number));
        Assert.Equal(Enumerable.Range(1, footnotes), draft.Footnotes.Select(f => f.Number));
        Assert.Equal(markers, string.Join(' ', draft.FootnoteReferences.Select(r => r.Number)));
        Assert.NotNull(draft.Adoption);
        Assert.Empty(draft.AfterAdoption);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void No_noise_becomes_a_paragraph_and_no_paragraph_is_cut(string file, string symbol, string body, int preambular, int operative, int footnotes, string markers)
    {
        _ = (symbol, body, preambular, operative, footnotes, markers);
        Draft draft = ParseSeed(file);
        IEnumerable<Paragraph> paragraphs = draft.Preamble.Cast<Paragraph>().Concat(draft.Operative);
        foreach (Paragraph p in paragraphs)
        {
            // Every paragraph closes with its mark: one cut at a page break would end in mid-sentence.
            Assert.True(p.Ending.Mark is ',' or ';' or '.', $"{file}: paragraph at line {draft.Text.LineOf(p.Span.Start) + 1} ends without punctuation: …{p.Content.Text[^Math.Min(40, p.Content.Length)..]}");
            Assert.DoesNotContain("<<ODS", p.Content.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("Please recycle", p.Content.Text, StringComparison.Ordinal);
            Assert.True(char.IsUpper(p.Content.Text[0]), $"{file}: paragraph opens in lower case: {p.Content.Text[..20]}");
        }
    }

    [Fact]
    public void Paragraphs_cut_by_a_page_break_are_joined_with_their_segments()
    {
        Draft draft = ParseSeed("A-RES-74-156.txt");

        PreambularParagraph cut = draft.Preamble.Single(p => p.Opener.Text == "Recalling further");
        Assert.Equal(2, cut.Segments.Count);
        Assert.Contains("national human rights institutions, in particular in their advisory capacity", cut.Content.Text, StringComparison.Ordinal);

        OperativeParagraph ten = draft.Operative[9];
        Assert.Equal(2, ten.Segments.Count);
        Assert.Contains("reprisal or intimidation against members or staff of national human rights institutions", ten.Content.Text, StringComparison.Ordinal);
        Assert.EndsWith("to bring perpetrators to justice;", ten.Content.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Heading_of_a_markdown_seed_is_read()
    {
        Draft draft = ParseSeed("A-RES-74-156.txt");

        Assert.Equal(DraftForm.Markdown, draft.Form);
        Assert.Equal("74/156", draft.Heading.Number);
        Assert.Equal("National human rights institutions", draft.Heading.Title);
        Assert.Equal("Seventy-fourth session", draft.Heading.Session);
        Assert.Equal("70 (b)", draft.Heading.AgendaItem);
        Assert.Equal("18 December 2019", draft.Heading.AdoptionDate);
        Assert.Equal("the Third Committee (A/74/399/Add.2)", draft.Heading.OnReportOf);
        Assert.True(draft.Operative.All(p => p.Verb.Italic));
        Assert.True(draft.Preamble.All(p => !p.Opener.Italic));
    }

    [Fact]
    public void Plain_text_seed_markers_glued_to_years_are_separated()
    {
        Draft draft = ParseSeed("A-RES-68-171.txt");

        PreambularParagraph first = draft.Preamble[0];
        Assert.Contains("Council resolutions 20/14 of 5 July 2012 and 23/17 of 13 June 2013,", first.Content.Text, StringComparison.Ordinal);
        FootnoteReference one = draft.FootnoteReferences[0];
        Assert.Equal(MarkerForm.Glued, one.Form);
        Assert.Equal("1", draft.Text.Slice(one.Span));
        Assert.Equal("20121", draft.Text.Slice(new Core.Text.TextSpan(one.Span.Start - 4, 5)));
    }
}
