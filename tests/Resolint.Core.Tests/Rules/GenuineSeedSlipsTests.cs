using Resolint.Core.Checking;
using Resolint.Core.Drafts;
using Resolint.Core.Parsing;
using Resolint.Core.Rules;

namespace Resolint.Core.Tests.Rules;

/// <summary>
/// The seeds are adopted texts: the footnote, citation and language rules report the few genuine slips in
/// them, each on its line, and nothing else at warning or error.
/// </summary>
public sealed class GenuineSeedSlipsTests
{
    private static readonly RuleCategory[] Categories = [RuleCategory.Footnotes, RuleCategory.Citations, RuleCategory.Language];

    /// <summary>The genuine slips: file, line, rule, and words of the message.</summary>
    private static readonly (string File, int Line, string RuleId, string MessagePart)[] Slips =
    [
        // "adopted by the World Conference on Human Rights on 25 June l993": a lower-case L for the 1.
        ("A-RES-68-171.txt", 12, "RES602", "\"l993\""),

        // "the work of the Human Rights Council,  as stipulated": a doubled space.
        ("A-RES-68-171.txt", 30, "RES603", "Doubled space"),

        // Operative paragraph 16 dates again resolutions that paragraphs 12 and 13 have already dated.
        ("A-RES-68-171.txt", 33, "RES503", "5/2"),
        ("A-RES-68-171.txt", 33, "RES503", "16/21"),
        ("A-RES-68-171.txt", 33, "RES503", "2005/74"),

        // Footnote 10: "Supplement 53 (A/66/53)", without "No.".
        ("A-RES-68-171.txt", 57, "RES508", "Supplement No."),

        // Human Rights Council resolution 6/17 is of its sixth session, held in 2007, not "28 September 2008".
        ("A-HRC-RES-36-29.txt", 78, "RES504", "6/17"),

        // Footnotes 4 and 5: "Ibid., Seventy-first Session (A/71/53)", with no supplement named.
        ("A-RES-72-247.txt", 63, "RES508", "Supplement No."),
        ("A-RES-72-247.txt", 64, "RES508", "Supplement No."),
    ];

    public static TheoryData<string> SeedFiles() =>
        new(Directory.EnumerateFiles(Path.Combine(RuleFixtureTests.RepositoryRoot(), "seeds"), "*.txt").Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(SeedFiles))]
    public void Each_seed_reports_its_genuine_slips_and_nothing_else(string file)
    {
        IReadOnlyList<Finding> found = SeedSlips.Findings(SeedSlips.Seed(file), rules: Rules());
        var expected = Slips.Where(s => s.File == file).ToList();

        string Describe() => string.Join("\n", found.Select(f => $"  {f}"));
        Assert.True(expected.Count == found.Count, $"{file}: expected {expected.Count} slip(s), found {found.Count}:\n{Describe()}");
        var unmatched = found.ToList();
        foreach ((string _, int line, string ruleId, string messagePart) in expected)
        {
            Finding? match = unmatched.FirstOrDefault(f => f.Line == line && f.RuleId == ruleId && f.Message.Contains(messagePart, StringComparison.Ordinal));
            Assert.True(match is not null, $"{file}: expected {ruleId} on line {line} ({messagePart}); found:\n{Describe()}");
            unmatched.Remove(match);
        }
    }

    [Fact]
    public void Fixing_the_seeds_mends_the_slips_and_changes_nothing_else()
    {
        string seed = SeedSlips.Seed("A-RES-68-171.txt");
        string fixedText = FixApplier.Apply(seed, Diagnostics(seed));

        Assert.Contains("on 25 June 1993,4 which reaffirmed", fixedText, StringComparison.Ordinal);
        Assert.Contains("Human Rights Council, as stipulated", fixedText, StringComparison.Ordinal);
        Assert.Contains("Sixty-sixth Session, Supplement No. 53 (A/66/53)", fixedText, StringComparison.Ordinal);
        Assert.Contains("Human Rights Council resolutions 5/1 and 5/2 and 16/21 and Commission on Human Rights resolution 2005/74, while", fixedText, StringComparison.Ordinal);

        // Every line the fixes did not touch is the seed's, byte for byte.
        string[] before = seed.Split('\n');
        string[] after = fixedText.Split('\n');
        Assert.Equal(before.Length, after.Length);
        int[] changed = Enumerable.Range(0, before.Length).Where(i => before[i] != after[i]).Select(i => i + 1).ToArray();
        Assert.Equal([12, 30, 33, 57], changed);
        Assert.DoesNotContain(Diagnostics(fixedText), d => d.Fix is not null);
    }

    private static IEnumerable<Rule> Rules() => RuleCatalogue.All.Where(r => Categories.Contains(r.Descriptor.Category));

    private static IReadOnlyList<Diagnostic> Diagnostics(string text)
    {
        Draft draft = DraftParser.Parse(text);
        return new Checker(TestConventions.Model, CheckOptions.Default, Rules().ToList()).Check(draft).Diagnostics;
    }
}
