using System.Text;
using System.Text.Json;
using Resolint.Core.Files;

namespace Resolint.Core.Catalogue;

/// <summary>What reading catalogue files gave: the records, and what could not be read, in words for the user.</summary>
public sealed record CatalogueReading(IReadOnlyList<CatalogueRecord> Records, IReadOnlyList<string> Problems);

/// <summary>
/// Reads catalogue files as the UN publishes them and as a person writes them:
/// <list type="bullet">
/// <item>JSON lines (<c>.json</c>, <c>.jsonl</c>): one object per resolution with <c>symbol</c>, <c>title</c>,
/// <c>adoption_date</c>, <c>adoption_meeting</c>, <c>committee</c>, <c>agenda_item</c>, <c>agenda_item_name</c>,
/// <c>adoption_type</c> and the <c>MS_…_count</c> votes. Some extracts wrap each line in a pair of double quotes,
/// and some lines are broken: a line that cannot be read is skipped and counted.</item>
/// <item>CSV (<c>.csv</c>) with a header naming at least <c>symbol</c>, <c>date</c> and <c>title</c>, and
/// optionally <c>meeting</c>, <c>committee</c>, <c>agenda_item</c>, <c>agenda_item_name</c>, <c>adoption_type</c>,
/// <c>in_favour</c>, <c>against</c>, <c>abstaining</c>.</item>
/// </list>
/// Skipped lines are reported once per file, with their count and the first line numbers.
/// </summary>
public static class CatalogueReader
{
    /// <summary>How many skipped line numbers a file's warning names.</summary>
    private const int LinesNamed = 5;

    private static readonly string[] RequiredColumns = ["symbol", "date", "title"];

    /// <summary>Reads catalogue files; a missing or unreadable file is a problem, the others are read all the same.</summary>
    public static CatalogueReading Read(IEnumerable<string> files)
    {
        var records = new List<CatalogueRecord>();
        var problems = new List<string>();
        foreach (string file in files)
        {
            string text;
            try
            {
                text = RegularFile.ReadAllText(file);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
            {
                problems.Add($"Catalogue file '{file}' cannot be read: {e.Message}");
                continue;
            }

            Read(text, file, records, problems);
        }

        return new CatalogueReading(records, problems);
    }

    /// <summary>
    /// Reads a catalogue's text as if it were the file <paramref name="name"/>: CSV when the name ends in
    /// <c>.csv</c>, JSON lines otherwise. For a catalogue that is not on disk (a test's, a benchmark's).
    /// </summary>
    public static CatalogueReading ReadText(string text, string name)
    {
        var records = new List<CatalogueRecord>();
        var problems = new List<string>();
        Read(text, name, records, problems);
        return new CatalogueReading(records, problems);
    }

    private static void Read(string text, string file, List<CatalogueRecord> records, List<string> problems)
    {
        var skipped = new List<int>();
        if (file.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
        {
            ReadCsv(text, file, records, skipped, problems);
        }
        else
        {
            ReadJsonLines(text, file, records, skipped);
        }

        if (skipped.Count > 0)
        {
            string lines = string.Join(", ", skipped.Take(LinesNamed)) + (skipped.Count > LinesNamed ? ", …" : string.Empty);
            problems.Add($"Catalogue file '{file}': {skipped.Count} line{(skipped.Count == 1 ? string.Empty : "s")} skipped as unreadable (line {lines}).");
        }
    }

    private static void ReadJsonLines(string text, string file, List<CatalogueRecord> records, List<int> skipped)
    {
        int number = 0;
        foreach (ReadOnlySpan<char> raw in text.AsSpan().EnumerateLines())
        {
            number++;
            ReadOnlySpan<char> line = raw.Trim();
            if (line.IsEmpty)
            {
                continue;
            }

            // A line wrapped in double quotes, or left with one of them, as some UN extracts are.
            if (line[0] == '"' && line.Length > 1 && line[1] == '{')
            {
                line = line[1..];
            }

            if (line[^1] == '"' && line.Length > 1 && line[^2] == '}')
            {
                line = line[..^1];
            }

            if (FromJson(line, $"{file}:{number}") is { Count: > 0 } read)
            {
                records.AddRange(read);
            }
            else
            {
                skipped.Add(number);
            }
        }
    }

    private static List<CatalogueRecord>? FromJson(ReadOnlySpan<char> line, string source)
    {
        try
        {
            using JsonDocument document = JsonDocument.Parse(line.ToString());
            JsonElement o = document.RootElement;
            if (o.ValueKind != JsonValueKind.Object || Text(o, "symbol") is not { } symbol)
            {
                return null;
            }

            return Records(symbol, source, name => Text(o, name switch
            {
                "date" => "adoption_date",
                "meeting" => "adoption_meeting",
                "in_favour" => "MS_in_favour_count",
                "against" => "MS_against_count",
                "abstaining" => "MS_abstaining_count",
                _ => name,
            }));
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static void ReadCsv(string text, string file, List<CatalogueRecord> records, List<int> skipped, List<string> problems)
    {
        using IEnumerator<(int Line, List<string> Cells)> rows = CsvRows(text).GetEnumerator();
        if (!rows.MoveNext())
        {
            problems.Add($"Catalogue file '{file}' is empty; a CSV catalogue starts with a header naming {string.Join(", ", RequiredColumns)}.");
            return;
        }

        List<string> header = rows.Current.Cells.Select(c => c.Trim().ToLowerInvariant()).ToList();
        string[] missing = RequiredColumns.Where(c => !header.Contains(c)).ToArray();
        if (missing.Length > 0)
        {
            problems.Add($"Catalogue file '{file}': the header names no {string.Join(", ", missing)} column; it needs {string.Join(", ", RequiredColumns)}.");
            return;
        }

        while (rows.MoveNext())
        {
            (int line, List<string> cells) = rows.Current;
            if (cells.Count == 1 && cells[0].Length == 0)
            {
                continue;
            }

            string? Cell(string name)
            {
                int at = header.IndexOf(name);
                return at >= 0 && at < cells.Count && cells[at].Trim() is { Length: > 0 } value ? value : null;
            }

            if (cells.Count > header.Count || Cell("symbol") is not { } symbol || Records(symbol, $"{file}:{line}", Cell) is not { Count: > 0 } read)
            {
                skipped.Add(line);
                continue;
            }

            records.AddRange(read);
        }
    }

    /// <summary>
    /// The records of one entry: one, or one per part where the UN lists parts together ("A/RES/75/101 A-B" is
    /// 75/101 A and 75/101 B, each a resolution of its own); none when the symbol names no resolution.
    /// </summary>
    private static List<CatalogueRecord> Records(string symbol, string source, Func<string, string?> field)
    {
        var records = new List<CatalogueRecord>();
        List<string> parts = [.. PartsOf(symbol.Trim())];
        foreach (string one in parts)
        {
            if (Record(one, source, field) is { } record)
            {
                records.Add(parts.Count > 1 ? record with { ListedWithOtherParts = true } : record);
            }
        }

        return records;
    }

    /// <summary>"A/RES/75/101 A-B" → "A/RES/75/101 A", "A/RES/75/101 B"; any other symbol stands for itself.</summary>
    private static IEnumerable<string> PartsOf(string symbol)
    {
        int n = symbol.Length;
        if (n > 4 && symbol[n - 4] == ' ' && symbol[n - 2] == '-'
            && char.IsAsciiLetterUpper(symbol[n - 3]) && char.IsAsciiLetterUpper(symbol[n - 1]) && symbol[n - 3] < symbol[n - 1])
        {
            for (char part = symbol[n - 3]; part <= symbol[n - 1]; part++)
            {
                yield return $"{symbol[..(n - 4)]} {part}";
            }

            yield break;
        }

        yield return symbol;
    }

    /// <summary>A record from named fields (the CSV's column names); null when the symbol names no resolution the lexicon can place.</summary>
    private static CatalogueRecord? Record(string symbol, string source, Func<string, string?> field)
    {
        if (CatalogueRecord.Identify(symbol.Trim()) is not { } identity)
        {
            return null;
        }

        return new CatalogueRecord(symbol.Trim(), identity.Organ, identity.Key, source)
        {
            Number = identity.Number,
            Part = identity.Part,
            Title = field("title"),
            AdoptionDate = CatalogueRecord.DateOf(field("date")),
            Meeting = field("meeting"),
            Committee = field("committee"),
            AgendaItem = field("agenda_item"),
            AgendaItemName = field("agenda_item_name"),
            AdoptionType = field("adoption_type"),
            InFavour = Count(field("in_favour")),
            Against = Count(field("against")),
            Abstaining = Count(field("abstaining")),
        };
    }

    private static string? Text(JsonElement o, string name) =>
        o.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.String && value.GetString()!.Trim() is { Length: > 0 } text
            ? text
            : null;

    private static int? Count(string? text) => int.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out int n) && n >= 0 ? n : null;

    /// <summary>RFC 4180 rows: quoted cells may hold commas, doubled quotes and line breaks. Each row with the line it starts on.</summary>
    private static IEnumerable<(int Line, List<string> Cells)> CsvRows(string text)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        bool quoted = false;
        int line = 1;
        int rowStart = 1;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    line += c == '\n' ? 1 : 0;
                    cell.Append(c);
                }
            }
            else if (c == '"' && cell.Length == 0)
            {
                quoted = true;
            }
            else if (c == ',')
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else if (c is '\n' or '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                cells.Add(cell.ToString());
                cell.Clear();
                yield return (rowStart, cells);
                cells = [];
                line++;
                rowStart = line;
            }
            else
            {
                cell.Append(c);
            }
        }

        if (cell.Length > 0 || cells.Count > 0)
        {
            cells.Add(cell.ToString());
            yield return (rowStart, cells);
        }
    }
}
