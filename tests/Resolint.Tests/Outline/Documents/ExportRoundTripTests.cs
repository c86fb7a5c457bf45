using Resolint.Core.Documents;
using Resolint.Core.Drafts;
using Resolint.Core.Parsing;
using Resolint.Tests.Outline.Akn;
using Xunit.Abstractions;

namespace Resolint.Tests.Outline.Documents;

/// <summary>
/// Drafts exported to Markdown, plain text and Akoma Ntoso and read back give the outline they were exported from
/// (roles, numbers, opening words and their italics, footnote markers and texts), and every exported Akoma Ntoso file
/// is valid against the schema. The seeds always; the devset's Markdown and plain texts, which must be there (as in
/// <see cref="DocumentAgreementTests"/>, a missing devset fails, it is not skipped).
/// </summary>
public sealed class ExportRoundTripTests(ITestOutputHelper output)
{
    private const int DifferencesShown = 10;

    public static TheoryData<string> Seeds() =>
        [.. Directory.GetFiles(Path.Combine(OutlineCommandTests.RepositoryRoot(), "seeds"), "*.txt").Select(p => Path.GetFileName(p)).Order(StringComparer.Ordinal)];

    private static Draft Seed(string name) => DraftParser.Parse(File.ReadAllText(Path.Combine(OutlineCommandTests.RepositoryRoot(), "seeds", name)));

    [Theory]
    [MemberData(nameof(Seeds))]
    public void A_seed_exported_to_markdown_and_akoma_ntoso_reads_back_as_it_was(string seed)
    {
        Draft draft = Seed(seed);

        // A plain text shows no italics; exported, it takes the UN's (see the test below).
        bool italics = draft.Form == DraftForm.Markdown;
        IReadOnlyList<string> expected = ExportRoundTrip.Outline(draft, italics);

        foreach (ExportForm form in (ExportForm[])[ExportForm.Markdown, ExportForm.AkomaNtoso])
        {
            IReadOnlyList<string> back = ExportRoundTrip.Outline(ExportRoundTrip.ReadBack(draft, form), italics);
            Assert.True(ExportRoundTrip.FirstDifference(expected, back) is null, $"{seed} → {form}: {ExportRoundTrip.FirstDifference(expected, back)}");
        }
    }

    [Theory]
    [InlineData(ExportForm.Markdown)]
    [InlineData(ExportForm.AkomaNtoso)]
    public void A_plain_text_draft_exported_takes_the_italics_the_un_prints(ExportForm form)
    {
        Draft draft = Seed("A-RES-68-171.txt");
        Assert.Equal(DraftForm.PlainText, draft.Form);
        Assert.All(draft.Preamble, p => Assert.False(p.Opener.Italic));

        Draft back = ExportRoundTrip.ReadBack(draft, form);

        Assert.Equal(draft.Preamble.Select(p => p.Opener.Text), back.Preamble.Select(p => p.Opener.Text));
        Assert.All(back.Preamble, p => Assert.True(p.Opener.Italic, p.Opener.Text));
        Assert.All(back.Operative, p => Assert.True(p.Verb.Italic, p.Verb.Text));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void A_seed_exported_to_plain_text_reads_back_as_it_was_but_for_italics(string seed)
    {
        Draft draft = Seed(seed);
        IReadOnlyList<string> expected = ExportRoundTrip.Outline(draft, italics: false);

        IReadOnlyList<string> back = ExportRoundTrip.Outline(ExportRoundTrip.ReadBack(draft, ExportForm.PlainText), italics: false);

        Assert.True(ExportRoundTrip.FirstDifference(expected, back) is null, $"{seed}: {ExportRoundTrip.FirstDifference(expected, back)}");
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void A_seed_exported_to_akoma_ntoso_is_valid_against_the_schema(string seed)
    {
        byte[] akn = DraftExport.Write(Seed(seed), ExportForm.AkomaNtoso);

        Assert.Empty(ExportRoundTrip.SchemaErrors(akn));
    }

    /// <summary>The share of the devset's texts in <paramref name="folder"/> that read back from <paramref name="form"/> as they were, with the first differences.</summary>
    private static (double Share, string Report, int Invalid) Measure(string folder, ExportForm form, bool italics)
    {
        string devset = AknAgreement.DevsetFolder()
            ?? throw new InvalidOperationException("The devset is missing: ../shared/devset beside the repository root holds the texts this test exports.");
        DraftForm source = folder == "texts_md" ? DraftForm.Markdown : DraftForm.PlainText;
        int agreeing = 0;
        int total = 0;
        int invalid = 0;
        var report = new List<string>();
        foreach (string path in Directory.GetFiles(Path.Combine(devset, folder)).Order(StringComparer.Ordinal))
        {
            total++;
            Draft draft = DraftParser.Parse(File.ReadAllText(path), source);
            if (form == ExportForm.AkomaNtoso && ExportRoundTrip.SchemaErrors(DraftExport.Write(draft, form)) is { Count: > 0 } errors)
            {
                invalid++;
                if (report.Count < DifferencesShown)
                {
                    report.Add($"{Path.GetFileName(path)}: invalid AKN: {errors[0]}");
                }
            }

            string? difference = ExportRoundTrip.FirstDifference(ExportRoundTrip.Outline(draft, italics), ExportRoundTrip.Outline(ExportRoundTrip.ReadBack(draft, form), italics));
            if (difference is null)
            {
                agreeing++;
            }
            else if (report.Count < DifferencesShown)
            {
                report.Add($"{Path.GetFileName(path)}: {difference}");
            }
        }

        double share = total == 0 ? 0 : (double)agreeing / total;
        return (share, $"{folder} → {form} → outline: {agreeing}/{total} agree ({share:P1}); invalid AKN: {invalid}\n" + string.Join('\n', report), invalid);
    }

    /// <summary>
    /// Measured 2026-12-02 (second pass): every text reads back as it was. Markdown texts → Akoma Ntoso, → Markdown,
    /// → plain text (openers by their first word) 726/726; plain texts → Akoma Ntoso 876/876. No exported file is
    /// invalid. Anything less fails, with the file and its first difference.
    /// </summary>
    [Theory]
    [InlineData("texts_md", ExportForm.AkomaNtoso, true, 1.0)]
    [InlineData("texts_md", ExportForm.Markdown, true, 1.0)]
    [InlineData("texts_md", ExportForm.PlainText, false, 1.0)]
    [InlineData("texts", ExportForm.AkomaNtoso, false, 1.0)]
    public void Devset_texts_exported_read_back_as_they_were(string folder, ExportForm form, bool italics, double floor)
    {
        (double share, string report, int invalid) = Measure(folder, form, italics);
        output.WriteLine(report);
        Assert.True(share >= floor && invalid == 0, report);
    }
}
