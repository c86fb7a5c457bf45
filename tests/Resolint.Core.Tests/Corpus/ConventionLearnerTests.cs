using Resolint.Core.Corpus;

namespace Resolint.Core.Tests.Corpus;

public sealed class ConventionLearnerTests
{
    [Fact]
    public void An_extra_document_adds_its_opener_verb_and_resolution()
    {
        ConventionModel model = ConventionLearner.Learn([.. CorpusSource.Bundled(), new CorpusDocument("extra/A-RES-75-1.txt", SampleResolutions.GeneralAssembly())]);

        Assert.Equal(new SourceRef("extra/A-RES-75-1.txt", 5), Assert.Single(model.FindPreambularOpener("Deeply alarmed")!.Seen));
        Assert.Equal(new SourceRef("extra/A-RES-75-1.txt", 7), Assert.Single(model.FindOperativeVerb("Proclaims")!.Seen));
        CatalogueEntry entry = model.Catalogue["75/1"];
        Assert.Equal("21 September 2020", entry.AdoptionDate);
        Assert.Equal("extra/A-RES-75-1.txt", entry.File);
        Assert.Equal(16, model.FindPreambularOpener("Recalling")!.Count);
        Assert.Null(BundledConventions.Model.FindOperativeVerb("Proclaims"));
    }

    [Fact]
    public void Openings_are_ranked_by_use_and_equals_by_where_the_corpus_first_has_them()
    {
        ConventionModel model = ConventionLearner.Learn([
            new CorpusDocument("a.txt", SampleResolutions.GeneralAssembly(number: "75/1", preambularOpener: "Welcoming", operativeVerb: "Proclaims")),
            new CorpusDocument("b.txt", SampleResolutions.GeneralAssembly(number: "75/2", preambularOpener: "Noting with concern", operativeVerb: "Decides")),
        ]);

        Assert.Equal(["Recalling", "Welcoming", "Noting with concern"], model.PreambularOpeners.Select(e => e.Text));
        Assert.Equal(["Requests", "Proclaims", "Decides"], model.OperativeVerbs.Select(e => e.Text));
    }

    [Fact]
    public void A_variant_in_the_corpus_switches_its_spelling_off()
    {
        ConventionModel model = ConventionLearner.Learn([.. CorpusSource.Bundled(), new CorpusDocument("us.txt", SampleResolutions.GeneralAssembly(words: "the program of work"))]);

        Assert.False(model.Spellings.ContainsKey("program"));
        Assert.False(model.Spellings.ContainsKey("Program"));
        Assert.True(model.Spellings.ContainsKey("Secretary General"));
    }

    [Fact]
    public void A_capitalised_variant_inside_a_sentence_does_not_count_against_the_corpus()
    {
        ConventionModel model = ConventionLearner.Learn([new CorpusDocument("a.txt", SampleResolutions.GeneralAssembly(words: "the programme of the Carter Center"))]);

        Assert.Equal("programme", model.Spellings["program"].Preferred);
        Assert.False(model.Spellings.ContainsKey("center"));
    }

    [Fact]
    public void The_same_text_twice_is_learned_once()
    {
        string text = SampleResolutions.GeneralAssembly();
        ConventionModel model = ConventionLearner.Learn([new CorpusDocument("a.txt", text), new CorpusDocument("b.txt", text)]);

        Assert.Equal(["a.txt"], model.Files);
        Assert.Equal(1, model.FindOperativeVerb("Proclaims")!.Count);
    }

    [Fact]
    public void A_text_without_paragraphs_is_reported_not_learned()
    {
        ConventionModel model = ConventionLearner.Learn([new CorpusDocument("notes.md", "Shopping list")], ["earlier problem"]);

        Assert.Empty(model.Files);
        Assert.Equal("earlier problem", model.Problems[0]);
        Assert.Contains("notes.md: no preambular or operative paragraphs", model.Problems[1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_resolution_numbered_with_a_part_letter_is_filed_under_its_key()
    {
        ConventionModel model = ConventionLearner.Learn([new CorpusDocument("a.txt", SampleResolutions.GeneralAssembly(number: "57/270 B"))]);

        Assert.Equal("57/270", Assert.Single(model.Catalogue).Key);
    }

    [Fact]
    public void A_cited_date_that_disagrees_loses_to_the_resolutions_own_heading()
    {
        string citing = SampleResolutions.GeneralAssembly(number: "76/1", words: "resolution 75/1 of 22 September 2020");
        ConventionModel model = ConventionLearner.Learn([
            new CorpusDocument("a.txt", SampleResolutions.GeneralAssembly()),
            new CorpusDocument("b.txt", citing),
        ]);

        CatalogueEntry entry = model.Catalogue["75/1"];
        Assert.Equal("21 September 2020", entry.AdoptionDate);
        Assert.True(entry.DatesDisagree);
        Assert.Equal(["21 September 2020", "22 September 2020"], entry.Dates.Select(d => d.Date));
        Assert.Equal(new SourceRef("b.txt", 5), entry.Dates[1].Seen[0]);
    }
}
