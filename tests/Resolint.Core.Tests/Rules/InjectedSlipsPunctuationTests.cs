using Resolint.Core.Rules;

namespace Resolint.Core.Tests.Rules;

/// <summary>Punctuation rules on the seeds, and slips of punctuation injected into them.</summary>
public sealed class InjectedSlipsPunctuationTests
{
    private static readonly IReadOnlyList<Rule> Rules = SeedSlips.RulesOf(RuleCategory.Punctuation);

    /// <summary>A/RES/66/164 with sub-paragraphs under paragraph 16, punctuated as the Editorial Manual asks.</summary>
    private static readonly Slip WithSubParagraphs = SeedSlips.Inject(
        SeedSlips.Seed("A-RES-66-164.txt"),
        ("in accordance with her mandate;\n", "in accordance with her mandate, and in particular on:\n\t(a)\tThe situation of women human rights defenders;\n\t(b)\tThe use of legislation to restrict their work;\n"));

    /// <summary>A/RES/74/156 (Markdown) with sub-paragraphs under paragraph 22.</summary>
    private static readonly Slip WithMarkdownSubParagraphs = SeedSlips.Inject(
        SeedSlips.Seed("A-RES-74-156.txt"),
        ("to seek accreditation status through the Global Alliance of National Human Rights Institutions;\n", "to seek accreditation status through the Global Alliance of National Human Rights Institutions, in particular by:\n\n(a) Reviewing their founding legislation;\n\n(b) Reporting on their independence;\n"));

    [Theory]
    [MemberData(nameof(SeedSlips.Seeds), MemberType = typeof(SeedSlips))]
    public void The_seeds_have_no_punctuation_slips(string seed)
    {
        Assert.Empty(SeedSlips.Diagnostics(SeedSlips.Seed(seed), Rules));
    }

    [Fact]
    public void Sub_paragraphs_punctuated_as_the_manual_asks_are_clean()
    {
        Assert.Empty(SeedSlips.Diagnostics(WithSubParagraphs.After, Rules));
        Assert.Empty(SeedSlips.Diagnostics(WithMarkdownSubParagraphs.After, Rules));
    }

    [Fact]
    public void A_preambular_semicolon_is_reported_and_fixed()
    {
        Slip slip = SeedSlips.Inject(SeedSlips.Seed("A-RES-68-171.txt"), ("with the same emphasis,", "with the same emphasis;"));

        Diagnostic finding = SeedSlips.AssertOnlyNew(slip, "RES301", Rules);

        Assert.StartsWith("Preambular paragraph 8 ends with a semicolon", finding.Message, StringComparison.Ordinal);
        Assert.Equal(slip.Before, SeedSlips.Fixed(slip, finding));
    }

    [Fact]
    public void A_missing_preambular_comma_is_reported_and_fixed()
    {
        Slip slip = SeedSlips.Inject(SeedSlips.Seed("A-RES-72-247.txt"), ("fundamental freedoms of all persons,\n\tStressing", "fundamental freedoms of all persons\n\tStressing"));

        Diagnostic finding = SeedSlips.AssertOnlyNew(slip, "RES301", Rules);

        Assert.Equal(slip.Before, SeedSlips.Fixed(slip, finding));
    }

    [Fact]
    public void An_operative_full_stop_is_reported_and_fixed()
    {
        Slip slip = SeedSlips.Inject(SeedSlips.Seed("A-RES-74-156.txt"), ("relevant international human rights instruments;", "relevant international human rights instruments."));

        Diagnostic finding = SeedSlips.AssertOnlyNew(slip, "RES302", Rules);

        Assert.Equal(slip.Before, SeedSlips.Fixed(slip, finding));
    }

    [Fact]
    public void A_semicolon_closing_the_resolution_is_reported_and_fixed()
    {
        Slip slip = SeedSlips.Inject(SeedSlips.Seed("A-HRC-RES-36-29.txt"), ("*Decides* to remain seized of the matter.", "*Decides* to remain seized of the matter;"));

        Diagnostic finding = SeedSlips.AssertOnlyNew(slip, "RES303", Rules);

        Assert.Equal(slip.Before, SeedSlips.Fixed(slip, finding));
    }

    [Fact]
    public void A_paragraph_introducing_sub_paragraphs_without_its_colon_is_reported_and_fixed()
    {
        Slip slip = SeedSlips.Inject(WithSubParagraphs.After, ("and in particular on:", "and in particular on;"));

        Diagnostic finding = SeedSlips.AssertOnlyNew(slip, "RES304", Rules);

        Assert.Equal(slip.Before, SeedSlips.Fixed(slip, finding));
    }

    [Fact]
    public void A_sub_paragraph_ending_with_a_full_stop_is_reported_and_fixed()
    {
        Slip slip = SeedSlips.Inject(WithSubParagraphs.After, ("women human rights defenders;\n", "women human rights defenders.\n"));

        Diagnostic finding = SeedSlips.AssertOnlyNew(slip, "RES305", Rules);

        Assert.Equal(slip.Before, SeedSlips.Fixed(slip, finding));
    }

    [Fact]
    public void A_markdown_sub_paragraph_without_its_semicolon_is_reported_and_fixed()
    {
        Slip slip = SeedSlips.Inject(WithMarkdownSubParagraphs.After, ("(b) Reporting on their independence;", "(b) Reporting on their independence"));

        Diagnostic finding = SeedSlips.AssertOnlyNew(slip, "RES305", Rules);

        Assert.Equal(slip.Before, SeedSlips.Fixed(slip, finding));
    }
}
