using Resolint.Core.Drafts;
using Resolint.Core.Text;

namespace Resolint.Core.Rules.Language;

/// <summary>
/// Words are separated by one space (Editorial Manual: no double spacing, not even after a full stop).
/// Doubled spaces are left behind by deletions during negotiation. Only spaces between the words of a
/// paragraph or footnote count: indentation, the layout after a paragraph number or label, tabs used as
/// layout in plain text, trailing spaces and production noise are not the drafter's words. The heading
/// lines, subheadings and the adoption line are words as much as the paragraphs.
/// </summary>
public sealed class RES603DoubledSpace : Rule
{
    public static readonly RuleDescriptor Rule = new(
        "RES603",
        "No doubled spaces between words",
        Severity.Warning,
        RuleCategory.Language,
        "Words are separated by a single space; a doubled space is usually left behind by a deletion.");

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(RuleContext context)
    {
        // A finding is a doubled space in the source: nearly every draft has none anywhere, and one search of the whole
        // text says so at once (after a keystroke, of the text around the edit), instead of a search per passage.
        if (!context.Text.Contains(DoubledSpaces.Pair))
        {
            return;
        }

        foreach (Paragraph paragraph in context.Reading.Paragraphs)
        {
            Check(context, paragraph.Content, paragraph.Segments);
        }

        foreach (Footnote footnote in context.Draft.Footnotes)
        {
            Check(context, footnote.Content, [footnote.Span]);
        }

        foreach (InlineText words in context.Reading.Apparatus)
        {
            Check(context, words, [TextSpan.FromBounds(words.ToSourceOffset(0), words.ToSourceOffset(words.Text.Length))]);
        }
    }

    private static void Check(RuleContext context, InlineText words, IReadOnlyList<TextSpan> segments)
    {
        int last = words.LastVisibleIndex();
        if (last < 0)
        {
            return;
        }

        // Between the first and the last of the reader's characters: the words, without the layout around them.
        int from = words.ToSourceOffset(0);
        int to = words.ToSource(new TextSpan(last, 1)).End;
        string text = context.Text.Text;

        // Nearly every passage has no doubled space anywhere: one search says so, and its segments are not searched.
        if (from >= Math.Min(to, text.Length) || DoubledSpaces.IndexIn(text.AsSpan(from, Math.Min(to, text.Length) - from)) < 0)
        {
            return;
        }

        foreach (TextSpan segment in segments)
        {
            int end = Math.Min(Math.Min(segment.End, to), text.Length);
            int i = Math.Max(segment.Start, from);
            while (i < end && DoubledSpaces.IndexIn(text.AsSpan(i, end - i)) is >= 0 and int found)
            {
                // A run of spaces counts only between words: after a word, before a word.
                int start = i + found;
                int run = start + 2;
                while (run < end && text[run] == ' ')
                {
                    run++;
                }

                if (start > 0 && !char.IsWhiteSpace(text[start - 1]) && run < end && !char.IsWhiteSpace(text[run]))
                {
                    var span = TextSpan.FromBounds(start, run);
                    context.Report(span, "Doubled space between words.", RuleContext.Replace("Use a single space", span, " "), tags: DiagnosticTags.Unnecessary);
                }

                i = run;
            }
        }
    }
}
