using Resolint.Core.Citations;

namespace Resolint.Core.Rules.Citations;

/// <summary>
/// A cited resolution number that the catalogue of resolutions does not list, though it lists its organ's
/// resolutions all around it in that session: a mistyped number ("78/281" for "78/218") is a real resolution
/// number in shape, era and date, and only the record shows it. Information, not a warning: the catalogue may
/// be incomplete (a record lost from the UN's extract).
/// </summary>
public sealed class RES510NumberInCatalogue : Rule
{
    public static readonly RuleDescriptor Rule = new(
        "RES510",
        "The catalogue lists the cited resolution",
        Severity.Info,
        RuleCategory.Citations,
        "A cited resolution number is one the catalogue of resolutions lists, where it lists the organ's session around it.");

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(RuleContext context)
    {
        if (context.Catalogue.Count == 0)
        {
            return;
        }

        var reported = new HashSet<(string Organ, string Key)>();
        foreach (ResolutionCitation citation in context.Draft.CitationsOf<ResolutionCitation>())
        {
            // The organ must be the citation's own: a number only inferred to be another body's is not looked for.
            if (citation.IsDecision
                || citation.OrganIsInferred
                || citation.Organ is not { } organ
                || context.Catalogue.Lists(organ, citation.Number.Key)
                || !context.Catalogue.Covers(organ, citation.Number.Key)
                || !reported.Add((organ, citation.Number.Key)))
            {
                continue;
            }

            context.Report(
                citation.NumberSpan,
                $"The catalogue lists no {organ} resolution {citation.Number.Key}, though it lists the resolutions of that session around it: check the number (the catalogue may be incomplete).");
        }
    }
}
