namespace Resolint.Core.Rules.Footnotes;

/// <summary>
/// A marker may repeat the number of an earlier footnote to cite the same source again (the seeds'
/// "(the Paris Principles);3"), but only of an earlier one: a repeat cannot point forward at a footnote the
/// reader has not met yet. Usually the paragraph holding the first marker was moved below the repeat.
/// </summary>
public sealed class RES404RepeatOfLaterFootnote : Rule
{
    public static readonly RuleDescriptor Rule = new(
        "RES404",
        "A repeated marker cites an earlier footnote",
        Severity.Warning,
        RuleCategory.Footnotes,
        "A marker may repeat the number of a footnote the text has already introduced, never of one that only appears later.");

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(RuleContext context)
    {
        foreach (MarkerOutOfTurn slip in context.Reading.FootnotesOutOfTurn.Where(s => s.IsEarlyRepeat))
        {
            int number = slip.Marker.Number;
            IReadOnlyList<RelatedLocation> related = slip.Elsewhere is { } later
                ? [new RelatedLocation(later.Span, $"Footnote {number} appears here, after the repeat.")]
                : [];
            context.Report(
                slip.Marker.Span,
                $"Marker {number} repeats footnote {number} before it first appears (the next new footnote is {slip.Expected}): a repeat may only cite an earlier footnote.",
                related: related);
        }
    }
}
