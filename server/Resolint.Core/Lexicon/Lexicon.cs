using System.Collections.Concurrent;
using System.Collections.Frozen;

namespace Resolint.Core;

/// <summary>
/// Everything the engine knows about words and bodies, read from the data files under <c>Lexicon/Data/</c>
/// (embedded in the assembly). This file is the one loader; each kind of knowledge has its own partial file
/// (<c>Lexicon.Words.cs</c>, <c>Lexicon.Bodies.cs</c> …) that names its data and how it is asked. Nobody else in
/// the engine keeps word lists; the corpus extends what is here, it never replaces it.
/// </summary>
/// <remarks>
/// The class is in the namespace <c>Resolint.Core</c> (not its folder's), so every room of the engine asks
/// <c>Lexicon.…</c> plainly. Data files are UTF-8 text: one entry a line, <c>#</c> starts a comment, blank lines are ignored. A
/// <c>.tsv</c> file has tab-separated columns and a header line naming them.
/// </remarks>
public static partial class Lexicon
{
    private static readonly ConcurrentDictionary<string, object> Loaded = new(StringComparer.Ordinal);

    /// <summary>Word lists by name and whether they compare exactly; asked for every word read, so the key is built without a string.</summary>
    private static readonly ConcurrentDictionary<(string Name, bool Ordinal), FrozenSet<string>> WordLists = new();

    /// <summary>The entries of a word list (<c>Data/&lt;name&gt;.txt</c>), compared as <paramref name="comparer"/> says.</summary>
    internal static FrozenSet<string> WordList(string name, StringComparer comparer) =>
        WordLists.GetOrAdd((name, comparer == StringComparer.Ordinal), static (key, comparer) => Entries(key.Name + ".txt").ToFrozenSet(comparer), comparer);

    /// <summary>
    /// One word list (<see cref="WordList"/>) held where it is asked: loaded on first use, then asked without finding
    /// the list by its name again (the opening-word rules ask several lists of every paragraph).
    /// </summary>
    private sealed class LexiconWords(string name, StringComparer comparer)
    {
        private FrozenSet<string>? _words;

        public FrozenSet<string> Words => _words ??= WordList(name, comparer);

        /// <summary>True when the list holds a word read off a text, without a string made of it.</summary>
        public bool Contains(ReadOnlySpan<char> word) => Words.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
    }

    /// <summary>
    /// The rows of a table (<c>Data/&lt;name&gt;.tsv</c>), each a map from the header's column names to the row's
    /// cells; a missing trailing cell reads as empty.
    /// </summary>
    internal static IReadOnlyList<IReadOnlyDictionary<string, string>> Table(string name) =>
        (IReadOnlyList<IReadOnlyDictionary<string, string>>)Loaded.GetOrAdd(name + ".tsv", ReadTable);

    /// <summary>The lines of a data file that carry an entry: comments and blank lines dropped, ends trimmed.</summary>
    internal static IEnumerable<string> Entries(string file)
    {
        using Stream stream = typeof(Lexicon).Assembly.GetManifestResourceStream("lexicon/" + file)
            ?? throw new InvalidOperationException($"The lexicon has no data file '{file}'.");
        using var reader = new StreamReader(stream);
        var entries = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            int hash = line.IndexOf('#', StringComparison.Ordinal);
            string entry = (hash < 0 ? line : line[..hash]).TrimEnd();
            if (entry.Trim().Length > 0)
            {
                entries.Add(entry.TrimStart(' '));
            }
        }

        return entries;
    }

    private static object ReadTable(string file)
    {
        using IEnumerator<string> lines = Entries(file).GetEnumerator();
        if (!lines.MoveNext())
        {
            return Array.Empty<IReadOnlyDictionary<string, string>>();
        }

        string[] header = lines.Current.Split('\t');
        var rows = new List<IReadOnlyDictionary<string, string>>();
        while (lines.MoveNext())
        {
            string[] cells = lines.Current.Split('\t');
            var row = new Dictionary<string, string>(header.Length, StringComparer.Ordinal);
            for (int i = 0; i < header.Length; i++)
            {
                row[header[i]] = i < cells.Length ? cells[i].Trim() : string.Empty;
            }

            rows.Add(row.ToFrozenDictionary(StringComparer.Ordinal));
        }

        return rows;
    }
}
