using Resolint.Core.Drafts;

namespace Resolint.Core.Rules.Footnotes;

/// <summary>
/// Every footnote text is referenced by a marker (Editorial Manual). A text nobody points at is left over
/// from a deleted paragraph, or its marker was lost when the paragraph was edited.
/// </summary>
public sealed class RES402FootnoteNotReferenced : Rule
{
    public static readonly RuleDescriptor Rule = new(
        "RES402",
        "Every footnote text is referenced by a marker",
        Severity.Warning,
        RuleCategory.Footnotes,
        "A footnote text that no marker in the text points at is left over from an edit, or its marker was lost.");

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(RuleContext context)
    {
        var marked = context.Draft.FootnoteReferences.Select(r => r.Number).ToHashSet();
        foreach (Footnote footnote in context.Draft.Footnotes)
        {
            if (!marked.Contains(footnote.Number) && !IsAsteriskNote(footnote))
            {
                context.Report(footnote.NumberSpan, $"Footnote {footnote.Number} is not referenced by any marker in the text.");
            }
        }
    }

    /// <summary>
    /// "¹ * Reissued for technical reasons on 31 August 2018.": the cover page's note on the symbol's asterisk, which a
    /// conversion numbered with the others; the asterisk, not a number, refers to it.
    /// </summary>
    private static bool IsAsteriskNote(Footnote footnote) => footnote.Text.StartsWith("* ", StringComparison.Ordinal);
}
