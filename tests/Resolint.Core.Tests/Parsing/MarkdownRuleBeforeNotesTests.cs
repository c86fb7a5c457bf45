using CsCheck;
using Markdig;
using Markdig.Syntax;
using Resolint.Core.Parsing;
using Resolint.Core.Text;

namespace Resolint.Core.Tests.Parsing;

/// <summary>
/// The page's closing rule before the footnotes is left for Markdig to read as a thematic break instead of blanked in a
/// copy of the text: whatever stands around it, the blocks must be those read from the text with every noise line blanked.
/// </summary>
public sealed class MarkdownRuleBeforeNotesTests
{
    private static readonly string[] Lines =
    [
        "", "", "  ", "__________________", "___", "___ ", "Decides to act;", "1. *Decides* to act;", "2. Notes", "- item", "* item",
        "    indented", "   four", "\tTabbed", "[^1]: A/HRC/51/6, para. 67.", "[^2]: Ibid.", "[^x] not a note", "    continued note",
        "> quoted", "```", "~~~", "<!--", "-->", "<div>", "# Heading", "Text[^1] cited", "---", "===", "13-44971 (E)",
        "Please recycle", "5", "[a]: /url", "10) item",
    ];

    private static readonly Gen<string[]> AnyLines = Gen.OneOf(Lines).Array[0, 8];

    /// <summary>Any lines, or any lines around a closing rule between blank lines before notes, as drafts end.</summary>
    private static readonly Gen<string> AnyText =
        Gen.Select(AnyLines, AnyLines, Gen.Bool, Gen.OneOf("\n", "\r\n"))
            .Select((before, after, closing, lineBreak) => string.Join(lineBreak, closing
                ? [.. before, "", "__________________", "", "[^1]: A/HRC/51/6, para. 67.", .. after]
                : [.. before, .. after]));

    [Fact]
    public void Leaving_the_rule_reads_the_blocks_blanking_it_reads()
    {
        AnyText.Sample(text =>
        {
            var lines = new SourceLines(SourceText.From(text));
            for (int line = 0; line < lines.Text.LineCount; line++)
            {
                int origin = lines.Text.LineStart(line);
                MarkdownDocument? document = MarkdownReader.Parse(lines, origin, text.Length, out string read);
                string blanked = MarkdownReader.Blanked(lines, origin, text.Length);
                MarkdownDocument? expected = null;
                try
                {
                    expected = Markdown.Parse(blanked, MarkdownReader.Pipeline);
                }
                catch (ArgumentException)
                {
                }

                Assert.Equal(expected is null, document is null);
                if (document is null || expected is null)
                {
                    continue;
                }

                Assert.Equal(
                    Describe(MarkdownReader.Visit(expected, blanked, text, origin, out bool expectedDetached), expectedDetached),
                    Describe(MarkdownReader.Visit(document, read, text, origin, out bool detached), detached));
                Assert.Equal(
                    MarkdownReader.StartsOf(expected, lines, origin).Where(s => !lines.Noise[lines.Text.LineOf(s)].HasValue),
                    MarkdownReader.StartsOf(document, lines, origin).Where(s => !lines.Noise[lines.Text.LineOf(s)].HasValue));
            }
        }, iter: 50_000);
    }

    [Fact]
    public void A_drafts_closing_rule_is_not_copied_to_be_blanked()
    {
        const string text = "1. *Decides* to remain seized of the matter.\n\n__________________\n\n[^1]: A/HRC/51/6, para. 67.\n";
        var lines = new SourceLines(SourceText.From(text));
        Assert.NotNull(lines.Noise[2]);
        MarkdownReader.Parse(lines, 0, text.Length, out string read);
        Assert.Same(text, read);
    }

    private static string Describe(List<Resolint.Core.Parsing.Block> blocks, bool detached) =>
        $"{detached}|" + string.Join("\n", blocks.Select(b =>
            $"{b.Kind} {b.Span} {b.Text.ToInlineText().Text} {b.NumberText} {b.Number} {b.NumberSpan} {b.AfterPageBreak} {string.Join(",", b.Segments)}"));
}
