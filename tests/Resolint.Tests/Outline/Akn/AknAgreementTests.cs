using Xunit.Abstractions;

namespace Resolint.Tests.Outline.Akn;

/// <summary>
/// The outline of each devset text agrees with the UN's markup of it (see <see cref="AknAgreement"/> for what
/// "agrees" means). To print the figures and every disagreement without asserting, set
/// <c>RESOLINT_AKN_REPORT</c> to a file path and run this class, or run <c>tests/akn/agreement.sh</c>.
/// </summary>
public sealed class AknAgreementTests(ITestOutputHelper output)
{
    /// <summary>Issue 11's target: the outline of at least 95 % of the 642 marked-up texts agrees with the markup.</summary>
    private const double Target = 0.95;

    /// <summary>
    /// The floors reached (2 December 2026), a little under what was measured, both above <see cref="Target"/>:
    /// plain text 622/642 (96.9 %), Markdown 635/642 (98.9 %). Most files left differ where the UN's markup
    /// disagrees with itself: the same sentence named "Reaffirming its commitment" in one year and "Reaffirming" in
    /// the next, "Welcoming in this regard" in one resolution only, "*Recalling* also" with the fixed word outside
    /// the italics (run <c>tests/akn/agreement.sh</c> for the list). A step back from a floor fails; raise it as the
    /// reading improves.
    /// </summary>
    private const double PlainFloor = 0.96;

    private const double MarkdownFloor = 0.98;

    private const string ReportVariable = "RESOLINT_AKN_REPORT";

    /// <summary>A failure names this many disagreeing files; the script prints them all.</summary>
    private const int FilesShownOnFailure = 40;

    private static readonly Lazy<(AknAgreement.Result Plain, AknAgreement.Result Markdown)> Results = new(() =>
    {
        string devset = AknAgreement.DevsetFolder()
            ?? throw new InvalidOperationException("The devset is missing: ../shared/devset/akn beside the repository root holds the UN's markup this test compares with.");
        return (AknAgreement.Measure(devset, "texts"), AknAgreement.Measure(devset, "texts_md"));
    });

    [Fact]
    public void The_devset_markup_is_there()
    {
        Assert.True(AknAgreement.DevsetFolder() is not null, "../shared/devset/akn is missing beside the repository root; the AKN agreement test needs it.");
    }

    [Fact]
    [Trait("Category", "Measure")]
    public void Figures_are_printed_without_asserting()
    {
        if (Environment.GetEnvironmentVariable(ReportVariable) is not { Length: > 0 } path)
        {
            return;
        }

        string report = AknAgreement.Report(Results.Value.Plain) + Environment.NewLine + AknAgreement.Report(Results.Value.Markdown);
        File.WriteAllText(path, report);
        output.WriteLine(report);
    }

    [Fact]
    public void The_outline_of_plain_texts_agrees_with_the_markup()
    {
        AknAgreement.Result result = Results.Value.Plain;
        Assert.True(result.AgreeingShare >= PlainFloor, AknAgreement.Report(result, FilesShownOnFailure));
    }

    [Fact]
    public void The_outline_of_markdown_texts_agrees_with_the_markup()
    {
        AknAgreement.Result result = Results.Value.Markdown;
        Assert.True(result.AgreeingShare >= MarkdownFloor, AknAgreement.Report(result, FilesShownOnFailure));
    }
}
