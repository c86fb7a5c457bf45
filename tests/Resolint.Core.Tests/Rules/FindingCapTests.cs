using Resolint.Core.Checking;
using Resolint.Core.Parsing;
using Resolint.Core.Rules;

namespace Resolint.Core.Tests.Rules;

/// <summary>A rule that meets more than a person can read stops with one information finding: the report stays in proportion.</summary>
public sealed class FindingCapTests
{
    [Fact]
    public void A_rule_stops_after_its_cap_with_one_information_finding()
    {
        string text = "The General Assembly,\n\n1. *Decides*  to  act" + string.Concat(Enumerable.Repeat("  and  act", 400)) + ".\n";

        IReadOnlyList<Diagnostic> doubled = new Checker(TestConventions.Model).Check(DraftParser.Parse(text)).Diagnostics.Where(d => d.Id == "RES603").ToList();

        Assert.Equal(RuleContext.MaxFindingsPerRule + 1, doubled.Count);
        Diagnostic last = doubled.Single(d => d.Severity == Severity.Info);
        Assert.Contains($"stopped after {RuleContext.MaxFindingsPerRule} findings", last.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Below_the_cap_every_finding_is_reported()
    {
        string text = "The General Assembly,\n\n1. *Decides*  to  act" + string.Concat(Enumerable.Repeat("  and  act", 10)) + ".\n";

        IReadOnlyList<Diagnostic> doubled = new Checker(TestConventions.Model).Check(DraftParser.Parse(text)).Diagnostics.Where(d => d.Id == "RES603").ToList();

        Assert.Equal(22, doubled.Count);
        Assert.DoesNotContain(doubled, d => d.Severity == Severity.Info);
    }
}
