using Resolint.Core.Corpus;

namespace Resolint.Core.Tests.Rules;

/// <summary>
/// The learned conventions with a few facts made certain by hand, so that a test of a rule that reads learned
/// facts holds whatever the learner of the day keeps as evidence.
/// </summary>
internal static class HandBuiltConventions
{
    /// <summary>The spellings every seed shows: "programme", "Secretary-General", "favourably".</summary>
    public static readonly Spelling[] SeedSpellings =
    [
        new("program", "programme", 9, [new SourceRef("A-RES-68-171.txt", 15)]),
        new("Secretary General", "Secretary-General", 14, [new SourceRef("A-RES-68-171.txt", 18)]),
        new("favorably", "favourably", 1, [new SourceRef("A-RES-66-164.txt", 35)]),
    ];

    public static ConventionModel With(ConventionModel learned, IEnumerable<Spelling>? spellings = null, IEnumerable<CatalogueEntry>? catalogue = null)
    {
        var allSpellings = new Dictionary<string, Spelling>(learned.Spellings, StringComparer.Ordinal);
        foreach (Spelling spelling in spellings ?? [])
        {
            allSpellings[spelling.Variant] = spelling;
        }

        var allEntries = new Dictionary<string, CatalogueEntry>(learned.Catalogue);
        foreach (CatalogueEntry entry in catalogue ?? [])
        {
            allEntries[entry.Number] = entry;
        }

        return new ConventionModel
        {
            Files = learned.Files,
            Problems = learned.Problems,
            PreambularOpeners = learned.PreambularOpeners,
            OperativeVerbs = learned.OperativeVerbs,
            PreambularItalics = learned.PreambularItalics,
            OperativeItalics = learned.OperativeItalics,
            Catalogue = allEntries,
            Spellings = allSpellings,
            ResolutionCitationShapes = learned.ResolutionCitationShapes,
            SymbolSeries = learned.SymbolSeries,
            OfficialRecordsOrgans = learned.OfficialRecordsOrgans,
        };
    }
}
