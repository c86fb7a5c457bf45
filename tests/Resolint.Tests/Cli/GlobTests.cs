using Resolint.Cli;

namespace Resolint.Tests.Cli;

public class GlobTests
{
    [Theory]
    [InlineData("*.md", "a.md", true)]
    [InlineData("*.md", "sub/a.md", false)]
    [InlineData("**/*.md", "a.md", true)]
    [InlineData("**/*.md", "x/y/z/a.md", true)]
    [InlineData("**", "x/y/a.txt", true)]
    [InlineData("x/**/a.md", "x/a.md", true)]
    [InlineData("x/**/a.md", "x/y/a.md", true)]
    [InlineData("x/**/a.md", "xa.md", false)]
    [InlineData("draft?.md", "draft1.md", true)]
    [InlineData("draft?.md", "draft10.md", false)]
    [InlineData("draft?.md", "draft/.md", false)]
    [InlineData("[ab].md", "a.md", true)]
    [InlineData("[ab].md", "c.md", false)]
    [InlineData("[!ab].md", "c.md", true)]
    [InlineData("[a-c].md", "b.md", true)]
    [InlineData("[]].md", "].md", true)]
    [InlineData("*.{md,txt}", "a.txt", true)]
    [InlineData("*.{md,txt}", "a.docx", false)]
    [InlineData("A-RES-*.txt", "A-RES-68-171.txt", true)]
    [InlineData("a+b(1).md", "a+b(1).md", true)]
    public void MatchesAsShellsMatch(string pattern, string path, bool matches) =>
        Assert.Equal(matches, Glob.Parse(pattern).IsMatch(path));

    [Theory]
    [InlineData("drafts/*.md", "drafts", "*.md")]
    [InlineData("drafts/2024/**/*.md", "drafts/2024", "**/*.md")]
    [InlineData("*.md", ".", "*.md")]
    [InlineData("/srv/drafts/*.txt", "/srv/drafts", "*.txt")]
    [InlineData("drafts/*/final.md", "drafts", "*/final.md")]
    public void TheLiteralFoldersBeforeTheFirstWildcardAreWhereTheSearchStarts(string glob, string baseDirectory, string pattern)
    {
        Glob parsed = Glob.Parse(glob);

        Assert.Equal((baseDirectory, pattern), (parsed.BaseDirectory, parsed.Pattern));
    }

    [Theory]
    [InlineData("*.md", true)]
    [InlineData("draft[1].md", true)]
    [InlineData("drafts/a.md", false)]
    public void KnowsAPatternFromAPath(string path, bool isGlob) => Assert.Equal(isGlob, Glob.IsGlob(path));
}
