using System.Diagnostics;
using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using Resolint.Core.Catalogue;
using Resolint.Core.Corpus;
using Resolint.Core.Drafts;
using Resolint.Core.Parsing;
using Resolint.Lsp.Features;

namespace Resolint.Benchmarks;

/// <summary>
/// What the language server does with the catalogue of resolutions when a drafter asks: complete a resolution after
/// "its resolution" (nothing typed yet, a number's start, words of a title) and hover over a cited one. With the
/// UN's extracts of the devset (about 2,400 resolutions) and a synthetic catalogue of 50,000; the issue's budget is
/// 5 ms for a completion and 2 ms for a hover at the 99th percentile.
/// </summary>
[MemoryDiagnoser]
[MaxColumn]
public class CatalogueBenchmarks
{
    public const string Devset = "devset";
    public const string FiftyThousand = "50,000";

    private Draft _draft = DraftParser.Parse(string.Empty);
    private ResolutionCatalogue _catalogue = ResolutionCatalogue.Empty;
    private int _offset;
    private int _hoverOffset;

    [Params(Devset, FiftyThousand)]
    public string Catalogue { get; set; } = Devset;

    /// <summary>What the drafter has typed after "its resolution ": nothing, a number's start, a rare title word, a common one.</summary>
    [Params("", "7", "78/2", "migrants", "rights")]
    public string Typed { get; set; } = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _catalogue = CatalogueOf(Catalogue);
        (_draft, _offset, _hoverOffset) = DraftTyping(Typed);
    }

    [Benchmark]
    public int Complete() => CompletionSource.At(_draft, ConventionModel.Empty, _catalogue, _offset, snippets: true).Suggestions.Count;

    [Benchmark]
    public int Hover() => HoverSource.At(_draft, ConventionModel.Empty, _catalogue, _hoverOffset)?.Markdown.Length ?? 0;

    /// <summary>
    /// A General Assembly draft on migrants that cites 78/218 and is typing a second citation, the place just
    /// after what is typed; and a place on the cited 78/218 to hover over.
    /// </summary>
    public static (Draft Draft, int Completion, int Hover) DraftTyping(string typed)
    {
        string text = "Resolution adopted by the General Assembly on 19 December 2024\n\n"
            + "79/999. Protection of migrants\n\nThe General Assembly,\n\n"
            + "*Recalling* its resolution 78/218 of 19 December 2023,\n\n"
            + $"*Recalling also* its resolution {typed}\n";
        int completion = text.LastIndexOf('\n');
        return (DraftParser.Parse(text, DraftForm.Markdown), completion, text.IndexOf("78/218", StringComparison.Ordinal) + 2);
    }

    /// <summary>The devset's extracts (../shared/devset/catalogue beside the repository), or the synthetic catalogue.</summary>
    public static ResolutionCatalogue CatalogueOf(string name) => name switch
    {
        Devset => ResolutionCatalogue.Build(CatalogueReader.Read(DevsetFiles())),
        FiftyThousand => ResolutionCatalogue.Build(CatalogueReader.ReadText(Synthetic(50_000), "synthetic.json")),
        _ => throw new ArgumentException($"No catalogue called '{name}'.", nameof(name)),
    };

    /// <summary>
    /// <paramref name="count"/> resolutions as the UN's JSON lines: General Assembly sessions from the thirty-first
    /// on, about 330 a session (78/218 among them), each titled with six words drawn from the words of real titles
    /// (with a fixed seed), so that common words ("human", "rights") are held by thousands of titles.
    /// </summary>
    public static string Synthetic(int count)
    {
        string[] words =
        [
            "human", "rights", "migrants", "protection", "development", "sustainable", "international", "cooperation",
            "situation", "women", "children", "peace", "security", "oceans", "climate", "health", "education", "refugees",
            "disarmament", "nuclear", "weapons", "trade", "financing", "poverty", "food", "water", "energy", "culture",
            "violence", "terrorism", "law", "justice", "persons", "disabilities", "indigenous", "peoples", "elimination",
            "racism", "discrimination", "assistance", "humanitarian", "emergency", "space", "outer", "information",
            "communications", "technologies", "statistics", "youth", "older", "family", "rural", "urban", "migration",
        ];
        const int perSession = 330;
        var random = new Random(2026);
        var lines = new StringBuilder();
        for (int i = 0; i < count; i++)
        {
            int session = 31 + (i / perSession);
            int number = 1 + (i % perSession);
            var date = new DateOnly(1945 + session, 12, 1).AddDays(random.Next(0, 200));
            string title = string.Join(' ', Enumerable.Range(0, 6).Select(_ => words[random.Next(words.Length)]));
            lines.Append(CultureInfo.InvariantCulture, $$"""{"symbol":"A/RES/{{session}}/{{number}}","title":"{{char.ToUpperInvariant(title[0])}}{{title[1..]}}","adoption_date":"{{date.Day}} {{date.ToString("MMMM", CultureInfo.InvariantCulture)}} {{date.Year}}","adoption_meeting":"50th plenary meeting","committee":"Third Committee","agenda_item":"Agenda item 71 (b)","adoption_type":"Without a vote"}""").Append('\n');
        }

        return lines.ToString();
    }

    /// <summary>
    /// Each call timed on its own, as a drafter meets them: the 50th, 99th percentiles and the slowest of
    /// <paramref name="calls"/> completions and hovers per catalogue and typed text (`--catalogue-latency`).
    /// </summary>
    public static void PrintLatencies(TextWriter output, int calls = 2000)
    {
        foreach (string name in new[] { Devset, FiftyThousand })
        {
            ResolutionCatalogue catalogue = CatalogueOf(name);
            foreach (string typed in new[] { string.Empty, "7", "78/2", "migrants", "rights" })
            {
                (Draft draft, int completion, int hover) = DraftTyping(typed);
                double[] complete = Times(calls, () => CompletionSource.At(draft, ConventionModel.Empty, catalogue, completion, snippets: true));
                double[] hovered = Times(calls, () => HoverSource.At(draft, ConventionModel.Empty, catalogue, hover));
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-8} {"\"" + typed + "\"",-15} complete p50 {Percentile(complete, 50):F3} p99 {Percentile(complete, 99):F3} max {complete[^1]:F3} ms   hover p50 {Percentile(hovered, 50):F3} p99 {Percentile(hovered, 99):F3} max {hovered[^1]:F3} ms"));
            }
        }
    }

    private static double[] Times(int calls, Func<object?> call)
    {
        // Warm up the JIT first, as a server is after its first requests.
        for (int i = 0; i < 50; i++)
        {
            call();
        }

        var times = new double[calls];
        for (int i = 0; i < calls; i++)
        {
            long start = Stopwatch.GetTimestamp();
            call();
            times[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }

        Array.Sort(times);
        return times;
    }

    private static double Percentile(double[] sorted, int percent) => sorted[Math.Min(sorted.Length - 1, sorted.Length * percent / 100)];

    private static IReadOnlyList<string> DevsetFiles()
    {
        string catalogue = BenchmarkCorpus.DevsetFolder("catalogue");
        return [.. Directory.EnumerateFiles(catalogue, "*.json").Order(StringComparer.Ordinal)];
    }
}
