using System.Text;
using Resolint.Core.Drafts;
using Resolint.Core.Parsing;

namespace Resolint.Tests.Outline.Golden;

/// <summary>
/// Golden outlines: short excerpts of real adopted resolutions, each with the outline a person reads in it,
/// written by reading the text (not by copying the parser). One spec file per text under <c>specs/</c>:
/// <code>
/// # what the text shows; where it comes from
/// form: text            (or markdown)
/// === text
/// …the excerpt, as published…
/// === outline
/// …the expected outline, in the form of <see cref="ReadOutline"/>…
/// </code>
/// Each file is its own test case, and a failure prints the two outlines side by side as a diff. A spec whose
/// header says <c>known gap: why</c> is one the parser does not read right yet: it must still differ (strictly, so
/// that the line is removed the day the parser reads it right), and its golden stays what a person reads. Set
/// <c>RESOLINT_GOLDEN_ACTUAL</c> to a folder to have the parser's outline of every spec written there.
/// </summary>
public sealed class GoldenOutlineTests
{
    private const string TextSeparator = "=== text";
    private const string OutlineSeparator = "=== outline";

    public static TheoryData<string> Specs()
    {
        var data = new TheoryData<string>();
        foreach (string file in Directory.GetFiles(SpecFolder(), "*.golden").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Fact]
    public void There_are_at_least_forty_goldens()
    {
        Assert.True(Specs().Count >= 40, $"{Specs().Count} golden outlines in {SpecFolder()}; issue 11 asks for at least 40.");
    }

    [Theory]
    [MemberData(nameof(Specs))]
    public void The_parser_reads_the_outline_a_person_reads(string spec)
    {
        (DraftForm form, string text, IReadOnlyList<string> expected, string? knownGap) = ReadSpec(Path.Combine(SpecFolder(), spec));
        IReadOnlyList<string> actual = ReadOutline.Of(DraftParser.Parse(text, form));

        if (Environment.GetEnvironmentVariable("RESOLINT_GOLDEN_ACTUAL") is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
            File.WriteAllLines(Path.Combine(folder, Path.ChangeExtension(spec, ".outline")), actual);
        }

        if (knownGap is not null)
        {
            Assert.False(expected.SequenceEqual(actual), $"{spec} is listed as a known gap ({knownGap}) but now reads right: remove its 'known gap' line.");
            return;
        }

        Assert.True(expected.SequenceEqual(actual), $"{spec}: the parser's outline (+) differs from the golden one (-):{Environment.NewLine}{Diff(expected, actual)}");
    }

    internal static (DraftForm Form, string Text, IReadOnlyList<string> Outline, string? KnownGap) ReadSpec(string path)
    {
        string content = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
        int textAt = content.IndexOf("\n" + TextSeparator + "\n", StringComparison.Ordinal);
        int outlineAt = content.IndexOf("\n" + OutlineSeparator + "\n", StringComparison.Ordinal);
        if (textAt < 0 || outlineAt < textAt)
        {
            throw new InvalidDataException($"{path}: a golden spec has a header, then '{TextSeparator}', then '{OutlineSeparator}'.");
        }

        string header = content[..textAt];
        DraftForm form = header.Split('\n').Any(l => l.Trim() == "form: markdown") ? DraftForm.Markdown : DraftForm.PlainText;
        string text = content[(textAt + TextSeparator.Length + 2)..(outlineAt + 1)];
        List<string> outline = [.. content[(outlineAt + OutlineSeparator.Length + 2)..].Split('\n').Select(l => l.TrimEnd()).Where(l => l.Length > 0)];
        string? knownGap = header.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith("known gap:", StringComparison.Ordinal))?["known gap:".Length..].Trim();
        return (form, text, outline, knownGap);
    }

    /// <summary>A line diff (longest common subsequence): "-" only in the golden, "+" only in the parser's, " " both.</summary>
    internal static string Diff(IReadOnlyList<string> expected, IReadOnlyList<string> actual)
    {
        int[,] common = new int[expected.Count + 1, actual.Count + 1];
        for (int i = expected.Count - 1; i >= 0; i--)
        {
            for (int j = actual.Count - 1; j >= 0; j--)
            {
                common[i, j] = expected[i] == actual[j] ? common[i + 1, j + 1] + 1 : Math.Max(common[i + 1, j], common[i, j + 1]);
            }
        }

        var diff = new StringBuilder();
        int e = 0, a = 0;
        while (e < expected.Count || a < actual.Count)
        {
            if (e < expected.Count && a < actual.Count && expected[e] == actual[a])
            {
                diff.Append("  ").AppendLine(expected[e++]);
                a++;
            }
            else if (e < expected.Count && (a == actual.Count || common[e + 1, a] >= common[e, a + 1]))
            {
                diff.Append("- ").AppendLine(expected[e++]);
            }
            else
            {
                diff.Append("+ ").AppendLine(actual[a++]);
            }
        }

        return diff.ToString();
    }

    private static string SpecFolder() =>
        Path.Combine(OutlineCommandTests.RepositoryRoot(), "tests", "Resolint.Tests", "Outline", "Golden", "specs");
}
