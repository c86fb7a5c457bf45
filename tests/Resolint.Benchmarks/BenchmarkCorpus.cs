using System.Text;
using System.Text.RegularExpressions;
using Resolint.Core.Corpus;
using Resolint.Core.Drafts;
using Resolint.Core.Parsing;

namespace Resolint.Benchmarks;

/// <summary>The texts the benchmarks read: the seeds, a synthetic 1 MB draft, and corpora of one and ten times the seeds.</summary>
public static partial class BenchmarkCorpus
{
    public const string Seeds = "seeds";
    public const string OneMegabyteDraft = "1 MB draft";
    public const string SeedsTimesTen = "seeds ×10";
    public const string DevsetTexts = "devset texts";

    private static readonly Lazy<IReadOnlyList<string>> SyntheticDraft = new(() => [BuildDraft(1 << 20)]);

    private static readonly Lazy<IReadOnlyList<(string Text, DraftForm Form)>> Devset = new(ReadDevset);

    /// <summary>
    /// Every real text of the devset (../shared/devset beside the repository): its plain texts and its Markdown
    /// twins, each with the form its file name gives, as <c>resolint check</c> reads them.
    /// </summary>
    public static IReadOnlyList<(string Text, DraftForm Form)> DevsetDrafts() => Devset.Value;

    /// <summary>A folder of the devset beside the repository; it is not shipped, so a benchmark that reads it says where it looked.</summary>
    public static string DevsetFolder(string name)
    {
        string? folder = AppContext.BaseDirectory;
        while (folder is not null && !File.Exists(Path.Combine(folder, "LanguageServer.sln")))
        {
            folder = Path.GetDirectoryName(folder);
        }

        string devset = Path.Combine(folder ?? throw new InvalidOperationException("LanguageServer.sln not found above the benchmarks."), "..", "shared", "devset", name);
        return Directory.Exists(devset) ? devset : throw new InvalidOperationException($"The devset's {name} are not at {devset}.");
    }

    private static IReadOnlyList<(string Text, DraftForm Form)> ReadDevset() =>
    [
        .. new[] { ("texts", DraftForm.PlainText), ("texts_md", DraftForm.Markdown) }.SelectMany(folder =>
            Directory.EnumerateFiles(DevsetFolder(folder.Item1)).Order(StringComparer.Ordinal).Select(file => (File.ReadAllText(file), folder.Item2))),
    ];

    /// <summary>The drafts a checking benchmark reads, by name.</summary>
    public static IReadOnlyList<string> Drafts(string name) => name switch
    {
        Seeds => CorpusSource.Bundled().Select(d => d.Text).ToList(),
        OneMegabyteDraft => SyntheticDraft.Value,
        DevsetTexts => [.. Devset.Value.Select(d => d.Text)],
        _ => throw new ArgumentException($"No drafts called '{name}'.", nameof(name)),
    };

    /// <summary>A corpus to learn from, by name.</summary>
    public static IReadOnlyList<CorpusDocument> Corpus(string name) => name switch
    {
        Seeds => CorpusSource.Bundled(),
        SeedsTimesTen => Replicated(10),
        _ => throw new ArgumentException($"No corpus called '{name}'.", nameof(name)),
    };

    /// <summary>UTF-8 bytes of a named set of drafts or corpus: what throughput is measured against.</summary>
    public static long BytesOf(string name) => name switch
    {
        Seeds or SeedsTimesTen => Corpus(name).Sum(d => (long)Encoding.UTF8.GetByteCount(d.Text)),
        _ => Drafts(name).Sum(t => (long)Encoding.UTF8.GetByteCount(t)),
    };

    /// <summary>
    /// The seeds and copies of them whose resolution numbers are renamed (68/171 → 68/1171, 68/2171, …), so
    /// the copies add openers' counts, places and catalogue entries as a larger real corpus would.
    /// </summary>
    public static IReadOnlyList<CorpusDocument> Replicated(int times)
    {
        IReadOnlyList<CorpusDocument> seeds = CorpusSource.Bundled();
        var corpus = new List<CorpusDocument>(seeds);
        for (int copy = 1; copy < times; copy++)
        {
            int offset = copy * 1000;
            corpus.AddRange(seeds.Select(d => new CorpusDocument(
                $"copy{copy}/{d.Name}",
                ResolutionNumber().Replace(d.Text, m => $"{m.Groups["session"].Value}/{int.Parse(m.Groups["number"].Value, System.Globalization.CultureInfo.InvariantCulture) + offset}"))));
        }

        return corpus;
    }

    /// <summary>
    /// The Markdown draft of tests/e2e/bench/latency.js at <paramref name="size"/> characters (100 KB and 1 MB there):
    /// A/RES/74/156 with its operative paragraphs repeated after its last one, numbered on and ending with semicolons,
    /// until the text reaches the size.
    /// </summary>
    public static string GrownMarkdownDraft(int size)
    {
        string seed = CorpusSource.Bundled().Single(d => d.Name.EndsWith("A-RES-74-156.txt", StringComparison.Ordinal)).Text;
        var lines = seed.Split('\n').ToList();
        var operative = lines.Select((line, index) => (Line: line, Index: index)).Where(l => OperativeLine().IsMatch(l.Line)).ToList();
        var extra = new List<string>();
        int number = operative.Count;
        int length = seed.Length;
        for (int k = 0; length < size; k++)
        {
            string paragraph = OperativeNumber().Replace(operative[k % operative.Count].Line, $"{++number}.", 1);
            paragraph = paragraph.EndsWith('.') ? paragraph[..^1] + ";" : paragraph;
            extra.AddRange(["", paragraph]);
            length += paragraph.Length + 2;
        }

        lines.InsertRange(operative[^1].Index + 1, extra);
        return string.Join('\n', lines);
    }

    /// <summary>
    /// A plain-text draft of at least <paramref name="size"/> characters, made of the seeds' own paragraphs:
    /// the heading of A/RES/68/171, the seeds' preambular paragraphs over and over, then their operative
    /// paragraphs numbered 1 … 900 (the parser reads numbers of up to three digits, and real resolutions
    /// stay far below), each ending as its place requires.
    /// </summary>
    public static string BuildDraft(int size)
    {
        const int OperativeParagraphs = 900;
        var drafts = CorpusSource.Bundled().Select(d => DraftParser.Parse(d.Text)).ToList();
        var preamble = drafts.SelectMany(d => d.Preamble).Select(p => p.Content.Text).ToList();
        var operative = drafts.SelectMany(d => d.Operative).Where(p => p.SubParagraphs.Count == 0).Select(p => p.Content.Text).ToList();

        var operativePart = new StringBuilder();
        for (int number = 1; number <= OperativeParagraphs; number++)
        {
            char ending = number == OperativeParagraphs ? '.' : ';';
            operativePart.Append('\t').Append(number).Append(".\t").Append(WithEnding(operative[(number - 1) % operative.Count], ending)).Append('\n');
        }

        var text = new StringBuilder(size + 4096);
        text.Append("Resolution adopted by the General Assembly on 18 December 2013\n")
            .Append("[on the report of the Third Committee (A/68/456/Add.2)]\n")
            .Append("68/171.\tNational institutions for the promotion and protection of human rights\n")
            .Append("\tThe General Assembly,\n");
        for (int i = 0; text.Length + operativePart.Length < size; i++)
        {
            text.Append('\t').Append(WithEnding(preamble[i % preamble.Count], ',')).Append('\n');
        }

        text.Append(operativePart).Append("\n70th plenary meeting\n18 December 2013\n");
        return text.ToString();
    }

    private static string WithEnding(string paragraph, char mark)
    {
        string trimmed = paragraph.TrimEnd().TrimEnd(',', ';', '.', ':');
        return trimmed + mark;
    }

    /// <summary>"68/171", "5/1", "20/14": session and number of a resolution or a document.</summary>
    [GeneratedRegex(@"^\d+\. \*")]
    private static partial Regex OperativeLine();

    [GeneratedRegex(@"^\d+\.")]
    private static partial Regex OperativeNumber();

    [GeneratedRegex(@"\b(?<session>\d{1,2})/(?<number>\d{1,3})\b")]
    private static partial Regex ResolutionNumber();
}
