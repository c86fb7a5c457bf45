using System.Text;
using Resolint.Core.Checking;
using Resolint.Core.Drafts;

namespace Resolint.Core.Tests.Checking;

public class ConfigurationReaderTests
{
    private static readonly string[] KnownRules = ["RES101", "RES201", "RES900"];

    private static Configuration Parse(string json, string path = "/drafts/.resolint.json") =>
        ConfigurationReader.Parse(Encoding.UTF8.GetBytes(json), path, KnownRules);

    private static string[] Errors(string json) =>
        Assert.Throws<ConfigurationException>(() => Parse(json)).Errors.Select(e => $"{e.Line}:{e.Column}: {e.Message}").ToArray();

    [Fact]
    public void ReadsEverySetting()
    {
        using var folder = new TemporaryFolder();
        folder.Folder("adopted");
        string path = folder.Write(".resolint.json", "{}");

        Configuration configuration = Parse(
            """
            {
              // Comments and trailing commas are allowed, as in VS Code's own settings.
              "$schema": "https://example.org/resolint.schema.json",
              "rules": { "RES201": "off", "res101": "error", },
              "corpus": ["adopted"],
              "forms": { "markdown": [".res.md"], "text": [".txt", ".resolution"] },
              "italics": "always",
              "extensions": [".draft"]
            }
            """,
            path);

        Assert.Equal(path, configuration.File);
        Assert.Equal(RuleLevel.Off, configuration.RuleLevels["RES201"]);
        Assert.Equal(RuleLevel.Error, configuration.RuleLevels["RES101"]);
        Assert.Equal([Path.Combine(folder.Path, "adopted")], configuration.CorpusFolders);
        Assert.Equal(ItalicsPolicy.Always, configuration.Italics);
        Assert.Equal(ItalicsPolicy.Always, configuration.CheckOptions.Italics);
        Assert.Equal(RuleLevel.Off, configuration.CheckOptions.RuleLevels["res201"]);

        Assert.Equal(DraftForm.Markdown, configuration.FormOf("a/b/A-RES-70-1.res.md"));
        Assert.Equal(DraftForm.Markdown, configuration.FormOf("notes.md"));
        Assert.Equal(DraftForm.PlainText, configuration.FormOf("A-RES-70-1.TXT"));
        Assert.Equal(DraftForm.PlainText, configuration.FormOf("draft.resolution"));
        Assert.Null(configuration.FormOf("draft.draft"));

        Assert.True(configuration.IsDraftFile("x/draft.draft"));
        Assert.True(configuration.IsDraftFile("x/draft.resolution"));
        Assert.True(configuration.IsDraftFile("x/draft.markdown"));
        Assert.False(configuration.IsDraftFile("x/draft.docx"));
    }

    [Fact]
    public void WithoutSettingsTxtFilesAreReadInTheFormTheirTextShows()
    {
        Configuration configuration = Parse("{}");

        Assert.Null(configuration.FormOf("A-RES-74-156.txt"));
        Assert.Equal(DraftForm.Markdown, configuration.FormOf("draft.md"));
        Assert.Empty(configuration.RuleLevels);
        Assert.Equal(ItalicsPolicy.Corpus, configuration.Italics);
    }

    [Fact]
    public void DefaultsReadMarkdownFilesAsMarkdown()
    {
        Assert.Equal(DraftForm.Markdown, Configuration.Default.FormOf("draft.md"));
        Assert.Null(Configuration.Default.FormOf("draft.txt"));
        Assert.True(Configuration.Default.IsDraftFile("draft.txt"));
    }

    [Fact]
    public void UnknownSettingIsReportedAtItsKey()
    {
        Assert.Equal(
            ["3:3: unknown setting \"rule\"; the settings are \"rules\", \"corpus\", \"catalogue\", \"forms\", \"italics\", \"extensions\""],
            Errors("{\n  \"italics\": \"off\",\n  \"rule\": { \"RES201\": \"off\" }\n}"));
    }

    [Fact]
    public void EveryMistakeIsReportedNotJustTheFirst()
    {
        string[] errors = Errors("""
            {
              "rules": { "RES201": "warn", "RES999": "off", "RES101": 2 },
              "italics": "sometimes",
              "forms": { "markdown": ["md"], "html": [".html"] },
              "extensions": ".draft"
            }
            """);

        Assert.Equal(
            [
                "2:24: the level of RES201 must be \"off\", \"info\", \"warning\" or \"error\"",
                "2:32: unknown rule \"RES999\" (`resolint rules` lists them)",
                "2:59: the level of RES101 must be \"off\", \"info\", \"warning\" or \"error\"",
                "3:14: \"italics\" must be \"corpus\", \"always\" or \"off\"",
                "4:27: an entry of \"forms.markdown\" must be a file-name ending that starts with a dot, like \".md\" or \".res.md\"",
                "4:34: unknown form \"html\"; the forms are \"markdown\" and \"text\"",
                "5:17: \"extensions\" must be an array of file-name endings: [\".md\"]",
            ],
            errors);
    }

    [Fact]
    public void MissingCorpusFolderIsReportedAtItsName()
    {
        using var folder = new TemporaryFolder();
        string path = folder.Write(".resolint.json", "{}");

        ConfigurationException error = Assert.Throws<ConfigurationException>(() => Parse("{ \"corpus\": [\"adopted\"] }", path));

        ConfigurationError only = Assert.Single(error.Errors);
        Assert.Equal((path, 1, 14), (only.File, only.Line, only.Column));
        Assert.StartsWith("corpus folder \"adopted\" does not exist", only.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SyntaxErrorIsReportedWhereItStandsAfterTheMistakesBeforeIt()
    {
        string[] errors = Errors("{\n  \"italics\": \"never\",\n  \"rules\": { \"RES201\": \"off\" \"RES101\": \"off\" }\n}");

        Assert.Equal(2, errors.Length);
        Assert.StartsWith("2:14: \"italics\" must be", errors[0], StringComparison.Ordinal);
        Assert.StartsWith("3:30: invalid JSON: ", errors[1], StringComparison.Ordinal);
    }

    [Fact]
    public void ColumnsCountUtf16UnitsAsEditorsDo()
    {
        // "é" is two bytes in UTF-8 but one column; "𝒜" is four bytes and two UTF-16 units.
        Assert.StartsWith("1:21:", Errors("{ \"$schema\": \"é𝒜\", \"x\": 1 }")[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[]", "1:1: the configuration must be a JSON object")]
    [InlineData("{} {}", "1:4: invalid JSON")]
    [InlineData("", "1:1: invalid JSON")]
    [InlineData("{ \"rules\": [] }", "1:12: \"rules\" must be an object")]
    [InlineData("{ \"italics\": \"off\", \"italics\": \"always\" }", "1:21: \"italics\" is given twice")]
    public void MalformedConfigurationsAreRefusedWithAPosition(string json, string expected) =>
        Assert.StartsWith(expected, Errors(json)[0], StringComparison.Ordinal);

    [Fact]
    public void ByteOrderMarkIsAccepted()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("{ \"italics\": \"off\" }")];

        Assert.Equal(ItalicsPolicy.Off, ConfigurationReader.Parse(bytes, "/x/.resolint.json", KnownRules).Italics);
    }

    [Fact]
    public void ErrorsPrintAsCompilersPrintThem()
    {
        ConfigurationError error = Assert.Throws<ConfigurationException>(() => Parse("{ \"x\": 1 }", "/drafts/.resolint.json")).Errors[0];

        Assert.StartsWith("/drafts/.resolint.json:1:3: unknown setting \"x\"", error.ToString(), StringComparison.Ordinal);
    }
}
