using Resolint.Core.Catalogue;
using Resolint.Core.Checking;
using Resolint.Core.Drafts;
using Resolint.Core.Rules;

namespace Resolint.Core.Tests.Rules;

/// <summary>An expected finding: "14:5 RES101 numbered 4" — line and column as an editor shows them, the rule, words of the message.</summary>
public sealed record ExpectedDiagnostic(int Line, int Column, string RuleId, string MessagePart)
{
    public override string ToString() => $"{Line}:{Column} {RuleId} {MessagePart}";
}

/// <summary>
/// A fixture file read as a spec: a draft, then "&lt;&lt;&lt;&lt; expected" and the findings of the rule the file is
/// named after (none for a clean twin), then optionally "&lt;&lt;&lt;&lt; fixed" and the draft as the rule's fixes
/// leave it, "&lt;&lt;&lt;&lt; options" with "italics: always" or "RES201: off" lines, and "&lt;&lt;&lt;&lt; catalogue"
/// with a catalogue of resolutions in CSV (a header naming symbol, date and title, then one resolution a line).
/// </summary>
public sealed class RuleFixture
{
    public const string ExpectedMarker = "<<<< expected";
    public const string FixedMarker = "<<<< fixed";
    public const string OptionsMarker = "<<<< options";
    public const string CatalogueMarker = "<<<< catalogue";

    private RuleFixture(string path, string ruleId, string draft, IReadOnlyList<ExpectedDiagnostic> expected, string? fixedText, CheckOptions options, ResolutionCatalogue catalogue)
    {
        Catalogue = catalogue;
        Path = path;
        RuleId = ruleId;
        Draft = draft;
        Expected = expected;
        FixedText = fixedText;
        Options = options;
    }

    public string Path { get; }

    public string Name => System.IO.Path.GetFileName(Path);

    public string RuleId { get; }

    public string Draft { get; }

    public IReadOnlyList<ExpectedDiagnostic> Expected { get; }

    public string? FixedText { get; }

    public CheckOptions Options { get; }

    /// <summary>The fixture's catalogue of resolutions; empty when it gives none.</summary>
    public ResolutionCatalogue Catalogue { get; }

    public DraftForm? Form => System.IO.Path.GetExtension(Path) == ".md" ? DraftForm.Markdown : null;

    public static string FixturesFolder => System.IO.Path.Combine(AppContext.BaseDirectory, "Rules", "Fixtures");

    public static IEnumerable<string> AllPaths() =>
        Directory.EnumerateFiles(FixturesFolder, "RES*.*", SearchOption.AllDirectories).OrderBy(p => p, StringComparer.Ordinal);

    public static RuleFixture Load(string path)
    {
        string content = File.ReadAllText(path);
        string ruleId = System.IO.Path.GetFileName(path).Split('.')[0];
        Dictionary<string, string> sections = Split(content, out string draft);
        var expected = new List<ExpectedDiagnostic>();
        if (sections.TryGetValue(ExpectedMarker, out string? expectedText))
        {
            foreach (string line in expectedText.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Trim().Length > 0))
            {
                expected.Add(ParseExpected(line, path));
            }
        }
        else
        {
            throw new InvalidDataException($"{path}: no '{ExpectedMarker}' section.");
        }

        var levels = new Dictionary<string, RuleLevel>(StringComparer.OrdinalIgnoreCase);
        ItalicsPolicy italics = ItalicsPolicy.Corpus;
        if (sections.TryGetValue(OptionsMarker, out string? optionsText))
        {
            foreach (string line in optionsText.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0))
            {
                string[] parts = line.Split(':', 2, StringSplitOptions.TrimEntries);
                if (parts[0] == "italics")
                {
                    italics = Enum.Parse<ItalicsPolicy>(parts[1], ignoreCase: true);
                }
                else
                {
                    levels[parts[0]] = Enum.Parse<RuleLevel>(parts[1], ignoreCase: true);
                }
            }
        }

        sections.TryGetValue(FixedMarker, out string? fixedText);
        ResolutionCatalogue catalogue = sections.TryGetValue(CatalogueMarker, out string? catalogueText)
            ? ResolutionCatalogue.Build(CatalogueReader.ReadText(catalogueText, "fixture.csv"))
            : ResolutionCatalogue.Empty;
        if (catalogue.Problems.Count > 0)
        {
            throw new InvalidDataException($"{path}: the catalogue section cannot be read: {string.Join(" ", catalogue.Problems)}");
        }

        return new RuleFixture(path, ruleId, draft, expected, fixedText, new CheckOptions { RuleLevels = levels, Italics = italics }, catalogue);
    }

    /// <summary>"14:5 RES101 numbered 4".</summary>
    private static ExpectedDiagnostic ParseExpected(string line, string path)
    {
        string[] parts = line.Trim().Split(' ', 3);
        string[] position = parts[0].Split(':');
        if (parts.Length < 2 || position.Length != 2 || !int.TryParse(position[0], out int l) || !int.TryParse(position[1], out int c))
        {
            throw new InvalidDataException($"{path}: expected 'LINE:COLUMN RULE message words', got '{line}'.");
        }

        return new ExpectedDiagnostic(l, c, parts[1], parts.Length > 2 ? parts[2] : string.Empty);
    }

    /// <summary>Sections start at a marker line; the draft is everything before the first one, exactly.</summary>
    private static Dictionary<string, string> Split(string content, out string draft)
    {
        var sections = new Dictionary<string, string>(StringComparer.Ordinal);
        string[] markers = [ExpectedMarker, FixedMarker, OptionsMarker, CatalogueMarker];
        var starts = new List<(int Index, string Marker)>();
        foreach (string marker in markers)
        {
            int index = content.StartsWith(marker, StringComparison.Ordinal) ? 0 : content.IndexOf("\n" + marker, StringComparison.Ordinal) + 1;
            if (index > 0 || content.StartsWith(marker, StringComparison.Ordinal))
            {
                starts.Add((index, marker));
            }
        }

        starts.Sort((a, b) => a.Index.CompareTo(b.Index));
        draft = starts.Count > 0 ? content[..starts[0].Index] : content;
        for (int i = 0; i < starts.Count; i++)
        {
            int bodyStart = content.IndexOf('\n', starts[i].Index);
            bodyStart = bodyStart < 0 ? content.Length : bodyStart + 1;
            int bodyEnd = i + 1 < starts.Count ? starts[i + 1].Index : content.Length;
            sections[starts[i].Marker] = content[bodyStart..Math.Max(bodyStart, bodyEnd)];
        }

        return sections;
    }

    public override string ToString() => Name;
}
