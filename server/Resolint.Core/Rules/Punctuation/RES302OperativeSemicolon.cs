using Resolint.Core.Drafts;

namespace Resolint.Core.Rules.Punctuation;

/// <summary>
/// Operative paragraphs end with a semicolon, all but the last (Editorial Manual; every seed). A paragraph
/// that introduces sub-paragraphs ends with a colon instead (RES304); the last ends with a full stop (RES303).
/// A colon with no sub-paragraphs after it gets no fix: the list it announces may have lost its labels.
/// </summary>
public sealed class RES302OperativeSemicolon : Rule
{
    public static readonly RuleDescriptor Rule = new(
        "RES302",
        "Operative paragraphs end with a semicolon",
        Severity.Warning,
        RuleCategory.Punctuation,
        "Every operative paragraph but the last ends with a semicolon, unless it introduces sub-paragraphs (then a colon).");

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(RuleContext context)
    {
        ReadOnlySpan<OperativeParagraph> operative = context.Reading.Operative;
        for (int i = 0; i < operative.Length - 1; i++)
        {
            OperativeParagraph paragraph = operative[i];
            if (paragraph.SubParagraphs.Count > 0 || ClosingMark.EndsWith(paragraph, ';'))
            {
                continue;
            }

            ClosingMark closing = ClosingMark.Of(paragraph, conjunctionAllowed: false);
            if (closing.Is(';')
                || (paragraph.EndsSection && closing.Is('.'))
                || (paragraph.IntroducesText && closing.Is(':')))
            {
                // The last paragraph of a part may close it with a full stop; one that introduces a whole text, a colon.
                continue;
            }

            // The finding reads the paragraph's words and its number alone: one kept from an earlier version is moved, not made again.
            int number = paragraph.Number ?? i + 1;
            context.ReportOf(this, paragraph.Content, number, (Number: number, Closing: closing), static (context, paragraph) => Report(context, paragraph.Number, paragraph.Closing));
        }
    }

    private static void Report(RuleContext context, int number, ClosingMark closing)
    {
        string name = $"Operative paragraph {number}";
        string rule = "operative paragraphs end with a semicolon, the last with a full stop";
        bool misreadable = OcrMisreadings.MarksConfused(closing.Mark, ';');
        if (closing.Mark == ':')
        {
            OcrMisreadings.Report(context, misreadable, closing.Span, $"{name} ends with a colon, but no sub-paragraphs follow; {rule}.");
            return;
        }

        OcrMisreadings.Report(context, misreadable, closing.Span, $"{name} {closing.Describe()}; {rule}.", closing.FixTo(context.Text, ';'));
    }
}
