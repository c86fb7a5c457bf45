namespace Resolint.Core.Rules.Punctuation;

/// <summary>
/// A paragraph that introduces sub-paragraphs ends with a colon (Editorial Manual): an operative paragraph
/// before its (a), (b) …, and a sub-paragraph before its own (i), (ii) ….
/// </summary>
public sealed class RES304ColonBeforeSubParagraphs : Rule
{
    public static readonly RuleDescriptor Rule = new(
        "RES304",
        "A paragraph that introduces sub-paragraphs ends with a colon",
        Severity.Warning,
        RuleCategory.Punctuation,
        "An operative paragraph or sub-paragraph followed by its own sub-paragraphs ends with a colon.");

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(RuleContext context)
    {
        foreach (OperativeEndings.Piece piece in OperativeEndings.Pieces(context.Draft).Where(p => p.IntroducesSubParagraphs))
        {
            ClosingMark closing = ClosingMark.Of(piece.Paragraph, conjunctionAllowed: false);
            if (closing.Is(':'))
            {
                continue;
            }

            context.Report(
                closing.Span,
                $"{OperativeEndings.Capitalized(piece.Name)} introduces sub-paragraphs but {closing.Describe()}; a paragraph that introduces sub-paragraphs ends with a colon.",
                closing.FixTo(context.Text, ':'));
        }
    }
}
