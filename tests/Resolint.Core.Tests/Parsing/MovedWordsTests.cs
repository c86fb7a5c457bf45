using System.Text;
using CsCheck;
using Resolint.Core.Drafts;
using Resolint.Core.Parsing;
using Resolint.Core.Text;

namespace Resolint.Core.Tests.Parsing;

/// <summary>
/// Paragraphs moved by an edit before them keep the words their block was given when placed: texts alike (a paragraph
/// repeated) share one cache entry, whose words must not be moved again for each of them, nor given to one at another's place.
/// </summary>
public sealed class MovedWordsTests
{
    /// <summary>Operative paragraphs that read alike after their numbers, some with markers, citations or sub-paragraphs.</summary>
    private static string Alike(int count)
    {
        var text = new StringBuilder("# Title\n\nThe General Assembly,\n\n*Recalling* its resolution 66/169 of 19 December 2011,¹\n\n");
        for (int i = 1; i <= count; i++)
        {
            text.Append(i).Append(i % 3 == 0
                ? ". *Requests* the Secretary-General to report on resolution 66/169,² as in A/HRC/23/27;\n\n"
                : i % 3 == 1 ? ". *Decides* to remain seized of the matter;\n\n" : ". *Calls upon* States:\n\n(a) To act;\n\n(b) To report;\n\n");
        }

        return text.Append("¹ A/HRC/23/27.\n\n² A/68/53.\n").ToString();
    }

    [Fact]
    public void Alike_paragraphs_moved_by_an_edit_before_them_are_given_the_words_of_their_blocks()
    {
        string text = Alike(9);
        var cache = new ParseCache();
        DraftParser.Parse(SourceText.From(text), DraftForm.Markdown, cache);
        foreach (string typed in (string[])["x", "y", "\n\nA", "zz"])
        {
            text = text.Insert(7, typed);
            Draft after = DraftParser.Parse(SourceText.From(text), DraftForm.Markdown, cache);

            // The paragraph holds the words its block was given (one object moved, not two), standing where a fresh parse puts them.
            List<DraftBlock> blocks = [.. after.Blocks.Where(block => block.Role == BlockRole.OperativeParagraph)];
            Assert.Equal(blocks.Count, after.Operative.Count);
            for (int i = 0; i < blocks.Count; i++)
            {
                Assert.Same(blocks[i].Words, after.Operative[i].Content);
            }

            Assert.Equal(Outline(DraftParser.Parse(text, DraftForm.Markdown)), Outline(after));
        }
    }

    [Fact]
    public void Edits_anywhere_among_alike_paragraphs_parse_as_from_scratch()
    {
        // Typed before, into or between the paragraphs, or a character taken out: moved, changed, or beside a change.
        string[] typed = ["x", "\n\n", "²", ";", "\n\n4. *Decides* to remain seized of the matter;\n\n", "(c) "];
        Gen.Select(Gen.Int[0, int.MaxValue], Gen.Int[0, 2], Gen.Int[-1, typed.Length - 1]).Array[1, 10].Sample(edits =>
        {
            string text = Alike(7);
            var cache = new ParseCache();
            DraftParser.Parse(SourceText.From(text), DraftForm.Markdown, cache);
            foreach ((int position, int delete, int what) in edits)
            {
                int at = position % (text.Length + 1);
                text = text.Remove(at, Math.Min(delete, text.Length - at)).Insert(at, what < 0 ? string.Empty : typed[what]);
                Assert.Equal(Outline(DraftParser.Parse(text, DraftForm.Markdown)), Outline(DraftParser.Parse(SourceText.From(text), DraftForm.Markdown, cache)));
            }
        }, iter: 60);
    }

    /// <summary>The paragraphs, their words with every source offset, openings, endings, sub-paragraphs and the blocks' words.</summary>
    private static string Outline(Draft draft)
    {
        var text = new StringBuilder();
        foreach (PreambularParagraph paragraph in draft.Preamble)
        {
            text.Append("P ").Append(paragraph.Span).Append(' ').Append(paragraph.Opener).Append(' ').Append(paragraph.Ending).Append(' ');
            Words(text, paragraph.Content);
        }

        foreach (OperativeParagraph paragraph in draft.Operative)
        {
            text.Append("O ").Append(paragraph.Span).Append(' ').Append(paragraph.Number).Append(paragraph.NumberSpan).Append(' ').Append(paragraph.Verb)
                .Append(' ').Append(paragraph.Ending).Append(' ').Append(paragraph.Sequence).Append(paragraph.EndsSection).Append(paragraph.IntroducesText).Append(' ');
            Words(text, paragraph.Content);
            foreach (SubParagraph sub in paragraph.SubParagraphs)
            {
                text.Append("  S ").Append(sub.Span).Append(sub.Label).Append(sub.LabelSpan).Append(sub.Children.Count).Append(' ').Append(sub.Ending).Append(' ');
                Words(text, sub.Content);
            }
        }

        foreach (DraftBlock block in draft.Blocks)
        {
            text.Append("B ").Append(block.Span).Append(block.Role).Append(' ');
            if (block.Words is { } words)
            {
                Words(text, words);
            }
            else
            {
                text.AppendLine();
            }
        }

        text.AppendJoin(' ', draft.Citations.Select(citation => citation.Span)).AppendLine();
        return text.AppendJoin(' ', draft.FootnoteReferences).ToString();
    }

    private static void Words(StringBuilder text, InlineText words)
    {
        text.Append('"').Append(words.Text).Append("\" at");
        for (int i = 0; i <= words.Length; i++)
        {
            text.Append(' ').Append(words.ToSourceOffset(i));
        }

        text.Append(" italic ").AppendJoin(' ', words.Italics).AppendLine();
    }
}
