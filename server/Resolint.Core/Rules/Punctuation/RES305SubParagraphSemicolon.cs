using Resolint.Core.Drafts;

namespace Resolint.Core.Rules.Punctuation;

/// <summary>
/// Sub-paragraphs end with a semicolon (Editorial Manual), "; and" before the last one as practice has it;
/// the last sub-paragraph of the resolution ends with a full stop instead (RES303), and one that introduces
/// sub-paragraphs of its own with a colon (RES304).
/// </summary>
public sealed class RES305SubParagraphSemicolon : Rule
{
    public static readonly RuleDescriptor Rule = new(
        "RES305",
        "Sub-paragraphs end with a semicolon",
        Severity.Warning,
        RuleCategory.Punctuation,
        "A sub-paragraph ends with a semicolon (or \"; and\"), except the last words of the resolution, which end with a full stop.");

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(RuleContext context)
    {
        Paragraph? last = OperativeEndings.Last(context.Draft);

        // Only the paragraphs with sub-paragraphs, found without walking every piece of the operative part on every keystroke.
        ReadOnlySpan<OperativeParagraph> operative = context.Reading.Operative;
        foreach (int i in context.Reading.WithSubParagraphs)
        {
            CheckSubParagraphs(context, OperativeEndings.SubPieces(operative[i].SubParagraphs, operative[i].Number ?? i + 1), last);
        }
    }

    private static void CheckSubParagraphs(RuleContext context, IEnumerable<OperativeEndings.Piece> subs, Paragraph? last)
    {
        foreach (OperativeEndings.Piece piece in subs)
        {
            if (piece.IntroducesSubParagraphs || ReferenceEquals(piece.Paragraph, last) || ClosingMark.EndsWith(piece.Paragraph, ';'))
            {
                continue;
            }

            ClosingMark closing = ClosingMark.Of(piece.Paragraph, conjunctionAllowed: true);
            if (closing.Is(';'))
            {
                continue;
            }

            string name = OperativeEndings.Capitalized(piece.Name);
            const string Expected = "sub-paragraphs end with a semicolon, only the last words of the resolution with a full stop";
            bool misreadable = OcrMisreadings.MarksConfused(closing.Mark, ';');
            if (closing.Mark == ':')
            {
                OcrMisreadings.Report(context, misreadable, closing.Span, $"{name} ends with a colon, but no sub-paragraphs of its own follow; {Expected}.");
                continue;
            }

            OcrMisreadings.Report(context, misreadable, closing.Span, $"{name} {closing.Describe()}; {Expected}.", closing.FixTo(context.Text, ';'));
        }
    }
}
