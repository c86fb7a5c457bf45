using Resolint.Core.Checking;
using Resolint.Core.Parsing;
using Resolint.Core.Rules;
using Resolint.Core.Text;

namespace Resolint.Core.Tests.Rules;

/// <summary>Runs every fixture under Rules/Fixtures as a spec, and holds every rule to having them.</summary>
public sealed class RuleFixtureTests
{
    public static TheoryData<string> Fixtures()
    {
        var data = new TheoryData<string>();
        foreach (string path in RuleFixture.AllPaths())
        {
            data.Add(Path.GetRelativePath(RuleFixture.FixturesFolder, path));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Fixture_reports_exactly_what_it_expects(string relativePath)
    {
        RuleFixture fixture = RuleFixture.Load(Path.Combine(RuleFixture.FixturesFolder, relativePath));
        Rule rule = RuleCatalogue.All.SingleOrDefault(r => r.Descriptor.Id == fixture.RuleId)
            ?? throw new Xunit.Sdk.XunitException($"{fixture.Name}: no rule {fixture.RuleId} in the catalogue.");

        IReadOnlyList<Diagnostic> found = Check(fixture, fixture.Draft, rule);
        SourceText text = SourceText.From(fixture.Draft);
        var actual = found.Select(d => (Position: text.PositionOf(d.Span.Start), d)).ToList();

        string Describe() => string.Join("\n", actual.Select(a => $"  {a.Position.Line + 1}:{a.Position.Character + 1} {a.d.Id} {a.d.Message}"));
        Assert.True(
            fixture.Expected.Count == actual.Count,
            $"{fixture.Name}: expected {fixture.Expected.Count} finding(s) of {fixture.RuleId}, found {actual.Count}:\n{Describe()}");
        foreach (ExpectedDiagnostic expected in fixture.Expected)
        {
            bool match = actual.Any(a =>
                a.Position.Line + 1 == expected.Line && a.Position.Character + 1 == expected.Column
                && a.d.Id == expected.RuleId && a.d.Message.Contains(expected.MessagePart, StringComparison.Ordinal));
            Assert.True(match, $"{fixture.Name}: expected {expected}; found:\n{Describe()}");
        }

        if (fixture.FixedText is { } fixedText)
        {
            Assert.Contains(found, d => d.Fix is not null);
            string after = FixApplier.Apply(fixture.Draft, found);
            Assert.Equal(fixedText, after);
            Assert.Empty(Check(fixture, after, rule));
        }
        else
        {
            Assert.True(found.All(d => d.Fix is null), $"{fixture.Name}: the rule offers fixes, so the fixture needs a '{RuleFixture.FixedMarker}' section.");
        }
    }

    [Fact]
    public void Every_rule_has_a_firing_fixture_a_clean_fixture_and_a_page()
    {
        var fixtures = RuleFixture.AllPaths().Select(RuleFixture.Load).ToList();
        string docs = Path.Combine(RepositoryRoot(), "docs", "rules");
        var missing = new List<string>();
        foreach (RuleDescriptor rule in RuleCatalogue.Descriptors)
        {
            if (!fixtures.Any(f => f.RuleId == rule.Id && f.Expected.Count > 0))
            {
                missing.Add($"{rule.Id}: no fixture where it fires");
            }

            if (!fixtures.Any(f => f.RuleId == rule.Id && f.Expected.Count == 0))
            {
                missing.Add($"{rule.Id}: no clean fixture");
            }

            if (!File.Exists(Path.Combine(docs, rule.Id + ".md")))
            {
                missing.Add($"{rule.Id}: no docs/rules/{rule.Id}.md");
            }
        }

        Assert.True(missing.Count == 0, string.Join("\n", missing));
    }

    private static IReadOnlyList<Diagnostic> Check(RuleFixture fixture, string draftText, Rule rule)
    {
        var checker = new Checker(TestConventions.Model, fixture.Options, [rule], fixture.Catalogue);
        return checker.Check(DraftParser.Parse(draftText, fixture.Form)).Diagnostics;
    }

    internal static string RepositoryRoot()
    {
        string? dir = AppContext.BaseDirectory;
        while (dir is not null && !File.Exists(Path.Combine(dir, "LanguageServer.sln")))
        {
            dir = Path.GetDirectoryName(dir);
        }

        return dir ?? throw new InvalidOperationException("LanguageServer.sln not found above the test folder.");
    }
}
