using Resolint.Core.Catalogue;
using Resolint.Core.Citations;

namespace Resolint.Core.Rules.Citations;

/// <summary>
/// Where the catalogue of resolutions lists a resolution's adoption date, or else the corpus knows it (it holds
/// the resolution, or cites it with a date), a draft citing it dates it the same. A wrong day or month passes
/// every other check: only the record shows it.
/// </summary>
public sealed class RES505DateAgreesWithCatalogue : Rule
{
    public static readonly RuleDescriptor Rule = new(
        "RES505",
        "The date agrees with the catalogue and the corpus",
        Severity.Warning,
        RuleCategory.Citations,
        "A resolution is dated as the catalogue of resolutions lists it, or else as the corpus dates it.");

    public override RuleDescriptor Descriptor => Rule;

    /// <summary>
    /// How many days after its adoption a resolution's document is usually issued. A date that many days late is
    /// most likely the one printed on the document, which adopted texts cite by mistake (resolutions adopted on
    /// 12 December 2019 cited "of 19 December 2019"); the message says so, to show where the wrong date came from.
    /// </summary>
    public const int IssuedWithinDays = 14;

    public override void Check(RuleContext context)
    {
        foreach (ResolutionCitation citation in context.Draft.CitationsOf<ResolutionCitation>())
        {
            if (citation.IsDecision || citation.OrganIsInferred || citation.Date is not { IsValid: true } date)
            {
                continue;
            }

            // The catalogue is the record: where it dates the resolution, the corpus is not asked.
            if (Listed(context, citation) is { } listed)
            {
                if (!SameDay(date, listed.Adopted))
                {
                    string listedDate = CitationDates.Format(listed.Adopted);
                    Fix? correction = context.Text.Slice(date.Span) == date.Text ? RuleContext.Replace($"Write \"{listedDate}\"", date.Span, listedDate) : null;
                    int daysAfter = ToDate(date).DayNumber - listed.Adopted.DayNumber;
                    string issued = daysAfter is > 0 and <= IssuedWithinDays ? " (perhaps the date the document was issued: a resolution is cited by the day it was adopted)" : string.Empty;
                    context.Report(date.Span, $"Resolution {citation.Number.Text} was adopted on {listedDate}, not {date.Text}{issued}; the catalogue lists {listed.Record.Symbol} ({listed.Record.SourceName}).", correction);
                }

                continue;
            }

            if (context.Conventions.FindResolution(citation.Number.Key, citation.Organ) is not { } entry
                || !TryParse(entry.AdoptionDate, date, out DateOnly known)

                // A date the corpus saw outside the number's session is itself a slip (the seeds' 6/17 of 2008), not a record.
                || ResolutionNumbers.AdoptionYears(citation.Number, citation.Organ)?.Contains(known.Year) == false
                || SameDay(date, known))
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

    /// <summary>
    /// The catalogue's record of the cited resolution (its part, where one is cited) with its adoption date; null
    /// when the catalogue does not list it, gives no date, or gives one outside the years the number's session
    /// sat, which is the catalogue's own slip and no record to correct a draft by.
    /// </summary>
    private static (CatalogueRecord Record, DateOnly Adopted)? Listed(RuleContext context, ResolutionCitation citation) =>
        citation.Organ is { } organ
        && context.Catalogue.Find(organ, citation.Number.Key, citation.Number.Part) is { } record
        && TryParse(record.AdoptionDate, citation.Date!, out DateOnly adopted)
        && ResolutionNumbers.AdoptionYears(citation.Number, organ)?.Contains(adopted.Year) != false
            ? (record, adopted)
            : null;

    /// <summary>
    /// <see cref="CitationDates.TryParse"/> of a record's date, which is mostly the very text the draft writes: that text, read
    /// right as the citation's (<paramref name="cited"/>, valid), is not read again on every keystroke.
    /// </summary>
    private static bool TryParse(string? recorded, CitationDate cited, out DateOnly day)
    {
        if (recorded == cited.Text)
        {
            day = ToDate(cited);
            return true;
        }

        return CitationDates.TryParse(recorded, out day);
    }

    private static bool SameDay(CitationDate date, DateOnly day) => ToDate(date) == day;

    /// <summary>A valid date as a day of the calendar.</summary>
    private static DateOnly ToDate(CitationDate date) => new(date.Year!.Value, date.Month!.Value, date.Day!.Value);
}
