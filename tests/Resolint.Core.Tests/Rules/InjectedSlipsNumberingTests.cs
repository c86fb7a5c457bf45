using Resolint.Core.Rules;

namespace Resolint.Core.Tests.Rules;

/// <summary>Numbering rules on the seeds, and slips of numbering injected into them.</summary>
public sealed class InjectedSlipsNumberingTests
{
    private static readonly IReadOnlyList<Rule> Rules = SeedSlips.RulesOf(RuleCategory.Numbering);

    /// <summary>A/RES/66/164 with labelled sub-paragraphs under paragraph 16, two levels deep.</summary>
    private static readonly Slip WithSubParagraphs = SeedSlips.Inject(
        SeedSlips.Seed("A-RES-66-164.txt"),
        ("in accordance with her mandate;\n", "in accordance with her mandate, and in particular on:\n\t(a)\tThe situation of women human rights defenders;\n\t(b)\tThe use of legislation to restrict their work, including:\n\t(i)\tCounter-terrorism legislation;\n\t(ii)\tLaws regulating civil society organizations;\n\t(c)\tGood practices in their protection;\n"));

    [Theory]
    [MemberData(nameof(SeedSlips.Seeds), MemberType = typeof(SeedSlips))]
    public void The_seeds_have_no_numbering_slips(string seed)
    {
        Assert.Empty(SeedSlips.Diagnostics(SeedSlips.Seed(seed), Rules));
    }

    [Fact]
    public void Sub_paragraphs_labelled_in_sequence_and_by_level_are_clean()
    {
        Assert.Empty(SeedSlips.Diagnostics(WithSubParagraphs.After, Rules));
    }

    [Fact]
    public void A_renumbered_operative_paragraph_is_reported_and_fixed()
    {
        Slip slip = SeedSlips.Inject(SeedSlips.Seed("A-RES-68-171.txt"), ("\t5.\tUnderlines", "\t6.\tUnderlines"));

        Diagnostic finding = SeedSlips.AssertOnlyNew(slip, "RES101", Rules);

        Assert.Equal(slip.Before, SeedSlips.Fixed(slip, finding));
    }

    [Fact]
    public void A_repeated_number_in_markdown_is_reported_and_fixed()
    {
        Slip slip = SeedSlips.Inject(SeedSlips.Seed("A-HRC-RES-36-29.txt"), ("4. *Requests*", "3. *Requests*"));

        Diagnostic finding = SeedSlips.AssertOnlyNew(slip, "RES101", Rules);

        Assert.Equal(slip.Before, SeedSlips.Fixed(slip, finding));
    }

    [Fact]
    public void A_skipped_sub_paragraph_label_is_reported_and_fixed()
    {
        Slip slip = SeedSlips.Inject(WithSubParagraphs.After, ("\t(c)\tGood practices", "\t(d)\tGood practices"));

        Diagnostic finding = SeedSlips.AssertOnlyNew(slip, "RES102", Rules);

        Assert.Equal(slip.Before, SeedSlips.Fixed(slip, finding));
    }

    [Fact]
    public void A_repeated_roman_label_is_reported_and_fixed()
    {
        Slip slip = SeedSlips.Inject(WithSubParagraphs.After, ("\t(ii)\tLaws regulating", "\t(i)\tLaws regulating"));

        Diagnostic finding = SeedSlips.AssertOnlyNew(slip, "RES102", Rules);

        Assert.Contains("repeats the label before it; expected (ii)", finding.Message, StringComparison.Ordinal);
        Assert.Equal(slip.Before, SeedSlips.Fixed(slip, finding));
    }

    [Fact]
    public void A_label_that_skips_a_level_is_reported()
    {
        Slip slip = SeedSlips.Inject(
            WithSubParagraphs.After,
            ("\t(i)\tCounter-terrorism legislation;\n\t(ii)\tLaws regulating civil society organizations;\n", "\ta.\tCounter-terrorism legislation and laws regulating civil society organizations;\n"));

        Diagnostic finding = SeedSlips.AssertOnlyNew(slip, "RES103", Rules);

        Assert.Null(finding.Fix);
    }
}
