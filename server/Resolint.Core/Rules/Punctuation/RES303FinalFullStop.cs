using Resolint.Core.Drafts;

namespace Resolint.Core.Rules.Punctuation;

/// <summary>
/// The resolution ends with a full stop: the last operative paragraph, or, when it has sub-paragraphs, its
/// last sub-paragraph (Editorial Manual; every seed). A colon there announces a list that is missing, so it
/// gets no fix.
/// </summary>
public sealed class RES303FinalFullStop : Rule
{
    public static readonly RuleDescriptor Rule = new(
        "RES303",
        "The last operative paragraph ends with a full stop",
        Severity.Warning,
        RuleCategory.Punctuation,
        "The last operative paragraph ends with a full stop; when it has sub-paragraphs, its last sub-paragraph does.");

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(RuleContext context)
    {
        Draft draft = context.Draft;
        if (OperativeEndings.Last(draft) is not { } last)
        {
            return;
        }

        ClosingMark closing = ClosingMark.Of(last, conjunctionAllowed: false);
        if (closing.Is('.') || (draft.Operative[^1].IntroducesText && closing.Is(':')))
        {
            // A paragraph that introduces a whole text (a recommended draft resolution) ends with a colon; that text ends the resolution.
            return;
        }

        OperativeParagraph paragraph = draft.Operative[^1];
        int number = paragraph.Number ?? draft.Operative.Count;
        string name = last is SubParagraph sub
            ? $"Sub-paragraph {sub.Label} of operative paragraph {number}, the last words of the resolution,"
            : $"The last operative paragraph ({number})";
        string message = $"{name} {closing.Describe()}; the resolution ends with a full stop.";
        OcrMisreadings.Report(context, OcrMisreadings.MarksConfused(closing.Mark, '.'), closing.Span, message, closing.Mark == ':' ? null : closing.FixTo(context.Text, '.'));
    }
}
