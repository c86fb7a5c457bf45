using Resolint.Core.Corpus;

namespace Resolint.Core.Tests.Rules;

/// <summary>Language and typography slips injected into real resolutions are reported on their line, and nothing else new appears.</summary>
public sealed class InjectedSlipsLanguageTests
{
    private static readonly ConventionModel Conventions = HandBuiltConventions.With(TestConventions.Model, HandBuiltConventions.SeedSpellings);

    [Fact]
    public void A_variant_spelling_is_reported_on_its_line_with_the_corpus_form()
    {
        IReadOnlyList<Finding> found = SeedSlips.NewFindings("A-RES-68-171.txt", 15, SeedSlips.Replace("the programme of action", "the program of action"), Conventions);

        Assert.Single(found);
        Assert.Equal((15, "RES601"), (found[0].Line, found[0].RuleId));
        Assert.StartsWith("\"program\" is written \"programme\" in the corpus", found[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_fixed_form_written_loosely_is_reported_on_its_line()
    {
        IReadOnlyList<Finding> found = SeedSlips.NewFindings("A-RES-68-171.txt", 18, SeedSlips.Replace("Secretary-General7", "Secretary General7"), Conventions);

        Assert.Single(found);
        Assert.Equal((18, "RES601"), (found[0].Line, found[0].RuleId));
        Assert.StartsWith("\"Secretary General\" is written \"Secretary-General\"", found[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_letter_in_a_number_is_reported_on_its_line()
    {
        IReadOnlyList<Finding> found = SeedSlips.NewFindings("A-RES-66-164.txt", 18, SeedSlips.Replace("24 July 2001", "24 July 2OO1"));

        Assert.Equal([new Finding(18, "RES602", "\"2OO1\" has a capital O among its digits: read \"2001\".")], found);
    }

    [Fact]
    public void A_doubled_space_is_reported_on_its_line()
    {
        IReadOnlyList<Finding> found = SeedSlips.NewFindings("A-RES-66-164.txt", 9, SeedSlips.Replace("Recalling also all", "Recalling also  all"));

        Assert.Equal([new Finding(9, "RES603", "Doubled space between words.")], found);
    }

    [Fact]
    public void An_unclosed_parenthesis_is_reported_on_its_line()
    {
        IReadOnlyList<Finding> found = SeedSlips.NewFindings("A-RES-72-247.txt", 41, SeedSlips.Replace("(the Paris Principles),10", "(the Paris Principles,10"));

        Assert.Equal([new Finding(41, "RES604", "\"(\" is not closed in this paragraph.")], found);
    }

    [Fact]
    public void An_unclosed_parenthesis_in_a_paragraph_cut_by_a_page_break_is_reported_on_its_line()
    {
        // Preambular paragraph 3 of A-RES-74-156 runs from line 28 past four footnote texts to line 40.
        IReadOnlyList<Finding> found = SeedSlips.NewFindings("A-RES-74-156.txt", 28, SeedSlips.Replace("on Human Rights on 25 June 1993", "on Human Rights (Vienna, 25 June 1993"));

        Assert.Equal([new Finding(28, "RES604", "\"(\" is not closed in this paragraph.")], found);
    }

    [Fact]
    public void A_closing_quotation_mark_without_its_opening_is_reported_on_its_line()
    {
        IReadOnlyList<Finding> found = SeedSlips.NewFindings("A-RES-74-156.txt", 72, SeedSlips.Replace("entitled “Modalities", "entitled Modalities"));

        Assert.Equal([new Finding(72, "RES604", "\"”\" closes nothing: there is no \"“\" before it in this paragraph.")], found);
    }
}
