using Resolint.Core.Checking;
using Resolint.Core.Corpus;
using Resolint.Core.Drafts;
using Resolint.Core.Parsing;
using Resolint.Core.Rules;
using Resolint.Core.Text;

namespace Resolint.Core.Tests.Rules;

/// <summary>
/// Real resolutions from the repository's seeds/ with slips injected, and what the checker newly finds in
/// them: the findings of the seed as it was are the baseline, so only what a slip caused remains. Slips are
/// injected by text (<see cref="Inject"/>, one slip, one new finding on its line) or by line
/// (<see cref="NewFindings(string, int, Func{string, string}, ConventionModel?, IEnumerable{Rule}?)"/>,
/// every new finding as the report would show it).
/// </summary>
internal static class SeedSlips
{
    public static readonly string[] SeedFiles = ["A-HRC-RES-36-29.txt", "A-RES-66-164.txt", "A-RES-68-171.txt", "A-RES-72-247.txt", "A-RES-74-156.txt"];

    public static TheoryData<string> Seeds() => new(SeedFiles);

    public static string Seed(string file) => Tests.Seeds.Text(file);

    public static IReadOnlyList<Rule> RulesOf(RuleCategory category) => RuleCatalogue.All.Where(r => r.Descriptor.Category == category).ToList();

    /// <summary>The findings of the rules given (every rule by default) under the test conventions.</summary>
    public static IReadOnlyList<Diagnostic> Diagnostics(string text, IEnumerable<Rule>? rules = null, CheckOptions? options = null, ConventionModel? conventions = null) =>
        new Checker(conventions ?? TestConventions.Model, options, (rules ?? RuleCatalogue.All).ToList()).Check(DraftParser.Parse(text)).Diagnostics;

    /// <summary>Every finding at warning or error, as a report shows it, in text order.</summary>
    public static IReadOnlyList<Finding> Findings(string text, ConventionModel? conventions = null, IEnumerable<Rule>? rules = null)
    {
        var source = SourceText.From(text);
        return Diagnostics(text, rules, CheckOptions.Default, conventions)
            .Where(d => d.Severity >= Severity.Warning)
            .Select(d => new Finding(source.LineOf(d.Span.Start) + 1, d.Id, d.Message))
            .ToList();
    }

    /// <summary>Injects by the harness's injector: each original must occur exactly once; the slip's line is the first replacement's.</summary>
    public static Slip Inject(string text, params (string Original, string Replacement)[] edits)
    {
        foreach ((string original, _) in edits)
        {
            Assert.True(text.Contains(original, StringComparison.Ordinal), $"'{original}' is not in the text.");
        }

        Slip? slip = Slip.Inject(text, edits);
        Assert.True(slip is not null, "An original occurs more than once.");
        return slip;
    }

    /// <summary>
    /// Asserts that the slip brings exactly one new finding, of the rule named, on the slip's line (or the line
    /// given); returns it.
    /// </summary>
    public static Diagnostic AssertOnlyNew(Slip slip, string ruleId, IReadOnlyList<Rule> rules, CheckOptions? options = null, int? line = null)
    {
        var baseline = Diagnostics(slip.Before, rules, options).Select(d => (d.Id, d.Message)).ToList();
        var added = new List<Diagnostic>();
        foreach (Diagnostic d in Diagnostics(slip.After, rules, options))
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

    /// <summary>Changes one line of a seed (1-based) and returns what the checker newly finds.</summary>
    public static IReadOnlyList<Finding> NewFindings(string file, int line, Func<string, string> change, ConventionModel? conventions = null, IEnumerable<Rule>? rules = null) =>
        NewFindings(file, [(line, change)], conventions, rules);

    /// <summary>Changes lines of a seed (1-based) and returns what the checker newly finds.</summary>
    public static IReadOnlyList<Finding> NewFindings(string file, IReadOnlyList<(int Line, Func<string, string> Change)> changes, ConventionModel? conventions = null, IEnumerable<Rule>? rules = null)
    {
        string seed = Seed(file);
        string[] lines = seed.Split('\n');
        foreach ((int line, Func<string, string> change) in changes)
        {
            string original = lines[line - 1];
            lines[line - 1] = change(original);
            Assert.NotEqual(original, lines[line - 1]);
        }

        return Compare(seed, string.Join('\n', lines), deletedLine: null, conventions, rules);
    }

    /// <summary>Deletes one line of a seed (1-based) and returns what the checker newly finds.</summary>
    public static IReadOnlyList<Finding> NewFindingsWithout(string file, int line, ConventionModel? conventions = null, IEnumerable<Rule>? rules = null)
    {
        string seed = Seed(file);
        var lines = seed.Split('\n').ToList();
        lines.RemoveAt(line - 1);
        return Compare(seed, string.Join('\n', lines), deletedLine: line, conventions, rules);
    }

    /// <summary>A replacement that must find what it replaces, so an injection cannot silently miss its place.</summary>
    public static Func<string, string> Replace(string oldText, string newText) => line =>
    {
        Assert.Contains(oldText, line, StringComparison.Ordinal);
        return Slip.ReplaceIn(line, oldText, newText)!;
    };

    /// <summary>The findings of the changed text that the seed did not have, its lines shifted past a deleted line.</summary>
    private static IReadOnlyList<Finding> Compare(string seed, string changed, int? deletedLine, ConventionModel? conventions, IEnumerable<Rule>? rules)
    {
        var before = Findings(seed, conventions, rules)
            .Where(f => f.Line != deletedLine)
            .Select(f => deletedLine is int d && f.Line > d ? f with { Line = f.Line - 1 } : f)
            .ToList();
        var found = new List<Finding>();
        foreach (Finding finding in Findings(changed, conventions, rules))
        {
            int match = before.IndexOf(finding);
            if (match >= 0)
            {
                before.RemoveAt(match);
            }
            else
            {
                found.Add(finding);
            }
        }

        return found;
    }
}
