using System.Text.Json;
using Resolint.Cli;

namespace Resolint.Tests.Outline;

/// <summary>`resolint outline` prints the model of each draft for users and tools.</summary>
public sealed class OutlineCommandTests
{
    private static string Seed(string name) => Path.Combine(RepositoryRoot(), "seeds", name);

    [Fact]
    public void Json_outline_of_a_seed_has_the_documented_keys()
    {
        var output = new StringWriter();
        int exit = OutlineCommand.Run([Seed("A-RES-68-171.txt")], "json", output, new StringWriter());

        Assert.Equal(0, exit);
        using JsonDocument json = JsonDocument.Parse(output.ToString());
        JsonElement root = json.RootElement;
        Assert.Equal("A/RES/68/171", root.GetProperty("symbol").GetString());
        Assert.Equal("General Assembly", root.GetProperty("body").GetString());
        Assert.Equal("National institutions for the promotion and protection of human rights", root.GetProperty("title").GetString());
        Assert.Equal(12, root.GetProperty("preamble").GetArrayLength());
        JsonElement first = root.GetProperty("operative")[0];
        Assert.Equal(1, first.GetProperty("number").GetInt32());
        Assert.Equal("Takes note with appreciation", first.GetProperty("verb").GetString());
        Assert.Equal(18, first.GetProperty("line").GetInt32());
        Assert.Equal(
            "1 2 3 4 5 6 7 3 4 8 9 10",
            string.Join(' ', root.GetProperty("footnoteReferences").EnumerateArray().Select(r => r.GetProperty("number").GetInt32())));
        JsonElement marker = root.GetProperty("footnoteReferences")[0];
        Assert.Equal(6, marker.GetProperty("line").GetInt32());
        Assert.Equal(10, root.GetProperty("footnotes").GetArrayLength());
        Assert.Equal("Resolution 48/134, annex.", root.GetProperty("footnotes")[2].GetProperty("text").GetString());
    }

    [Fact]
    public void Several_files_give_an_array_and_the_symbol_is_derived_where_the_text_lacks_it()
    {
        var output = new StringWriter();
        int exit = OutlineCommand.Run([Seed("A-RES-74-156.txt"), Seed("A-HRC-RES-36-29.txt")], "json", output, new StringWriter());

        Assert.Equal(0, exit);
        using JsonDocument json = JsonDocument.Parse(output.ToString());
        Assert.Equal(JsonValueKind.Array, json.RootElement.ValueKind);
        Assert.Equal("A/RES/74/156", json.RootElement[0].GetProperty("symbol").GetString());
        Assert.Equal("A/HRC/RES/36/29", json.RootElement[1].GetProperty("symbol").GetString());
        Assert.Equal("Human Rights Council", json.RootElement[1].GetProperty("body").GetString());
    }

    [Fact]
    public void Why_prints_each_block_with_its_role_and_reason()
    {
        var output = new StringWriter();
        OutlineCommand.Run([Seed("A-RES-68-171.txt")], "text", output, new StringWriter(), why: true);

        string text = output.ToString();
        Assert.Contains("OrganLine", text, StringComparison.Ordinal);
        Assert.Contains("OperativeParagraph   a numbered paragraph  | 1.", text, StringComparison.Ordinal);
        Assert.Contains("AdoptionLine         the meeting at which the resolution was adopted", text, StringComparison.Ordinal);

        var json = new StringWriter();
        OutlineCommand.Run([Seed("A-RES-68-171.txt")], "json", json, new StringWriter(), why: true);
        using JsonDocument document = JsonDocument.Parse(json.ToString());
        JsonElement organ = document.RootElement.GetProperty("blocks").EnumerateArray().First(b => b.GetProperty("role").GetString() == "OrganLine");
        Assert.Equal(5, organ.GetProperty("line").GetInt32());
        Assert.False(string.IsNullOrEmpty(organ.GetProperty("reason").GetString()));
    }

    [Fact]
    public void Text_outline_reads_like_a_table_of_contents()
    {
        var output = new StringWriter();
        OutlineCommand.Run([Seed("A-RES-66-164.txt")], "text", output, new StringWriter());

        string text = output.ToString();
        Assert.Contains("A/RES/66/164 — General Assembly", text, StringComparison.Ordinal);
        Assert.Contains("Operative: 17 paragraphs", text, StringComparison.Ordinal);
        Assert.Contains("1. Calls upon", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_named_and_exits_2()
    {
        var error = new StringWriter();
        int exit = OutlineCommand.Run(["/no/such/draft.txt"], "json", new StringWriter(), error);

        Assert.Equal(2, exit);
        Assert.Contains("/no/such/draft.txt", error.ToString(), StringComparison.Ordinal);
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
