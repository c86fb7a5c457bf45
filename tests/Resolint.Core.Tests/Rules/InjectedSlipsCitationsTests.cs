using Resolint.Core.Checking;
using Resolint.Core.Corpus;
using Resolint.Core.Parsing;
using Resolint.Core.Rules;
using Resolint.Core.Rules.Citations;

namespace Resolint.Core.Tests.Rules;

/// <summary>Citation slips injected into real resolutions are reported on their line, and nothing else new appears.</summary>
public sealed class InjectedSlipsCitationsTests
{
    private const string NationalInstitutions = "A-RES-68-171.txt";

    /// <summary>Line 6 of A-RES-68-171: "… the most recent of which was resolution 66/169 of 19 December 2011, …".</summary>
    private const int FirstPreambularParagraph = 6;

    [Theory]
    [InlineData("19 December, 2011", "without a comma")]
    [InlineData("19th December 2011", "plain number")]
    [InlineData("December 19, 2011", "day before the month")]
    [InlineData("19 Dec. 2011", "month in full")]
    public void A_date_in_the_wrong_form_is_reported_on_its_line(string written, string messagePart)
    {
        IReadOnlyList<Finding> found = SeedSlips.NewFindings(NationalInstitutions, FirstPreambularParagraph, SeedSlips.Replace("66/169 of 19 December 2011", "66/169 of " + written));

        Finding finding = Assert.Single(found);
        Assert.Equal((FirstPreambularParagraph, "RES502"), (finding.Line, finding.RuleId));
        Assert.Contains(messagePart, finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_date_outside_the_session_is_reported_on_its_line()
    {
        IReadOnlyList<Finding> found = SeedSlips.NewFindings(NationalInstitutions, FirstPreambularParagraph, SeedSlips.Replace("66/169 of 19 December 2011", "66/169 of 19 December 2001"));

        // Where the corpus knows resolution 66/169, RES505 gives its date on the same line.
        Assert.All(found, f => Assert.Equal(FirstPreambularParagraph, f.Line));
        Assert.Contains(found, f => f.RuleId == "RES504" && f.Message.Contains("sixty-sixth session of the General Assembly (2011–2012): it cannot be dated 2001", StringComparison.Ordinal));
        Assert.All(found, f => Assert.Contains(f.RuleId, new[] { "RES504", "RES505" }));
    }

    [Fact]
    public void A_repeated_date_is_reported_on_its_line()
    {
        // Operative paragraph 14 of A-RES-74-156 cites 2005/74 again, after paragraph 11 dated it.
        IReadOnlyList<Finding> found = SeedSlips.NewFindings("A-RES-74-156.txt", 111, SeedSlips.Replace("resolution 2005/74;", "resolution 2005/74 of 20 April 2005;"));

        Finding finding = Assert.Single(found);
        Assert.Equal((111, "RES503"), (finding.Line, finding.RuleId));
        Assert.StartsWith("Resolution 2005/74 was dated at its first mention (line 105)", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_date_the_corpus_gives_otherwise_is_reported_on_its_line()
    {
        ConventionModel conventions = HandBuiltConventions.With(
            TestConventions.Model,
            catalogue: [new CatalogueEntry("53/144") { Organ = "General Assembly", AdoptionDate = "9 December 1998", Seen = [new SourceRef("A-RES-72-247.txt", 19)] }]);

        IReadOnlyList<Finding> found = SeedSlips.NewFindings("A-RES-66-164.txt", 8, SeedSlips.Replace("53/144 of 9 December 1998", "53/144 of 10 December 1998"), conventions);

        Finding finding = Assert.Single(found);
        Assert.Equal((8, "RES505"), (finding.Line, finding.RuleId));
        Assert.StartsWith("Resolution 53/144 was adopted on 9 December 1998, not 10 December 1998", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Where_the_corpus_disagrees_with_itself_its_date_is_not_offered_as_a_fix()
    {
        ConventionModel conventions = HandBuiltConventions.With(
            TestConventions.Model,
            catalogue:
            [
                new CatalogueEntry("53/144")
                {
                    Organ = "General Assembly",
                    AdoptionDate = "9 December 1998",
                    Dates = [new CatalogueDate("9 December 1998", 2, []), new CatalogueDate("8 December 1998", 1, [])],
                },
            ]);
        string text = SeedSlips.Seed("A-RES-66-164.txt").Replace("53/144 of 9 December 1998", "53/144 of 10 December 1998", StringComparison.Ordinal);

        Diagnostic finding = Assert.Single(
            new Checker(conventions, CheckOptions.Default, [new RES505DateAgreesWithCatalogue()]).Check(DraftParser.Parse(text)).Diagnostics);
        Assert.Equal(7, text[..finding.Span.Start].Count(c => c == '\n'));
        Assert.Null(finding.Fix);
    }

    [Fact]
    public void A_resolution_number_of_the_wrong_era_is_reported_on_its_line()
    {
        IReadOnlyList<Finding> found = SeedSlips.NewFindings("A-RES-72-247.txt", 60, SeedSlips.Replace("217 A (III)", "217 A (XXXIII)"));

        Finding finding = Assert.Single(found);
        Assert.Equal((60, "RES501"), (finding.Line, finding.RuleId));
    }

    [Fact]
    public void An_official_records_session_that_disagrees_with_its_symbol_is_reported_on_its_line()
    {
        IReadOnlyList<Finding> found = SeedSlips.NewFindings(NationalInstitutions, 48, SeedSlips.Replace("Sixty-seventh Session", "Sixty-sixth Session"));

        Assert.Equal([new Finding(48, "RES507", "\"Sixty-sixth Session\" does not match A/67/53, a document of the sixty-seventh session.")], found);
    }

    [Fact]
    public void A_symbol_session_too_large_for_words_is_named_in_figures()
    {
        IReadOnlyList<Finding> found = SeedSlips.NewFindings(NationalInstitutions, 48, SeedSlips.Replace("A/67/53 and", "A/6753 and"));

        Assert.Contains(new Finding(48, "RES507", "\"Sixty-seventh Session\" does not match A/6753, a document of session 6753."), found);
    }

    [Fact]
    public void A_malformed_document_symbol_is_reported_on_its_line()
    {
        IReadOnlyList<Finding> found = SeedSlips.NewFindings(NationalInstitutions, 54, SeedSlips.Replace("A/68/208", "A/68//208"));

        Finding finding = Assert.Single(found);
        Assert.Equal((54, "RES506"), (finding.Line, finding.RuleId));
        Assert.StartsWith("\"A/68//208\": ", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_supplement_without_its_number_sign_is_reported_on_its_line()
    {
        IReadOnlyList<Finding> found = SeedSlips.NewFindings("A-RES-66-164.txt", 44, SeedSlips.Replace("Supplement No. 53 and corrigendum", "Supplement 53 and corrigendum"));

        Assert.Equal([new Finding(44, "RES508", "Write \"Supplement No. 53\": the supplement's number follows \"No.\".")], found);
    }

    [Fact]
    public void A_reference_to_a_paragraph_that_does_not_exist_is_reported_on_its_line()
    {
        IReadOnlyList<Finding> found = SeedSlips.NewFindings("A-RES-72-247.txt", 50, SeedSlips.Replace("paragraph 14 above", "paragraph 40 above"));

        Assert.Equal([new Finding(50, "RES509", "There is no operative paragraph 40: the resolution has 20.")], found);
    }

    [Fact]
    public void A_reference_to_a_paragraph_on_the_other_side_is_reported_on_its_line()
    {
        IReadOnlyList<Finding> found = SeedSlips.NewFindings("A-RES-72-247.txt", 50, SeedSlips.Replace("paragraph 14 above", "paragraph 14 below"));

        Assert.Equal([new Finding(50, "RES509", "Paragraph 14 is not below paragraph 15, which refers to it.")], found);
    }
}
