using Resolint.Core.Documents;
using Resolint.Core.Drafts;
using Resolint.Core.Parsing;
using Resolint.Tests.Outline.Akn;
using Xunit.Abstractions;

namespace Resolint.Tests.Outline.Documents;

/// <summary>
/// A draft exported to Word and read back gives the draft's outline (<see cref="ReadOutline"/>: roles, numbers,
/// opening words as the italics bound them, sub-paragraphs; footnote markers in order and each note's words): the seeds, and the devset's Markdown texts
/// (<c>../shared/devset/texts_md</c>; as in <see cref="DocumentAgreementTests"/>, a missing devset fails).
/// </summary>
public sealed class WordExportRoundTripTests(ITestOutputHelper output)
{
    /// <summary>
    /// Measured 2026-12-02: 715/726 (98.5 %). The rest: a preamble's lettered items joined into their paragraph by the
    /// layout (4), a cover note with no marker that Word must anchor (marked on the title) or whose words the parser
    /// reads as none (3), notes whose numbers skip one, which Word numbers on (2), a marker the layout loses in an
    /// annex's table (1). A step back fails.
    /// </summary>
    private const double DevsetMarkdownFloor = 0.98;

    private const int DifferencesShown = 10;

    /// <summary>The draft's outline, and the outline of the draft exported to Word and read back.</summary>
    internal static (IReadOnlyList<string> Draft, IReadOnlyList<string> Exported) RoundTrip(string text, DraftForm form)
    {
        Draft draft = DraftParser.Parse(text, form);
        byte[] docx = WordWriter.Write(DraftLayout.From(draft));
        DocumentText read = WordReader.Read(docx);
        return (Outline(draft), Outline(DraftParser.Parse(read.Text, read.Form)));
    }

    /// <summary>
    /// The outline with the footnotes compared by number and words, and each note's first marker in text order: where a
    /// note's text stands (a page's foot in a plain text, the end in Markdown, Word's footnote part) is layout, and a
    /// marker that stands again is written as the UN's files write it (a NOTEREF field showing the number), which
    /// reads as they read (the number, as in their text twins).
    /// </summary>
    private static IReadOnlyList<string> Outline(Draft draft) =>
    [
        .. ReadOutline.Of(draft).Where(line => !line.StartsWith("footnote ", StringComparison.Ordinal)),
        "markers " + string.Join(' ', draft.FootnoteReferences.Select(r => r.Number).Distinct()),
        .. draft.Footnotes.Select(f => $"note {f.Number} {ReadOutline.Clean(f.Text)}"),
    ];

    private static string FirstDifference(string name, IReadOnlyList<string> draft, IReadOnlyList<string> exported)
    {
        int at = Enumerable.Range(0, Math.Min(draft.Count, exported.Count)).FirstOrDefault(i => draft[i] != exported[i], Math.Min(draft.Count, exported.Count));
        return $"{name}: line {at + 1}: draft '{(at < draft.Count ? draft[at] : "(end)")}', exported '{(at < exported.Count ? exported[at] : "(end)")}'";
    }

    public static TheoryData<string> Seeds() => [.. Directory.GetFiles(Path.Combine(OutlineCommandTests.RepositoryRoot(), "seeds"), "*.txt").Select(path => Path.GetFileName(path)).Order(StringComparer.Ordinal)];

    /// <summary>A seed (a plain text) as Markdown, then that Markdown exported to Word: the Word file reads back as the Markdown.</summary>
    [Theory]
    [MemberData(nameof(Seeds))]
    public void A_seed_in_markdown_exported_to_word_reads_back_as_the_markdown(string seed)
    {
        Draft plain = DraftParser.Parse(File.ReadAllText(Path.Combine(OutlineCommandTests.RepositoryRoot(), "seeds", seed)), DraftForm.PlainText);
        string markdown = System.Text.Encoding.UTF8.GetString(DraftExport.Write(plain, ExportForm.Markdown));
        (IReadOnlyList<string> draft, IReadOnlyList<string> exported) = RoundTrip(markdown, DraftForm.Markdown);

        Assert.True(draft.SequenceEqual(exported), FirstDifference(seed, draft, exported));
    }

    [Fact]
    public void The_devsets_markdown_texts_exported_to_word_read_back_as_themselves()
    {
        string devset = AknAgreement.DevsetFolder()
            ?? throw new InvalidOperationException("The devset is missing: ../shared/devset beside the repository root holds the Markdown texts this test exports.");
        int agreeing = 0;
        int total = 0;
        var report = new List<string>();
        foreach (string path in Directory.GetFiles(Path.Combine(devset, "texts_md"), "*.md").Order(StringComparer.Ordinal))
        {
            total++;
            (IReadOnlyList<string> draft, IReadOnlyList<string> exported) = RoundTrip(File.ReadAllText(path), DraftForm.Markdown);
            if (draft.SequenceEqual(exported))
            {
                agreeing++;
            }
            else if (report.Count < DifferencesShown)
            {
                report.Add(FirstDifference(Path.GetFileNameWithoutExtension(path), draft, exported));
            }
        }

        double share = (double)agreeing / total;
        string figures = $"texts_md exported to Word: {agreeing}/{total} read back with their outline ({share:P1})\n" + string.Join('\n', report);
        output.WriteLine(figures);
        Assert.True(share >= DevsetMarkdownFloor, figures);
    }
}
