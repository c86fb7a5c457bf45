using CsCheck;
using Resolint.Cli;

namespace Resolint.Tests.Cli;

public class UnifiedDiffTests
{
    [Fact]
    public void EqualTextsHaveNoDiff() => Assert.Equal(string.Empty, UnifiedDiff.Create("a\nb\n", "a\nb\n", "x.md"));

    [Fact]
    public void ChangesFarApartMakeSeparateHunksWithThreeLinesOfContext()
    {
        string before = string.Concat(Enumerable.Range(1, 12).Select(i => $"line {i}\n"));
        string after = before.Replace("line 2\n", "two\n", StringComparison.Ordinal).Replace("line 11\n", "eleven\n", StringComparison.Ordinal);

        Assert.Equal(
            "--- a/x.md\n+++ b/x.md\n"
            + "@@ -1,5 +1,5 @@\n line 1\n-line 2\n+two\n line 3\n line 4\n line 5\n"
            + "@@ -8,5 +8,5 @@\n line 8\n line 9\n line 10\n-line 11\n+eleven\n line 12\n",
            UnifiedDiff.Create(before, after, "x.md"));
    }

    [Fact]
    public void ChangesWhoseContextsMeetShareAHunk()
    {
        string before = string.Concat(Enumerable.Range(1, 9).Select(i => $"{i}\n"));
        string after = before.Replace("1\n", "one\n", StringComparison.Ordinal).Replace("8\n", "eight\n", StringComparison.Ordinal);

        Assert.Single(UnifiedDiff.Create(before, after, "x.md").Split('\n'), l => l.StartsWith("@@", StringComparison.Ordinal));
    }

    [Fact]
    public void InsertionIntoAnEmptyTextNamesLineZero()
    {
        Assert.Equal("--- a/x.md\n+++ b/x.md\n@@ -0,0 +1 @@\n+new\n", UnifiedDiff.Create(string.Empty, "new\n", "x.md"));
    }

    [Fact]
    public void LastLineWithoutBreakIsMarked()
    {
        Assert.Equal(
            "--- a/x.md\n+++ b/x.md\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+c\n\\ No newline at end of file\n",
            UnifiedDiff.Create("a\nb", "a\nc", "x.md"));
    }

    [Fact]
    public void CarriageReturnsStayInTheirLines()
    {
        Assert.Equal("--- a/x.md\n+++ b/x.md\n@@ -1 +1 @@\n-a\r\n+b\r\n", UnifiedDiff.Create("a\r\n", "b\r\n", "x.md"));
    }

    [Fact]
    public void ApplyingTheDiffToTheOldTextGivesTheNewText()
    {
        Gen<string> line = Gen.OneOf("a\n", "b\n", "c\n", "d\r\n", "e");
        Gen<string> text = line.Array[0, 25].Select(lines => string.Concat(lines.Where((l, i) => !l.EndsWith('e') || i == lines.Length - 1)));
        Gen.Select(text, text).Sample((before, after) =>
        {
            string diff = UnifiedDiff.Create(before, after, "x.md");
            Assert.Equal(after, Patch(before, diff));
        });
    }

    /// <summary>Applies a unified diff as patch does, trusting its hunk headers: enough to check that the diff says what changed.</summary>
    private static string Patch(string text, string diff)
    {
        if (diff.Length == 0)
        {
            return text;
        }

        List<string> lines = Split(text);
        string[] diffLines = diff.Split('\n');
        var result = new List<string>();
        int taken = 0;
        for (int i = 2; i < diffLines.Length - 1; i++)
        {
            string header = diffLines[i];
            int oldStart = int.Parse(header[4..header.IndexOfAny([',', ' '], 4)], System.Globalization.CultureInfo.InvariantCulture);
            int start = header[4..].Split(' ')[0].EndsWith(",0", StringComparison.Ordinal) ? oldStart : oldStart - 1;
            result.AddRange(lines.Skip(taken).Take(start - taken));
            taken = start;
            for (i++; i < diffLines.Length - 1 && !diffLines[i].StartsWith("@@", StringComparison.Ordinal); i++)
            {
                string body = diffLines[i][1..] + "\n";
                if (i + 1 < diffLines.Length && diffLines[i + 1] == "\\ No newline at end of file")
                {
                    body = body[..^1];
                }

                switch (diffLines[i][0])
                {
                    case ' ':
                        Assert.Equal(lines[taken], body);
                        result.Add(body);
                        taken++;
                        break;
                    case '-':
                        Assert.Equal(lines[taken], body);
                        taken++;
                        break;
                    case '+':
                        result.Add(body);
                        break;
                }

                if (i + 1 < diffLines.Length && diffLines[i + 1] == "\\ No newline at end of file")
                {
                    i++;
                }
            }

            i--;
        }

        result.AddRange(lines.Skip(taken));
        return string.Concat(result);
    }

    private static List<string> Split(string text)
    {
        var lines = new List<string>();
        for (int start = 0; start < text.Length;)
        {
            int end = text.IndexOf('\n', start);
            end = end < 0 ? text.Length : end + 1;
            lines.Add(text[start..end]);
            start = end;
        }

        return lines;
    }
}
