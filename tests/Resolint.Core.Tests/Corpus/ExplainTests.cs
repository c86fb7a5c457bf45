using Resolint.Core.Corpus;

namespace Resolint.Core.Tests.Corpus;

public sealed class ExplainTests
{
    private static readonly ConventionModel Model = BundledConventions.Model;

    [Fact]
    public void An_opener_is_explained_with_its_count_forms_and_places()
    {
        Evidence evidence = Assert.Single(Model.Explain("*Recalling*,"));
        Assert.Equal("Preambular opener \"Recalling\"", evidence.Subject);
        Assert.StartsWith("used 15 times in 5 files; related forms: \"Recalling also\"", evidence.Summary, StringComparison.Ordinal);
        Assert.Equal(15, evidence.Seen.Count);
        Assert.Equal(["Preambular opener \"Recalling\": " + evidence.Summary, "  seen at " + evidence.Seen[0], "  seen at " + evidence.Seen[1], "  … and 13 more"], evidence.ToLines(2));
    }

    [Fact]
    public void An_unseen_repeat_is_explained_by_its_plain_form()
    {
        Evidence evidence = Assert.Single(Model.Explain("Further requests"));
        Assert.Equal("Operative verb \"Further requests\"", evidence.Subject);
        Assert.StartsWith("not in the corpus, but its plain form \"Requests\" is", evidence.Summary, StringComparison.Ordinal);
        Assert.Equal(Model.OperativeFormsOf("Requests").Sum(f => f.Count), evidence.Seen.Count);
    }

    [Theory]
    [InlineData("68/171")]
    [InlineData("resolution 68/171")]
    [InlineData("A/RES/68/171")]
    public void A_resolution_is_explained_by_number_citation_or_symbol(string term)
    {
        Evidence evidence = Assert.Single(Model.Explain(term));
        Assert.Equal("Resolution 68/171", evidence.Subject);
        Assert.Contains("adopted 18 December 2013", evidence.Summary, StringComparison.Ordinal);
        Assert.Contains("text in seeds/A-RES-68-171.txt", evidence.Summary, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("program")]
    [InlineData("programme")]
    public void A_spelling_is_explained_from_either_side(string term)
    {
        Evidence evidence = Assert.Single(Model.Explain(term));
        Assert.Equal("Spelling \"program\" → \"programme\"", evidence.Subject);
        Assert.Equal(Model.Spellings["program"].Seen, evidence.Seen);
    }

    [Fact]
    public void Italics_are_explained_for_both_parts()
    {
        Assert.Equal(
            ["Preambular openers in italics: not required: 0 of 45 Markdown paragraphs italicise them, 45 do not",
             "Operative verbs in italics: required: 37 of 37 Markdown paragraphs italicise them, 0 do not"],
            Model.Explain("italics").Select(e => e.ToLines()[0]));
    }

    [Fact]
    public void What_the_corpus_does_not_know_has_no_evidence()
    {
        Assert.Empty(Model.Explain("Zebra"));
        Assert.Empty(Model.Explain("  "));
        Assert.Empty(ConventionModel.Empty.Explain("Recalling"));
    }
}
