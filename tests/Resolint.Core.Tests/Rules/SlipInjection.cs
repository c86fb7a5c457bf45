using Resolint.Core.Checking;
using Resolint.Core.Corpus;
using Resolint.Core.Drafts;
using Resolint.Core.Parsing;
using Resolint.Core.Rules;

namespace Resolint.Core.Tests.Rules;

/// <summary>A finding as a drafter reads it in a report: the 1-based line, the rule, the message.</summary>
public sealed record Finding(int Line, string RuleId, string Message)
{
    public override string ToString() => $"{Line} {RuleId} {Message}";
}

/// <summary>
/// Real seed text with one slip injected: what the checker finds in the changed text that it did not find in
/// the seed. Findings the seed already had are matched by rule and message, with their lines shifted past a
/// deleted line, so that only what the slip caused remains.
/// </summary>
internal static class SlipInjection
{
    public static string SeedText(string file) => File.ReadAllText(Path.Combine(RuleFixtureTests.RepositoryRoot(), "seeds", file));

    /// <summary>Every finding of every rule in the catalogue at warning or error, in text order.</summary>
    public static IReadOnlyList<Finding> Check(string text, ConventionModel? conventions = null, IEnumerable<Rule>? rules = null)
    {
        Draft draft = DraftParser.Parse(text);
        var checker = new Checker(conventions ?? TestConventions.Model, CheckOptions.Default, (rules ?? RuleCatalogue.All).ToList());
        return checker.Check(draft).Diagnostics
            .Where(d => d.Severity >= Severity.Warning)
            .Select(d => new Finding(draft.Text.LineOf(d.Span.Start) + 1, d.Id, d.Message))
            .ToList();
    }

    /// <summary>Changes one line of a seed (1-based) and returns what the checker newly finds.</summary>
    public static IReadOnlyList<Finding> NewFindings(string file, int line, Func<string, string> change, ConventionModel? conventions = null, IEnumerable<Rule>? rules = null) =>
        NewFindings(file, [(line, change)], conventions, rules);

    /// <summary>Changes lines of a seed (1-based) and returns what the checker newly finds.</summary>
    public static IReadOnlyList<Finding> NewFindings(string file, IReadOnlyList<(int Line, Func<string, string> Change)> changes, ConventionModel? conventions = null, IEnumerable<Rule>? rules = null)
    {
        string seed = SeedText(file);
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
        string seed = SeedText(file);
        var lines = seed.Split('\n').ToList();
        lines.RemoveAt(line - 1);
        return Compare(seed, string.Join('\n', lines), deletedLine: line, conventions, rules);
    }

    /// <summary>A replacement that must find what it replaces, so an injection cannot silently miss its place.</summary>
    public static Func<string, string> Replace(string oldText, string newText) => line =>
    {
        Assert.Contains(oldText, line, StringComparison.Ordinal);
        int at = line.IndexOf(oldText, StringComparison.Ordinal);
        return string.Concat(line.AsSpan(0, at), newText, line.AsSpan(at + oldText.Length));
    };

    private static IReadOnlyList<Finding> Compare(string seed, string changed, int? deletedLine, ConventionModel? conventions, IEnumerable<Rule>? rules)
    {
        var before = Check(seed, conventions, rules)
            .Where(f => f.Line != deletedLine)
            .Select(f => deletedLine is int d && f.Line > d ? f with { Line = f.Line - 1 } : f)
            .ToList();
        var found = new List<Finding>();
        foreach (Finding finding in Check(changed, conventions, rules))
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
