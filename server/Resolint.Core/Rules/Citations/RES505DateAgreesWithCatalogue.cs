using Resolint.Core.Citations;

namespace Resolint.Core.Rules.Citations;

/// <summary>
/// Where the corpus knows a resolution's adoption date (it holds the resolution, or cites it with a date),
/// a draft citing it dates it the same. A wrong day or month passes every other check: only the record
/// shows it.
/// </summary>
public sealed class RES505DateAgreesWithCatalogue : Rule
{
    public static readonly RuleDescriptor Rule = new(
        "RES505",
        "The date agrees with the corpus",
        Severity.Warning,
        RuleCategory.Citations,
        "A resolution is dated as the corpus dates it, where the corpus knows its adoption date.");

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(RuleContext context)
    {
        foreach (ResolutionCitation citation in context.Draft.Citations.OfType<ResolutionCitation>())
        {
            if (citation.IsDecision
                || citation.OrganIsInferred
                || citation.Date is not { IsValid: true } date
                || context.Conventions.FindResolution(citation.Number.Key, citation.Organ) is not { } entry
                || !CitationDates.TryParse(entry.AdoptionDate, out DateOnly known)

                // A date the corpus saw outside the number's session is itself a slip (the seeds' 6/17 of 2008), not a record.
                || ResolutionNumbers.AdoptionYears(citation.Number, citation.Organ)?.Contains(known.Year) == false
                || new DateOnly(date.Year!.Value, date.Month!.Value, date.Day!.Value) == known)
            {
                continue;
            }

            string right = CitationDates.Format(known);
            string where = entry.File is not null ? $"; the corpus holds it in {entry.File}" : entry.Seen.Count > 0 ? $"; seen in {entry.Seen[0]}" : string.Empty;

            // The corpus's date is certain where the corpus holds the resolution, or gives it no other date.
            bool certain = entry.File is not null || !entry.DatesDisagree;
            Fix? fix = certain && context.Text.Slice(date.Span) == date.Text ? RuleContext.Replace($"Write \"{right}\"", date.Span, right) : null;
            context.Report(date.Span, $"Resolution {citation.Number.Text} was adopted on {right}, not {date.Text}{where}.", fix);
        }
    }
}
