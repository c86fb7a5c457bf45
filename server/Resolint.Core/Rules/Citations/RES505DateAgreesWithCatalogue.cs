using Resolint.Core.Citations;
using Resolint.Core.Corpus;

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
        IReadOnlyDictionary<string, CatalogueEntry> catalogue = context.Conventions.Catalogue;
        foreach (ResolutionCitation citation in context.Draft.Citations.OfType<ResolutionCitation>())
        {
            if (citation.IsDecision
                || citation.Date is not { IsValid: true } date
                || !catalogue.TryGetValue(citation.Number.Key, out CatalogueEntry? entry)
                || !CitationDates.TryParse(entry.AdoptionDate, out DateOnly known)
                || (entry.Organ is not null && citation.Organ is not null && entry.Organ != citation.Organ)
                || new DateOnly(date.Year!.Value, date.Month!.Value, date.Day!.Value) == known)
            {
                continue;
            }

            string right = CitationDates.Format(known);
            string where = entry.File is not null ? $"; the corpus holds it in {entry.File}" : entry.Seen.Count > 0 ? $"; seen in {entry.Seen[0].File}:{entry.Seen[0].Line}" : string.Empty;
            Fix? fix = context.Text.Slice(date.Span) == date.Text ? RuleContext.Replace($"Write \"{right}\"", date.Span, right) : null;
            context.Report(date.Span, $"Resolution {citation.Number.Text} was adopted on {right}, not {date.Text}{where}.", fix);
        }
    }
}
