namespace Resolint.Core.Rules.Footnotes;

/// <summary>
/// New footnotes are numbered 1, 2, 3 … in the order in which their markers first appear (Editorial Manual).
/// A marker that repeats an earlier number is the convention, not a slip (the seeds repeat footnotes 3 and
/// 4). Markers get out of order when paragraphs are moved during negotiation.
/// </summary>
public sealed class RES403FootnoteOrder : Rule
{
    public static readonly RuleDescriptor Rule = new(
        "RES403",
        "Footnotes are numbered in order of first appearance",
        Severity.Warning,
        RuleCategory.Footnotes,
        "New footnotes are numbered 1, 2, 3 … in the order in which their markers first appear in the text.");

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(RuleContext context)
    {
        foreach (MarkerOutOfTurn slip in FootnoteSequence.Analyse(context.Draft).Where(s => !s.IsEarlyRepeat))
        {
            int number = slip.Marker.Number;
            IReadOnlyList<RelatedLocation> related = slip.Elsewhere is { } expected
                ? [new RelatedLocation(expected.Span, $"Footnote {slip.Expected} first appears here.")]
                : [];
            context.Report(
                slip.Marker.Span,
                $"Footnote {number} first appears before footnote {slip.Expected}: new footnotes are numbered in order of first appearance.",
                related: related);
        }
    }
}
