using CsCheck;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Resolint.Core.Parsing;
using Resolint.Core.Text;

namespace Resolint.Core.Tests.Parsing;

/// <summary>
/// Words Markdig left where they stand in the text it read are taken as the source's without comparing them: whatever
/// the draft holds (noise lines blanked, escapes, entities, a NUL Markdig replaces, paragraphs of several lines), each
/// literal must be told one to one exactly when its characters are the source's at its place.
/// </summary>
public sealed class MarkdownOneToOneTests
{
    private static readonly string[] Pieces =
    [
        "Decides to", "1. ", "2.", "*Noting*", "**bold**", "_x_", "a_b", "\\*", "\\_", "&amp;", "&#10;", "`code`", "[^1]",
        "[^1]: A note", "# ", "#\t", "> ", "- ", "    ", "\t", " ", "\0", "é", "13-44971 (E)", "Please recycle", "5", "A/RES/68/171",
        "<<ODS JOB NO>>", "[39/17](#)", "<b>", "```", "---",
    ];

    private static readonly Gen<string> AnyLine = Gen.OneOf(Pieces).Array[0, 6].Select(string.Concat);

    private static readonly Gen<string> AnyText =
        Gen.Select(AnyLine.Array[1, 16], Gen.OneOf("\n", "\r\n", "\r", "\n\n"))
            .Select((lines, lineBreak) => string.Join(lineBreak, lines));

    [Fact]
    public void A_literal_is_one_to_one_when_its_characters_are_the_sources()
    {
        Gen.Select(AnyText, Gen.Int[0, 100])
            .Sample((text, pick) =>
            {
                var lines = new SourceLines(SourceText.From(text));
                // From the start or from a line's, as an edit's stretch is read.
                int origin = lines.Text.LineStart(pick % lines.Text.LineCount);
                MarkdownDocument? document = MarkdownReader.Parse(lines, origin, text.Length, out string read);
                if (document is null)
                {
                    return;
                }

                foreach (LiteralInline literal in document.Descendants<LiteralInline>())
                {
                    var content = literal.Content;
                    if (content.Length <= 0 || literal.Span.Start < 0)
                    {
                        continue;
                    }

                    bool compared = literal.Span.Length == content.Length && origin + literal.Span.End < text.Length + 1
                        && string.CompareOrdinal(text, origin + literal.Span.Start, content.Text, content.Start, content.Length) == 0;
                    Assert.Equal(compared, MarkdownReader.IsOneToOne(text, origin, read, content.Text, content.Start, content.Length, literal.Span));
                }
            });
    }

    [Fact]
    public void Words_of_the_text_read_at_another_place_are_compared()
    {
        Assert.False(MarkdownReader.IsOneToOne("ab ba", 0, "ab ba", "ab ba", 3, 2, new SourceSpan(0, 1)));
        Assert.True(MarkdownReader.IsOneToOne("ab ab", 0, "ab ab", "ab ab", 3, 2, new SourceSpan(0, 1)));
    }
}
