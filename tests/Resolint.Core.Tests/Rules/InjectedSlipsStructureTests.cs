using Resolint.Core.Rules;

namespace Resolint.Core.Tests.Rules;

/// <summary>Structure rules on the seeds, and slips of structure injected into them.</summary>
public sealed class InjectedSlipsStructureTests
{
    private static readonly IReadOnlyList<Rule> Rules = SeedSlips.RulesOf(RuleCategory.Structure);

    [Theory]
    [MemberData(nameof(SeedSlips.Seeds), MemberType = typeof(SeedSlips))]
    public void The_seeds_have_no_structure_slips(string seed)
    {
        Assert.Empty(SeedSlips.Diagnostics(SeedSlips.Seed(seed), Rules));
    }

    [Fact]
    public void A_deleted_organ_line_is_reported_and_the_fix_restores_it_in_plain_text()
    {
        Slip slip = SeedSlips.Inject(SeedSlips.Seed("A-RES-66-164.txt"), ("\tThe General Assembly,\n", string.Empty));

        Diagnostic finding = SeedSlips.AssertOnlyNew(slip, "RES701", Rules);

        Assert.Equal(slip.Before, SeedSlips.Fixed(slip, finding));
    }

    [Fact]
    public void A_deleted_organ_line_is_reported_and_the_fix_restores_it_in_markdown()
    {
        Slip slip = SeedSlips.Inject(SeedSlips.Seed("A-RES-74-156.txt"), ("The General Assembly,\n\n", string.Empty));

        Diagnostic finding = SeedSlips.AssertOnlyNew(slip, "RES701", Rules);

        Assert.Equal(slip.Before, SeedSlips.Fixed(slip, finding));
    }

    [Fact]
    public void An_organ_line_without_its_comma_is_reported()
    {
        Slip slip = SeedSlips.Inject(SeedSlips.Seed("A-HRC-RES-36-29.txt"), ("The Human Rights Council,\n", "The Human Rights Council\n"));

        Diagnostic finding = SeedSlips.AssertOnlyNew(slip, "RES701", Rules);

        Assert.Equal(slip.Before, SeedSlips.Fixed(slip, finding));
    }

    [Fact]
    public void A_deleted_operative_part_is_reported_on_the_last_preambular_paragraph()
    {
        string seed = SeedSlips.Seed("A-RES-66-164.txt");
        int start = seed.IndexOf("\t1.\tCalls upon", StringComparison.Ordinal);
        int end = seed.IndexOf("\n89th plenary meeting", StringComparison.Ordinal);
        Slip slip = SeedSlips.Inject(seed, (seed[start..end], string.Empty));

        Diagnostic finding = SeedSlips.AssertOnlyNew(slip, "RES702", Rules, line: LineOf(slip.After, "\tEmphasizing the need for strong"));

        Assert.Contains("16 preambular paragraphs", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_paragraph_pasted_after_the_adoption_line_is_reported()
    {
        Slip slip = SeedSlips.Inject(
            SeedSlips.Seed("A-RES-68-171.txt"),
            ("70th plenary meeting\n18 December 2013\n", "70th plenary meeting\n18 December 2013\n\t27.\tDecides to remain seized of the matter.\n"));

        SeedSlips.AssertOnlyNew(slip, "RES703", Rules, line: LineOf(slip.After, "\t27.\tDecides"));
    }

    private static int LineOf(string text, string words) => Text.SourceText.From(text).LineOf(text.IndexOf(words, StringComparison.Ordinal)) + 1;
}
