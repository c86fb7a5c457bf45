namespace Resolint.Core.Rules.Footnotes;

/// <summary>
/// New footnotes are numbered 1, 2, 3 … in the order in which their markers first appear (Editorial Manual).
/// A marker that repeats an earlier number is the convention, not a slip (the seeds repeat footnotes 3 and
/// 4). Markers get out of order when paragraphs are moved during negotiation. A text that continues a printed
/// volume's numbering may refer again to a note an earlier item referred to first: there the finding is information.
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
        // A text that continues a printed volume's numbering may refer again to a note an earlier item of the volume
        // referred to first.
        bool continuesVolume = FootnoteNumbering.ContinuesLargerDocument(context.Draft);
        foreach (MarkerOutOfTurn slip in context.Reading.FootnotesOutOfTurn.Where(s => !s.IsEarlyRepeat))
        {
            int number = slip.Marker.Number;
            IReadOnlyList<RelatedLocation> related = slip.Elsewhere is { } expected
                ? [new RelatedLocation(expected.Span, $"Footnote {slip.Expected} first appears here.")]
                : [];
            string message = $"Footnote {number} first appears before footnote {slip.Expected}: new footnotes are numbered in order of first appearance";
            if (continuesVolume)
            {
                context.Report(slip.Marker.Span, $"{message} (a printed volume numbers its notes throughout: footnote {slip.Expected} may first appear in an earlier item).", related: related, severity: Severity.Info);
                continue;
            }

            context.Report(slip.Marker.Span, message + ".", related: related);
        }
    }
}
