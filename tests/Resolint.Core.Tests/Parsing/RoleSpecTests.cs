using System.Globalization;
using Resolint.Core.Drafts;
using Resolint.Core.Parsing;

namespace Resolint.Core.Tests.Parsing;

/// <summary>
/// The block roles' spec: each fixture under Parsing/Roles is a short real excerpt followed by "&lt;&lt;&lt;&lt; roles"
/// and, one a line, "L12 OperativeParagraph": the role the block that starts on that line must have. A fixture named
/// "Role.yes.case" shows the role where it must be given; "Role.no.case" a look-alike where it must not (its lines
/// expect the role the look-alike really has).
/// </summary>
public sealed class RoleSpecTests
{
    private const string Marker = "<<<< roles\n";

    public static TheoryData<string> Fixtures()
    {
        var data = new TheoryData<string>();
        foreach (string path in Directory.EnumerateFiles(Folder).OrderBy(p => p, StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(path));
        }

        return data;
    }

    private static string Folder => Path.Combine(AppContext.BaseDirectory, "Parsing", "Roles");

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Fixture_gives_each_line_its_role(string name)
    {
        string content = File.ReadAllText(Path.Combine(Folder, name)).Replace("\r\n", "\n", StringComparison.Ordinal);
        int at = content.IndexOf(Marker, StringComparison.Ordinal);
        Assert.True(at >= 0, $"{name}: no '{Marker.Trim()}' section");
        DraftForm form = name.EndsWith(".md", StringComparison.Ordinal) ? DraftForm.Markdown : DraftForm.PlainText;
        Draft draft = DraftParser.Parse(content[..at], form);
        string[] parts = name.Split('.');
        BlockRole named = Enum.Parse<BlockRole>(parts[0]);
        bool yes = parts[1] == "yes";
        var expected = content[(at + Marker.Length)..].Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => l.Split(' ', 2))
            .Select(p => (Line: int.Parse(p[0][1..], CultureInfo.InvariantCulture), Role: Enum.Parse<BlockRole>(p[1].Trim())))
            .ToList();
        // A "yes" fixture shows the role; a "no" fixture shows a look-alike given another role (it may show the role
        // elsewhere, as the real text around the look-alike has it).
        Assert.True(!yes || expected.Any(e => e.Role == named), $"{name}: a fixture for {named} expects it on no line");
        foreach ((int line, BlockRole role) in expected)
        {
            DraftBlock? block = draft.Blocks.FirstOrDefault(b => draft.Text.LineOf(b.Span.Start) + 1 == line);
            Assert.True(block is not null, $"{name}: no block starts on line {line}");
            Assert.True(role == block.Role, $"{name}: line {line} is {block.Role} ({block.Reason}), expected {role}");
        }
    }

    [Fact]
    public void Every_role_has_a_fixture_that_gives_it_and_one_that_does_not()
    {
        string[] names = Directory.EnumerateFiles(Folder).Select(Path.GetFileName).ToArray()!;
        foreach (BlockRole role in Enum.GetValues<BlockRole>())
        {
            Assert.Contains(names, n => n.StartsWith($"{role}.yes.", StringComparison.Ordinal));
            Assert.Contains(names, n => n.StartsWith($"{role}.no.", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Every_block_has_a_role_and_a_reason_in_text_order()
    {
        string text = File.ReadAllText(Path.Combine(Folder, "Continuation.yes.security-council.txt"));
        Draft draft = DraftParser.Parse(text[..text.IndexOf(Marker, StringComparison.Ordinal)]);
        Assert.NotEmpty(draft.Blocks);
        Assert.All(draft.Blocks, b => Assert.False(string.IsNullOrWhiteSpace(b.Reason)));
        Assert.Equal(draft.Blocks.OrderBy(b => b.Span.Start).Select(b => b.Span.Start), draft.Blocks.Select(b => b.Span.Start));
    }
}
