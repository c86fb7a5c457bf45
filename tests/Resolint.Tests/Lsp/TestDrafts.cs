using System.Text.Json.Nodes;

namespace Resolint.Tests.Lsp;

/// <summary>Drafts the LSP tests open, and positions in them found the way an editor counts (UTF-16).</summary>
internal static class TestDrafts
{
    public const string Uri = "file:///drafts/nhri.md";

    /// <summary>A Markdown draft whose operative numbering jumps from 2 to 4 (RES101), with three footnotes, one cited twice.</summary>
    public const string Markdown = """
        General Assembly

        Eightieth session

        Agenda item 70 (b)

        80/999. National human rights institutions

        The General Assembly,

        Recalling its resolution 78/187 of 19 December 2023 on national institutions,¹

        Recalling also the principles relating to the status of national institutions (the Paris Principles),²

        Welcoming the work of the Global Alliance of National Human Rights Institutions,

        1. *Welcomes* the report of the Secretary-General;³

        2. *Requests* Member States to establish national institutions in line with the Paris Principles;²

        4. *Encourages* the Secretary-General to report on the implementation of the present resolution;

        5. *Decides* to remain seized of the matter.

        ¹ See *Official Records of the General Assembly, Seventy-eighth Session, Supplement No. 53 (A/78/53)*, chap. IV.

        ² Resolution 48/134, annex.

        ³ A/80/208.
        """;

    /// <summary>The same draft numbered 1 to 4.</summary>
    public static readonly string Renumbered = Markdown
        .Replace("4. *Encourages*", "3. *Encourages*", StringComparison.Ordinal)
        .Replace("5. *Decides*", "4. *Decides*", StringComparison.Ordinal);

    /// <summary>The 0-based line and UTF-16 column of the n-th occurrence (0-based) of a string, plus an offset into it.</summary>
    public static (int Line, int Character) Find(string text, string needle, int occurrence = 0, int plus = 0)
    {
        int at = -1;
        for (int i = 0; i <= occurrence; i++)
        {
            at = text.IndexOf(needle, at + 1, StringComparison.Ordinal);
            Assert.True(at >= 0, $"'{needle}' occurs fewer than {occurrence + 1} times");
        }

        at += plus;
        int line = text[..at].Count(c => c == '\n');
        int lineStart = at == 0 ? 0 : text.LastIndexOf('\n', at - 1) + 1;
        return (line, at - lineStart);
    }

    public static object Position(string text, string needle, int occurrence = 0, int plus = 0)
    {
        (int line, int character) = Find(text, needle, occurrence, plus);
        return new { line, character };
    }

    public static object At(string uri, string text, string needle, int occurrence = 0, int plus = 0) =>
        new { textDocument = new { uri }, position = Position(text, needle, occurrence, plus) };

    public static (int Line, int Character) Start(JsonNode range) =>
        ((int)range["start"]!["line"]!, (int)range["start"]!["character"]!);
}
