using Resolint.Core.Citations;

namespace Resolint.Core.Rules.Citations;

/// <summary>
/// Dates are written day, month in full, year, with no comma and no ordinal: "19 December 2011" (Editorial
/// Manual; every date in the corpus). "19th December 2011", "December 19, 2011", "19 Dec. 2011" and
/// "19 December, 2011" come from national drafting habits; "31 February 2011" is no date at all.
/// </summary>
public sealed class RES502DateForm : Rule
{
    public static readonly RuleDescriptor Rule = new(
        "RES502",
        "Dates are written like \"19 December 2011\"",
        Severity.Warning,
        RuleCategory.Citations,
        "A date is a real date written day, month in full, year: no comma, no ordinal, no abbreviation.");

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(RuleContext context)
    {
        foreach (ResolutionCitation citation in context.Draft.Citations.OfType<ResolutionCitation>())
        {
            if (citation.Date is not { } date || CitationDates.IsWellFormed(date.Text, out string reason, out string? suggestion))
            {
                continue;
            }

            // The suggestion is the same date written right; it is offered only where the source holds the date as read.
            Fix? fix = suggestion is not null && context.Text.Slice(date.Span) == date.Text
                ? RuleContext.Replace($"Write \"{suggestion}\"", date.Span, suggestion)
                : null;
            context.Report(date.Span, reason, fix);
        }
    }
}
