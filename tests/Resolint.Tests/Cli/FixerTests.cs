using Resolint.Cli;
using Resolint.Core.Rules;
using Resolint.Core.Text;

namespace Resolint.Tests.Cli;

public class FixerTests
{
    private static readonly RuleDescriptor Rule = new("RES001", "Test", Severity.Warning, RuleCategory.Language, "Test.");

    private static Diagnostic Finding(int start, int length, string newText) =>
        new(Rule, Severity.Warning, new TextSpan(start, length), "m") { Fix = new Fix("f", [new TextEdit(new TextSpan(start, length), newText)]) };

    [Fact]
    public void OverlappingFixesWaitForTheNextPassWhereTheyAreComputedAfresh()
    {
        // Every pass offers two overlapping fixes: "aa" → "b" at the first "aa", and "aa" → "b" one further on.
        var passes = 0;
        FixOutcome<List<Diagnostic>> outcome = Fixer.Apply<List<Diagnostic>>(
            "aaa",
            text =>
            {
                passes++;
                int at = text.IndexOf("aa", StringComparison.Ordinal);
                return at < 0 ? [] : [Finding(at, 2, "b"), Finding(at + 1, 2, "b")];
            },
            findings => findings);

        Assert.Equal(("ba", 1), (outcome.Text, outcome.Fixed));
        Assert.Equal(2, passes);
        Assert.Empty(outcome.Check);
    }

    [Fact]
    public void FixesThatNeverSettleStopAfterTheLastPass()
    {
        int passes = 0;
        FixOutcome<List<Diagnostic>> outcome = Fixer.Apply<List<Diagnostic>>(
            "x",
            text =>
            {
                passes++;
                return [Finding(text.Length, 0, "x")];
            },
            findings => findings);

        Assert.Equal(new string('x', Fixer.MaxPasses + 1), outcome.Text);
        Assert.Equal(Fixer.MaxPasses + 1, passes);
        Assert.Equal(Fixer.MaxPasses, outcome.Fixed);
    }

    [Fact]
    public void FindingsSharingOneFixAreAllAnswered()
    {
        var shared = new Fix("renumber", [new TextEdit(new TextSpan(0, 1), "1"), new TextEdit(new TextSpan(2, 1), "2")]);
        Diagnostic[] findings =
        [
            new(Rule, Severity.Warning, new TextSpan(0, 1), "first") { Fix = shared },
            new(Rule, Severity.Warning, new TextSpan(2, 1), "second") { Fix = shared },
        ];

        FixOutcome<Diagnostic[]> outcome = Fixer.Apply("3 4", text => text == "3 4" ? findings : [], f => f);

        Assert.Equal(("1 2", 2), (outcome.Text, outcome.Fixed));
    }
}
