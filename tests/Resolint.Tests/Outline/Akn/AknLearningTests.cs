using Resolint.Core.Corpus;
using Resolint.Core.Drafts;
using Xunit.Abstractions;

namespace Resolint.Tests.Outline.Akn;

/// <summary>
/// A folder of the UN's Akoma Ntoso files (<c>../shared/devset/akn</c>) teaches the conventions its plain-text and
/// Markdown twins teach: the same preambular openers and operative verbs with the same counts, and the same catalogue
/// of resolutions (number, title, adoption date). As in <see cref="AknAgreementTests"/>, the devset must be there: a
/// missing devset fails, it is not skipped.
/// </summary>
public sealed class AknLearningTests(ITestOutputHelper output)
{
    /// <summary>
    /// Measured 2026-12-02 (second pass) against the Markdown twins: openers 297/297 and verbs 341/341 alike, counts
    /// and all. Against the plain twins, which show no italics, the openers tallied by their first word (what a plain
    /// text carries): openers 76/76, verbs 81/81. The catalogue 3290 entries, 3286 alike either way: the four left are
    /// resolutions in parts whose twin runs the part's letter and the line under the title onto the title ("… C",
    /// "… B Resolution 2021/2 … becomes resolution 2021/2 A."), where the AKN file's title stops. A step back fails.
    /// </summary>
    [Theory]
    [InlineData("texts_md", 1.0, 1.0, 0.998)]
    [InlineData("texts", 1.0, 1.0, 0.998)]
    public void A_folder_of_akn_files_teaches_what_its_twins_teach(string twins, double openerFloor, double verbFloor, double catalogueFloor)
    {
        string devset = AknAgreement.DevsetFolder()
            ?? throw new InvalidOperationException("The devset is missing: ../shared/devset beside the repository root holds the UN's AKN files this test learns from.");
        CorpusReading akn = CorpusSource.FromFolder(Path.Combine(devset, "akn"));
        Assert.Empty(akn.Problems);
        string extension = twins == "texts_md" ? ".md" : ".txt";
        DraftForm form = twins == "texts_md" ? DraftForm.Markdown : DraftForm.PlainText;
        var twinDocuments = akn.Documents
            .Select(d => Path.Combine(devset, twins, Path.GetFileNameWithoutExtension(d.Name) + extension))
            .Select(path => new CorpusDocument(path, File.ReadAllText(path)) { Form = form })
            .ToList();

        ConventionModel fromAkn = ConventionLearner.Learn(akn.Documents);
        ConventionModel fromTwins = ConventionLearner.Learn(twinDocuments);

        // A plain text shows no italics, so where its opening words end is a guess ("Reaffirming" or "Reaffirming its
        // commitment"); what it carries is the first word, so against plain twins the openers are tallied by it.
        bool byFirstWord = form == DraftForm.PlainText;
        (double openers, string openersReport) = Agreement("preambular openers", Tally(fromAkn.PreambularOpeners, byFirstWord), Tally(fromTwins.PreambularOpeners, byFirstWord));
        (double verbs, string verbsReport) = Agreement("operative verbs", Tally(fromAkn.OperativeVerbs, byFirstWord), Tally(fromTwins.OperativeVerbs, byFirstWord));
        (double catalogue, string catalogueReport) = Agreement("catalogue", Catalogue(fromAkn), Catalogue(fromTwins));
        string report = $"akn ({akn.Documents.Count} files) vs {twins}:\n{openersReport}\n{verbsReport}\n{catalogueReport}";
        output.WriteLine(report);
        Assert.True(openers >= openerFloor && verbs >= verbFloor && catalogue >= catalogueFloor, report);
    }

    /// <summary>Each opener's count; with <paramref name="byFirstWord"/>, the openers' counts summed under their first word.</summary>
    private static Dictionary<string, string> Tally(IReadOnlyList<LexiconEntry> entries, bool byFirstWord) =>
        entries.GroupBy(e => byFirstWord ? e.Text.Split(' ')[0] : e.Text, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Sum(e => e.Count).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparer.Ordinal);

    private static Dictionary<string, string> Catalogue(ConventionModel model) =>
        model.Catalogue.ToDictionary(e => e.Key, e => $"{e.Value.Title} | {e.Value.AdoptionDate}", StringComparer.Ordinal);

    /// <summary>The share of entries either side learned that both learned alike, and the first that differ.</summary>
    private static (double Share, string Report) Agreement(string what, Dictionary<string, string> akn, Dictionary<string, string> twins)
    {
        var keys = akn.Keys.Union(twins.Keys).Order(StringComparer.Ordinal).ToList();
        var differing = keys.Where(k => akn.GetValueOrDefault(k) != twins.GetValueOrDefault(k)).ToList();
        double share = keys.Count == 0 ? 1 : 1 - ((double)differing.Count / keys.Count);
        string examples = string.Join("; ", differing.Take(8).Select(k => $"{k}: akn {akn.GetValueOrDefault(k) ?? "-"}, twins {twins.GetValueOrDefault(k) ?? "-"}"));
        return (share, $"  {what}: {keys.Count - differing.Count}/{keys.Count} alike ({share:P1}); {examples}");
    }
}
