using Resolint.Core.Corpus;

namespace Resolint.Core.Tests.Corpus;

public sealed class CorpusSourceTests
{
    [Fact]
    public void A_folder_gives_its_text_and_markdown_files_at_any_depth_but_not_its_readme()
    {
        using var folder = new TemporaryFolder();
        string top = folder.Write("A-RES-75-1.txt", "one");
        string nested = folder.Write("2021/A-RES-76-1.md", "two");
        folder.Write("README.md", "about this corpus");
        folder.Write("notes.pdf", "binary");
        folder.Write(".git/HEAD.txt", "hidden");

        CorpusReading reading = CorpusSource.FromFolder(folder.Path);

        Assert.Empty(reading.Problems);
        Assert.Equal([(nested, "two"), (top, "one")], reading.Documents.Select(d => (d.Name, d.Text)));
    }

    [Fact]
    public void A_missing_folder_is_a_problem_not_an_exception()
    {
        string missing = Path.Combine(Path.GetTempPath(), "resolint-no-such-folder-" + Guid.NewGuid().ToString("N"));

        CorpusReading reading = CorpusSource.FromFolder(missing);

        Assert.Empty(reading.Documents);
        Assert.Equal($"Corpus folder '{missing}' does not exist.", Assert.Single(reading.Problems));
    }

    [Fact]
    public void A_file_given_as_a_folder_is_a_problem()
    {
        using var folder = new TemporaryFolder();
        string file = folder.Write("A-RES-75-1.txt", "one");

        CorpusReading reading = CorpusSource.FromFolder(file);

        Assert.Empty(reading.Documents);
        Assert.Contains("is a file", Assert.Single(reading.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_folder_says_so()
    {
        using var folder = new TemporaryFolder();

        CorpusReading reading = CorpusSource.FromFolder(folder.Path);

        Assert.Empty(reading.Documents);
        Assert.Contains("holds no .txt, .md, .docx or Akoma Ntoso .xml files", Assert.Single(reading.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public void An_invalid_path_is_a_problem()
    {
        CorpusReading reading = CorpusSource.FromFolder("bad\0path");

        Assert.Contains("is not a valid path", Assert.Single(reading.Problems), StringComparison.Ordinal);
    }
}
