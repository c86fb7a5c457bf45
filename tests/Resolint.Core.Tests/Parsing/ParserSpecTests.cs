using Resolint.Core.Drafts;
using Resolint.Core.Parsing;

namespace Resolint.Core.Tests.Parsing;

/// <summary>
/// The parser's spec: each fixture under Parsing/Fixtures is a draft followed by "&lt;&lt;&lt;&lt; outline" and
/// the outline the parser must read from it (see <see cref="OutlineSpec"/>).
/// </summary>
public sealed class ParserSpecTests
{
    private const string Marker = "<<<< outline\n";

    public static TheoryData<string> Fixtures()
    {
        var data = new TheoryData<string>();
        foreach (string path in Directory.EnumerateFiles(Folder).OrderBy(p => p, StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(path));
        }

        return data;
    }

    private static string Folder => Path.Combine(AppContext.BaseDirectory, "Parsing", "Fixtures");

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Fixture_outline_is_exact(string name)
    {
        string content = File.ReadAllText(Path.Combine(Folder, name)).Replace("\r\n", "\n", StringComparison.Ordinal);
        int at = content.IndexOf(Marker, StringComparison.Ordinal);
        Assert.True(at >= 0, $"{name}: no '{Marker.Trim()}' section");
        string draftText = content[..at];
        string expected = content[(at + Marker.Length)..];
        DraftForm? form = name.EndsWith(".md", StringComparison.Ordinal) ? DraftForm.Markdown : DraftForm.PlainText;
        Draft draft = DraftParser.Parse(draftText, form);
        string actual = OutlineSpec.Write(draft);

        // RESOLINT_PRINT_OUTLINES=dir writes what the parser read, to review by eye when writing a fixture.
        if (Environment.GetEnvironmentVariable("RESOLINT_PRINT_OUTLINES") is { Length: > 0 } dir)
        {
            File.WriteAllText(Path.Combine(dir, name + ".outline"), actual);
        }

        Assert.Equal(expected, actual);
    }
}
