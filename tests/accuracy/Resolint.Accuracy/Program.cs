using System.Diagnostics;
using Resolint.Accuracy;
using Resolint.Accuracy.Slips;

// resolint-accuracy [options] FOLDER…: the findings on adopted texts and the recall of injected slips, against the
// thresholds of issue 11. Exit 0 within them (or with --report-only), 1 above them, 2 on a usage error.
Options? options = Options.Parse(args, out string? error);
if (options is null)
{
    Console.Error.WriteLine(error);
    Console.Error.WriteLine(Options.Usage);
    return 2;
}

if (options.Help)
{
    Console.WriteLine(Options.Usage);
    return 0;
}

var clock = Stopwatch.StartNew();
IReadOnlyList<AdoptedText> texts = AdoptedText.ReadFolders(options.Folders);
if (texts.Count == 0)
{
    Console.Error.WriteLine("no .txt or .md files in " + string.Join(", ", options.Folders));
    return 2;
}

Dictionary<AdoptedText, CheckedText> checkedTexts = texts.AsParallel().Select(Harness.Check).ToDictionary(c => c.Text);
IReadOnlyList<SlipKind> kinds = SlipCatalogue.All.Where(k => options.OnlyKinds.Count == 0 || options.OnlyKinds.Contains(k.Id)).ToList();
Injection injection = Harness.Inject(texts, kinds, options.MaxCopies);
IReadOnlyList<SlipOutcome> outcomes = Harness.Score(injection.Copies, checkedTexts);

var report = new Report(texts.Select(t => checkedTexts[t]).ToList(), kinds, outcomes, injection.Applicable, options.MaxCopies);
if (options.ListRule is { } rule)
{
    report.ListFalse(Console.Out, rule);
    return 0;
}

if (options.MissedKind is { } missed)
{
    report.ListMissed(Console.Out, missed);
    return 0;
}

report.Print(Console.Out);
Console.WriteLine($"({texts.Count} texts, {outcomes.Count} slipped copies, {clock.Elapsed.TotalSeconds:0.0} s)");
if (options.JsonFile is { } json)
{
    report.WriteJson(json);
}

if (options.WriteFloorFile is { } floorOut)
{
    File.WriteAllText(floorOut, System.Text.Json.JsonSerializer.Serialize(report.Figures(), new System.Text.Json.JsonSerializerOptions { WriteIndented = true }) + "\n");
}

if (options.FloorFile is { } floorIn)
{
    // The floor holds the figures reached so far: CI fails on a step back, while the thresholds above say how far is left.
    var floor = System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, double>>(File.ReadAllText(floorIn)) ?? [];
    IReadOnlyList<string> worse = report.WorseThan(floor);
    Console.WriteLine(worse.Count == 0 ? $"No figure worse than the floor ({floorIn})." : $"WORSE THAN THE FLOOR ({worse.Count}, {floorIn}):");
    foreach (string figure in worse)
    {
        Console.WriteLine("  " + figure);
    }

    return worse.Count == 0 || options.ReportOnly ? 0 : 1;
}

return report.WithinThresholds || options.ReportOnly ? 0 : 1;
