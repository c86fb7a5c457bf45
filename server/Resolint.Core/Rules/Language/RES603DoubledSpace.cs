using Resolint.Core.Drafts;
using Resolint.Core.Text;

namespace Resolint.Core.Rules.Language;

/// <summary>
/// Words are separated by one space (Editorial Manual: no double spacing, not even after a full stop).
/// Doubled spaces are left behind by deletions during negotiation. Only spaces between the words of a
/// paragraph or footnote count: indentation, the layout after a paragraph number or label, tabs used as
/// layout in plain text, trailing spaces and production noise are not the drafter's words.
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
        foreach (Paragraph paragraph in Passages.Paragraphs(context.Draft))
        {
            Check(context, paragraph.Content, paragraph.Segments);
        }

        foreach (Footnote footnote in context.Draft.Footnotes)
        {
            Check(context, footnote.Content, [footnote.Span]);
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
        foreach (TextSpan segment in segments)
        {
            int end = Math.Min(Math.Min(segment.End, to), text.Length);
            for (int i = Math.Max(segment.Start, from); i < end; i++)
            {
                if (text[i] != ' ' || i == 0 || char.IsWhiteSpace(text[i - 1]))
                {
                    continue;
                }

                int run = i;
                while (run < end && text[run] == ' ')
                {
                    run++;
                }

                if (run - i >= 2 && run < end && !char.IsWhiteSpace(text[run]))
                {
                    var span = TextSpan.FromBounds(i, run);
                    context.Report(span, "Doubled space between words.", RuleContext.Replace("Use a single space", span, " "), tags: DiagnosticTags.Unnecessary);
                }

                i = run - 1;
            }
        }
    }
}
