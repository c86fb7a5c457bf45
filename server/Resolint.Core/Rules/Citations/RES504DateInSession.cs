using Resolint.Core.Citations;

namespace Resolint.Core.Rules.Citations;

/// <summary>
/// A resolution's date falls when its session sat. General Assembly session N runs from September of
/// 1945 + N to the next September, so resolution 66/169 is of 2011 or 2012, never 2001; the Human Rights
/// Council holds three sessions a year since 2006, so its resolution 6/17 is of 2007; a number that names its
/// year ("2005/74", "1757 (2007)") is of that year. A date outside is a slip in the date or in the number. Where the
/// body is only inferred from earlier in the sentence, a date is judged only when no body that numbers so sat then.
/// </summary>
public sealed class RES504DateInSession : Rule
{
    public static readonly RuleDescriptor Rule = new(
        "RES504",
        "The date falls within the resolution's session",
        Severity.Error,
        RuleCategory.Citations,
        "A resolution is dated within the years its session sat: General Assembly session N from September 1945 + N, Human Rights Council sessions from 2006, the year a number names.");

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(RuleContext context)
    {
        foreach (ResolutionCitation citation in context.Draft.CitationsOf<ResolutionCitation>())
        {
            if (citation.Date is not { Year: int year } date
                || ResolutionNumbers.AdoptionYears(citation.Number, citation.Organ) is not { } years
                || years.Contains(year)
                || (citation.OrganIsInferred && !OutsideForEveryBody(citation.Number, year)))
            {
                continue;
            }

            string what = citation.IsDecision ? "Decision" : "Resolution";
            context.Report(date.Span, $"{what} {citation.Number.Text} is {Origin(citation)} ({years}): it cannot be dated {year}.");
        }
    }

    /// <summary>
    /// A body inferred from earlier in the sentence is likely, not certain: the date is held against the number only
    /// where it falls outside the years of every body that numbers so ("the most recent of which was resolution 48/9
    /// of 8 October 2011": neither the Assembly's nor the Council's forty-eighth session sat in 2011).
    /// </summary>
    private static bool OutsideForEveryBody(ResolutionNumber number, int year) =>
        ResolutionNumbers.KnownBodiesNumberingIn(number.Shape).All(b => ResolutionNumbers.AdoptionYears(number, b) is { } years && !years.Contains(year));

    private static string Origin(ResolutionCitation citation) => (citation.Number.Shape, citation.Number.Session) switch
    {
        // Past the sessions that words name ("resolution 606/288", a slip), the session in figures.
        (NumberShape.SessionSlash or NumberShape.RomanSession, int session) =>
            $"of the {(session <= Ordinals.MaxWords ? Ordinals.ToWords(session) : Ordinals.WithSuffix(session))} session of the {citation.Organ}",
        _ => $"of the year its number names",
    };
}
