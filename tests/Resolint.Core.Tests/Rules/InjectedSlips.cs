using Resolint.Core.Checking;
using Resolint.Core.Parsing;
using Resolint.Core.Rules;
using Resolint.Core.Text;

namespace Resolint.Core.Tests.Rules;

/// <summary>A seed with one slip injected: the text before and after, and the line the slip stands on.</summary>
internal sealed record Slip(string Before, string After, int Line);

/// <summary>
/// Real resolutions from the repository's seeds/ with one slip injected, and what the rules of a category
/// find in them. A slip must be reported on its own line and nothing else may change: the findings of the
/// seed as it was are the baseline.
/// </summary>
internal static class InjectedSlips
{
    public static readonly string[] SeedFiles = ["A-HRC-RES-36-29.txt", "A-RES-66-164.txt", "A-RES-68-171.txt", "A-RES-72-247.txt", "A-RES-74-156.txt"];

    public static TheoryData<string> Seeds() => new(SeedFiles);

    public static string Seed(string file) => File.ReadAllText(Path.Combine(RuleFixtureTests.RepositoryRoot(), "seeds", file));

    public static IReadOnlyList<Rule> RulesOf(RuleCategory category) => RuleCatalogue.All.Where(r => r.Descriptor.Category == category).ToList();

    public static IReadOnlyList<Diagnostic> Check(string text, IReadOnlyList<Rule> rules, CheckOptions? options = null) =>
        new Checker(TestConventions.Model, options, rules).Check(DraftParser.Parse(text)).Diagnostics;

    /// <summary>Replaces each original, which must occur exactly once; the slip's line is the first replacement's.</summary>
    public static Slip Inject(string text, params (string Original, string Replacement)[] edits)
    {
        string after = text;
        int first = -1;
        foreach ((string original, string replacement) in edits)
        {
            int at = after.IndexOf(original, StringComparison.Ordinal);
            Assert.True(at >= 0, $"'{original}' is not in the text.");
            Assert.True(after.IndexOf(original, at + 1, StringComparison.Ordinal) < 0, $"'{original}' occurs more than once.");
            after = after[..at] + replacement + after[(at + original.Length)..];
            first = first < 0 ? at : Math.Min(first, at);
        }

        return new Slip(text, after, SourceText.From(after).LineOf(first) + 1);
    }

    /// <summary>
    /// Asserts that the slip brings exactly one new finding, of the rule named, on the slip's line (or the line
    /// given); returns it.
    /// </summary>
    public static Diagnostic AssertOnlyNew(Slip slip, string ruleId, IReadOnlyList<Rule> rules, CheckOptions? options = null, int? line = null)
    {
        IReadOnlyList<Diagnostic> before = Check(slip.Before, rules, options);
        IReadOnlyList<Diagnostic> after = Check(slip.After, rules, options);
        var baseline = before.Select(d => (d.Id, d.Message)).ToList();
        var added = new List<Diagnostic>();
        foreach (Diagnostic d in after)
        {
            if (!baseline.Remove((d.Id, d.Message)))
            {
                added.Add(d);
            }
        }

        SourceText text = SourceText.From(slip.After);
        string Describe() => string.Join("\n", added.Select(d => $"  {text.LineOf(d.Span.Start) + 1}: {d.Id} {d.Message}"));
        Assert.True(added.Count == 1, $"expected one new finding of {ruleId}, found {added.Count}:\n{Describe()}");
        Assert.Equal(ruleId, added[0].Id);
        Assert.Equal(line ?? slip.Line, text.LineOf(added[0].Span.Start) + 1);
        return added[0];
    }

    /// <summary>Applies the finding's fix to the slipped text.</summary>
    public static string Fixed(Slip slip, Diagnostic finding) => FixApplier.Apply(slip.After, [finding]);
}
