using Resolint.Core.Citations;
using Resolint.Core.Drafts;
using Resolint.Core.Parsing;
using Resolint.Core.Text;
using Resolint.Lsp.Features;

namespace Resolint.Tests.Lsp;

/// <summary>
/// Hover and definition over citations, on a parsed draft with its citations written in by hand, so these
/// features are checked independently of the citation scanner.
/// </summary>
public sealed class CitationFeatureTests
{
    private static readonly string Text = TestDrafts.Markdown.Replace(
        "on the implementation of the present resolution;",
        "on the implementation of paragraph 2 above;",
        StringComparison.Ordinal);

    private static readonly Draft Draft = WithCitations(DraftParser.Parse(Text, DraftForm.Markdown));

    [Fact]
    public void A_resolution_in_the_catalogue_shows_its_title_organ_date_files_and_opening()
    {
        var hover = HoverSource.At(Draft, TestConventions.Model, Core.Catalogue.ResolutionCatalogue.Empty, Offset("48/134, annex", 2));

        Assert.NotNull(hover);
        Assert.Equal(
            """
            **Resolution 48/134** — General Assembly, adopted 20 December 1993

            *National institutions for the promotion and protection of human rights*

            In the corpus: `corpus/A-RES-48-134.md`

            Cited in: `corpus/A-RES-74-156.md`, `corpus/A-RES-68-171.txt`

            > The General Assembly, Recalling the relevant resolutions concerning national institutions
            """.ReplaceLineEndings("\n"),
            hover.Value.Markdown);
        Assert.Equal(Span("Resolution 48/134"), hover.Value.Span);
    }

    [Fact]
    public void A_resolution_outside_the_catalogue_shows_what_the_draft_says_of_it()
    {
        var hover = HoverSource.At(Draft, Core.Corpus.ConventionModel.Empty, Core.Catalogue.ResolutionCatalogue.Empty, Offset("78/187", 1));

        Assert.Equal("**Resolution 78/187** (General Assembly, 19 December 2023, as this draft cites it)\n\nNot in the corpus or the catalogue.", hover?.Markdown);
    }

    [Fact]
    public void A_document_symbol_says_which_organ_issued_what_and_when()
    {
        var hover = HoverSource.At(Draft, TestConventions.Model, Core.Catalogue.ResolutionCatalogue.Empty, Offset("A/80/208", 4));

        Assert.Equal("A/80/208: a document of the General Assembly, session 80", hover?.Markdown);
    }

    [Theory]
    [InlineData("A/HRC/RES/17/4", "A/HRC/RES/17/4: a resolution of the Human Rights Council, session 17")]
    [InlineData("A/C.3/78/L.60/Rev.1", "A/C.3/78/L.60/Rev.1: a revised document of the Third Committee of the General Assembly, session 78")]
    [InlineData("E/2005/23", "E/2005/23: a document of the Economic and Social Council, 2005")]
    [InlineData("S/PRST/1994/16", "S/PRST/1994/16: a statement by the President of the Security Council, 1994")]
    [InlineData("A/68/456/Add.2", "A/68/456/Add.2: an addendum of the General Assembly, session 68")]
    public void Document_symbols_are_described_from_their_parts(string symbol, string expected)
    {
        Assert.Equal(expected, DocumentSymbolDescription.Describe(symbol));
    }

    [Fact]
    public void A_paragraph_reference_leads_to_the_paragraph_and_shows_its_words()
    {
        int at = Offset("paragraph 2 above", 3);

        IReadOnlyList<DefinitionTarget> targets = DefinitionSource.At(Draft, TestConventions.Model, at);
        var hover = HoverSource.At(Draft, TestConventions.Model, Core.Catalogue.ResolutionCatalogue.Empty, at);

        DefinitionTarget target = Assert.Single(targets);
        Assert.Null(target.File);
        Assert.Equal(Draft.Operative[1].Span, target.Span);
        Assert.StartsWith("**Paragraph 2**: Requests Member States", hover?.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cited_resolution_leads_to_its_corpus_file()
    {
        DefinitionTarget target = Assert.Single(DefinitionSource.At(Draft, TestConventions.Model, Offset("48/134, annex", 1)));

        Assert.Equal("corpus/A-RES-48-134.md", target.File);
    }

    [Fact]
    public void A_resolution_the_corpus_does_not_hold_leads_nowhere()
    {
        Assert.Empty(DefinitionSource.At(Draft, TestConventions.Model, Offset("78/187", 1)));
    }

    private static Draft WithCitations(Draft draft) => draft with
    {
        Citations =
        [
            new ResolutionCitation(Span("resolution 78/187 of 19 December 2023"), "resolution 78/187 of 19 December 2023", new ResolutionNumber("78/187") { Prefix = "78", Sequence = 187 }, Span("78/187"), new CitationDate("19 December 2023", Span("19 December 2023"), 19, 12, 2023), IsDecision: false)
            {
                Organ = "General Assembly",
            },
            new ResolutionCitation(Span("Resolution 48/134"), "Resolution 48/134", new ResolutionNumber("48/134") { Prefix = "48", Sequence = 134 }, Span("48/134"), null, IsDecision: false),
            new DocumentSymbolCitation(Span("A/80/208"), "A/80/208", "A/80/208") { Series = "A", Session = 80 },
            new ParagraphReference(Span("paragraph 2 above"), "paragraph 2 above", [2], Above: true),
        ],
    };

    private static TextSpan Span(string words) => new(Text.IndexOf(words, StringComparison.Ordinal), words.Length);

    private static int Offset(string words, int plus) => Text.IndexOf(words, StringComparison.Ordinal) + plus;
}
