using Resolint.Core.Drafts;

namespace Resolint.Core.Rules.Punctuation;

/// <summary>
/// Preambular paragraphs end with a comma (Editorial Manual; every preambular paragraph of the seeds). The
/// fix replaces a wrong mark or adds the missing comma; a footnote marker after the mark stays where it is.
/// </summary>
public sealed class RES301PreambularComma : Rule
{
    public static readonly RuleDescriptor Rule = new(
        "RES301",
        "Preambular paragraphs end with a comma",
        Severity.Warning,
        RuleCategory.Punctuation,
        "Every preambular paragraph ends with a comma, the last one included.");

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(RuleContext context)
    {
        IReadOnlyList<PreambularParagraph> preamble = context.Draft.Preamble;
        for (int i = 0; i < preamble.Count; i++)
        {
            // Closed with its comma, or in a list inside the preamble ("…the following:" then "(a) …"), which has its own punctuation.
            if (ClosingMark.EndsWith(preamble[i], ',') || OpensList(preamble[i]) || (i + 1 < preamble.Count && OpensList(preamble[i + 1])))
            {
                continue;
            }

            ClosingMark closing = ClosingMark.Of(preamble[i], conjunctionAllowed: false);
            if (closing.Is(','))
            {
                continue;
            }

            OcrMisreadings.Report(
                context,
                OcrMisreadings.MarksConfused(closing.Mark, ','),
                closing.Span,
                $"Preambular paragraph {preamble[i].Index + 1} {closing.Describe()}; preambular paragraphs end with a comma.",
                closing.FixTo(context.Text, ','));
        }
    }

    private static bool OpensList(PreambularParagraph paragraph) => Parsing.SubParagraphLabels.TryRead(paragraph.Content.Text.AsSpan(), out _);
}
