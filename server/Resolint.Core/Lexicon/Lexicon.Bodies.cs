using System.Collections.Frozen;
using System.Globalization;

namespace Resolint.Core;

/// <summary>
/// A body whose resolutions and decisions drafts cite: its names, the symbol series of its documents and how it
/// numbers its resolutions (<c>Data/bodies.tsv</c>).
/// </summary>
/// <param name="Name">The name in full ("Human Rights Council").</param>
/// <param name="Aliases">Other names of the same body; see <see cref="Lexicon.BodyNamed"/> for the "…" ones.</param>
/// <param name="ShortName">The word standing for it where the context makes it clear ("Council"), or null.</param>
/// <param name="Symbols">The symbol series of its documents ("A/HRC").</param>
/// <param name="Numbering">How it numbers its resolutions ("general-assembly", "sessions"), or null when unknown.</param>
/// <param name="FirstYear">The first year it adopted resolutions, when known.</param>
/// <param name="LastYear">The last year, for a body that no longer sits.</param>
public sealed record Body(
    string Name,
    IReadOnlyList<string> Aliases,
    string? ShortName,
    IReadOnlyList<string> Symbols,
    string? Numbering,
    int? FirstYear,
    int? LastYear);

public static partial class Lexicon
{
    /// <summary>Ends an alias that stands for every name starting so ("Conference of the Parties …").</summary>
    private const string AnyEnding = "…";

    private static readonly Lazy<BodyIndex> BodyData = new(ReadBodies);

    private static readonly Lazy<FrozenSet<string>> BodyWordList = new(() => WordList("body-words", StringComparer.Ordinal));

    private static readonly Lazy<FrozenSet<string>> NonAdoptingBodyWordList = new(() => WordList("non-adopting-body-words", StringComparer.Ordinal));

    /// <summary>Every body the lexicon knows, in the order of its data file (the principal organs first).</summary>
    public static IReadOnlyList<Body> Bodies => BodyData.Value.All;

    /// <summary>
    /// The roots that start a United Nations document symbol ("A", "E", "S", "ST", the treaty bodies' "CCPR" …):
    /// the symbol series of one part. Anything else with a slash ("HIV/AIDS", "24/7") is not a symbol.
    /// </summary>
    public static FrozenSet<string> SymbolRoots => BodyData.Value.Roots;

    /// <summary>Words that head the name of a body ("Assembly", "Committee", "Conference"), from <c>Data/body-words.txt</c>.</summary>
    public static FrozenSet<string> BodyWords => BodyWordList.Value;

    /// <summary>Body words heading a body that adopts no resolutions ("Group", "Court"), from <c>Data/non-adopting-body-words.txt</c>.</summary>
    public static FrozenSet<string> NonAdoptingBodyWords => NonAdoptingBodyWordList.Value;

    /// <summary>
    /// The body <paramref name="name"/> names, as written in full or by an alias ("Environment Assembly");
    /// an alias ending in "…" matches every name that starts with it ("Conference of the Parties to the
    /// Convention on Biological Diversity"). Null for a name the lexicon does not hold.
    /// </summary>
    public static Body? BodyNamed(ReadOnlySpan<char> name)
    {
        BodyIndex index = BodyData.Value;
        if (index.ByName.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(name, out Body? body))
        {
            return body;
        }

        foreach ((string prefix, Body prefixed) in index.ByPrefix)
        {
            if (name.Length > prefix.Length && name.StartsWith(prefix, StringComparison.Ordinal) && name[prefix.Length] == ' ')
            {
                return prefixed;
            }
        }

        return null;
    }

    /// <summary>The body whose name in full is <paramref name="name"/> (not an alias); null when none.</summary>
    public static Body? BodyByName(string? name) =>
        name is not null && BodyData.Value.ByFullName.TryGetValue(name, out Body? body) ? body : null;

    /// <summary>
    /// The longest name or alias of a body that ends exactly at <paramref name="end"/> of <paramref name="text"/>
    /// and starts a word, with where it starts; null when none does. Aliases ending in "…" are not tried here.
    /// </summary>
    public static Body? BodyNameEndingAt(string text, int end, out int start)
    {
        start = end;
        Body? found = null;

        // Only names that end with the letter before the end can end there: asked before every "resolution" cited.
        if (end < 1 || end > text.Length || !BodyData.Value.ByLastLetter.TryGetValue(text[end - 1], out (string Name, Body Body)[]? names))
        {
            return null;
        }

        foreach ((string name, Body body) in names)
        {
            int at = end - name.Length;
            if (at >= 0
                && string.CompareOrdinal(text, at, name, 0, name.Length) == 0
                && (at == 0 || !char.IsLetterOrDigit(text[at - 1])))
            {
                start = at;
                found = body;
                break;
            }
        }

        return found;
    }

    /// <summary>
    /// The longest name or alias of a body that starts exactly at <paramref name="start"/> and ends a word, with
    /// where it ends; null when none does. Only a capital can start one, so callers try word starts only.
    /// </summary>
    internal static Body? BodyNameStartingAt(string text, int start, out int end)
    {
        end = start;
        if (start >= text.Length || !BodyData.Value.ByFirstLetter.TryGetValue(text[start], out (string Name, Body Body)[]? names))
        {
            return null;
        }

        foreach ((string name, Body body) in names)
        {
            int after = start + name.Length;
            if (after <= text.Length
                && string.CompareOrdinal(text, start, name, 0, name.Length) == 0
                && (after == text.Length || !char.IsLetterOrDigit(text[after])))
            {
                end = after;
                return body;
            }
        }

        return null;
    }

    private static BodyIndex ReadBodies()
    {
        var all = new List<Body>();
        foreach (IReadOnlyDictionary<string, string> row in Table("bodies"))
        {
            all.Add(new Body(
                row["name"],
                Cells(row["aliases"]),
                NullIfEmpty(row["short"]),
                Cells(row["symbols"]),
                NullIfEmpty(row["numbering"]),
                Year(row["first"]),
                Year(row["last"])));
        }

        var byName = new Dictionary<string, Body>(StringComparer.Ordinal);
        var byPrefix = new List<(string, Body)>();
        foreach (Body body in all)
        {
            byName.TryAdd(body.Name, body);
            foreach (string alias in body.Aliases)
            {
                if (alias.EndsWith(AnyEnding, StringComparison.Ordinal))
                {
                    byPrefix.Add((alias[..^AnyEnding.Length].TrimEnd(), body));
                }
                else
                {
                    byName.TryAdd(alias, body);
                }
            }

            // A short name of several words ("Environment Assembly") names its body as an alias does.
            if (body.ShortName is { } shortName && shortName.Contains(' ', StringComparison.Ordinal))
            {
                byName.TryAdd(shortName, body);
            }
        }

        (string, Body)[] longestFirst = [.. byName.Select(p => (p.Key, p.Value)).OrderByDescending(p => p.Key.Length)];
        var roots = all.SelectMany(b => b.Symbols).Where(s => !s.Contains('/', StringComparison.Ordinal));
        return new BodyIndex(
            all,
            byName.ToFrozenDictionary(StringComparer.Ordinal),
            all.ToFrozenDictionary(b => b.Name, StringComparer.Ordinal),
            byPrefix,
            longestFirst.GroupBy(p => p.Item1[0]).ToFrozenDictionary(g => g.Key, g => g.ToArray()),
            longestFirst.GroupBy(p => p.Item1[^1]).ToFrozenDictionary(g => g.Key, g => g.ToArray()),
            roots.ToFrozenSet(StringComparer.Ordinal));
    }

    private static string[] Cells(string cell) =>
        cell.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static string? NullIfEmpty(string cell) => cell.Length == 0 ? null : cell;

    private static int? Year(string cell) =>
        int.TryParse(cell, NumberStyles.None, CultureInfo.InvariantCulture, out int year) ? year : null;

    private sealed record BodyIndex(
        IReadOnlyList<Body> All,
        FrozenDictionary<string, Body> ByName,
        FrozenDictionary<string, Body> ByFullName,
        IReadOnlyList<(string Prefix, Body Body)> ByPrefix,
        FrozenDictionary<char, (string Name, Body Body)[]> ByFirstLetter,
        FrozenDictionary<char, (string Name, Body Body)[]> ByLastLetter,
        FrozenSet<string> Roots);
}
