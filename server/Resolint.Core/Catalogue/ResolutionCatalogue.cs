using System.Buffers;
using System.Collections.Frozen;
using Resolint.Core.Citations;

namespace Resolint.Core.Catalogue;

/// <summary>
/// The resolutions the UN's catalogue lists, indexed once so that every question a drafter's keystroke asks
/// (this number, numbers starting "78/2", titles with "migrants", what fits this draft) is answered without
/// walking the whole catalogue: by key, by ordered key ranges, by a word index over titles and agenda items,
/// and by recency. Built from <see cref="CatalogueReading"/>; immutable, shared by every check.
/// </summary>
public sealed class ResolutionCatalogue
{
    /// <summary>The most candidates a suggestion ranks: beyond them, the most recent of a range are taken.</summary>
    public const int MaxRanked = 2000;

    /// <summary>Title words shorter than this carry no meaning worth indexing ("of", "the", "and").</summary>
    private const int MinWordLength = 4;

    /// <summary>
    /// The share of the numbers between a session's lowest and highest listed that the catalogue must list before
    /// a number missing among them says something about the number rather than the catalogue. The UN's extracts
    /// list a whole session but for a record or two lost (the Human Rights Council's fifty-fourth session lacks
    /// one of 36); an extract of a few resolutions of a session (3 of the tenth emergency special session's 24)
    /// says nothing of the others.
    /// </summary>
    public const double CompleteShare = 0.9;

    private readonly CatalogueRecord[] _records;
    private readonly FrozenDictionary<(string Organ, string Key, string Part), CatalogueRecord> _byKey;
    private readonly FrozenSet<(string Organ, string Key)> _keys;

    /// <summary>Per organ and session, the lowest and highest number listed, where the catalogue lists the numbers between them (<see cref="CompleteShare"/>).</summary>
    private readonly FrozenDictionary<(string Organ, string Session), (int Lowest, int Highest)> _complete;

    /// <summary>Per organ (and "" for all), indices of records ordered by key.</summary>
    private readonly FrozenDictionary<string, int[]> _byKeyOrder;

    /// <summary>Per organ (and "" for all), indices of records, the most recently adopted first.</summary>
    private readonly FrozenDictionary<string, int[]> _byRecency;

    /// <summary>Title and agenda words, ordered, each with the records that hold it (in ascending order).</summary>
    private readonly string[] _words;
    private readonly int[][] _wordRecords;

    /// <summary>Per record, the words of its title and agenda item, as indices into <see cref="_words"/>, ascending.</summary>
    private readonly int[][] _recordWords;

    /// <summary>Per record, its adoption date (<see cref="DateOnly.MinValue"/> when it has none): ranking reads no text.</summary>
    private readonly DateOnly[] _adopted;

    private ResolutionCatalogue(CatalogueRecord[] records, IReadOnlyList<string> problems)
    {
        _records = records;
        Problems = problems;
        var byKey = new Dictionary<(string, string, string), CatalogueRecord>();
        foreach (CatalogueRecord record in records)
        {
            byKey.TryAdd(IdentityOf(record), record);
        }

        _byKey = byKey.ToFrozenDictionary();
        _keys = records.Select(r => (r.Organ, r.Key)).ToFrozenSet();
        _complete = CompleteSessions(records);
        IEnumerable<IGrouping<string, int>> organs = Enumerable.Range(0, records.Length).GroupBy(i => records[i].Organ);
        var byKeyOrder = organs.ToDictionary(g => g.Key, g => g.OrderBy(i => records[i].Key, StringComparer.Ordinal).ToArray());
        byKeyOrder[string.Empty] = [.. Enumerable.Range(0, records.Length).OrderBy(i => records[i].Key, StringComparer.Ordinal)];
        _byKeyOrder = byKeyOrder.ToFrozenDictionary();
        var byRecency = organs.ToDictionary(g => g.Key, g => g.OrderByDescending(i => Adopted(records[i])).ToArray());
        byRecency[string.Empty] = [.. Enumerable.Range(0, records.Length).OrderByDescending(i => Adopted(records[i]))];
        _byRecency = byRecency.ToFrozenDictionary();

        var words = new SortedDictionary<string, List<int>>(StringComparer.Ordinal);
        for (int i = 0; i < records.Length; i++)
        {
            foreach (string word in WordsOf($"{records[i].Title} {records[i].AgendaItemName}").Distinct())
            {
                if (!words.TryGetValue(word, out List<int>? holders))
                {
                    words[word] = holders = [];
                }

                holders.Add(i);
            }
        }

        _words = [.. words.Keys];
        _wordRecords = [.. words.Values.Select(v => v.ToArray())];
        var recordWords = new List<int>[records.Length];
        for (int w = 0; w < _wordRecords.Length; w++)
        {
            foreach (int i in _wordRecords[w])
            {
                (recordWords[i] ??= []).Add(w);
            }
        }

        _recordWords = [.. recordWords.Select(w => w?.ToArray() ?? [])];
        _adopted = [.. records.Select(Adopted)];
    }

    public static ResolutionCatalogue Empty { get; } = new([], []);

    /// <summary>
    /// What reading the files could not do, and where two sources disagree about one resolution (each said
    /// once, naming both sources; the first source is kept).
    /// </summary>
    public IReadOnlyList<string> Problems { get; }

    public int Count => _records.Length;

    public IReadOnlyList<CatalogueRecord> Records => _records;

    public static ResolutionCatalogue Build(CatalogueReading reading)
    {
        var problems = new List<string>(reading.Problems);
        var kept = new Dictionary<(string, string, string), CatalogueRecord>();
        var records = new List<CatalogueRecord>();
        foreach (CatalogueRecord record in reading.Records)
        {
            if (kept.TryGetValue(IdentityOf(record), out CatalogueRecord? first))
            {
                if (Disagreement(first, record) is { } what)
                {
                    problems.Add($"{record.Symbol}: {what}; the first is kept.");
                }

                continue;
            }

            kept[IdentityOf(record)] = record;
            records.Add(record);
        }

        return new ResolutionCatalogue([.. records], problems);
    }

    /// <summary>The resolution an organ adopted under a catalogue key ("78/218"), or the part of one ("75/242", "B").</summary>
    public CatalogueRecord? Find(string organ, string key, string? part = null) => _byKey.GetValueOrDefault((organ, key, part ?? string.Empty));

    /// <summary>Whether the catalogue lists a resolution of the organ under this key, whole or in any of its parts.</summary>
    public bool Lists(string organ, string key) => _keys.Contains((organ, key));

    /// <summary>
    /// Whether the catalogue lists the organ's resolutions around this key so fully that a number it lacks there is
    /// worth a second look: the key's session (or year) is listed from its lowest to its highest number but for a
    /// few (<see cref="CompleteShare"/>), and the key lies between them. Beyond the highest the catalogue may simply
    /// end: an extract made during the session.
    /// </summary>
    public bool Covers(string organ, string key) =>
        _complete.TryGetValue((organ, SessionOf(key)), out (int Lowest, int Highest) listed)
        && ResolutionNumbers.TryParse(key, out ResolutionNumber number)
        && number.Sequence >= listed.Lowest && number.Sequence <= listed.Highest;

    /// <summary>
    /// The resolutions to offer where a drafter cites one, best first: of <paramref name="organ"/> (any when null),
    /// whose number starts with <paramref name="typed"/> when it is a number, or whose title holds the typed words
    /// when they are words; among them, those whose title or agenda shares <paramref name="context"/>'s words
    /// (the draft's title and agenda item) first, then the most recent; a number typed in full before all.
    /// </summary>
    public IReadOnlyList<CatalogueRecord> Suggest(string? organ, string typed, IReadOnlyCollection<string> context, int limit)
    {
        typed = typed.Trim();
        IEnumerable<int> candidates;
        if (typed.Length == 0)
        {
            // Nothing typed: what fits the draft, then the most recent of the organ.
            candidates = ContextMatches(organ, context).Concat(Recent(organ));
        }
        else if (char.IsAsciiDigit(typed[0]) || typed.StartsWith("ES-", StringComparison.Ordinal) || typed.StartsWith("S-", StringComparison.Ordinal))
        {
            candidates = KeyRange(organ ?? string.Empty, typed).ToArray();
        }
        else
        {
            candidates = TitleMatches(organ, typed);
        }

        // Ranked by one number per candidate, read from what the index holds: the number typed in full first
        // ("79/1" before 79/194), then what shares the draft's words, then the most recent, then the order the
        // candidates came in (by number, or by recency). Nothing is allocated per candidate: a keystroke's
        // completion ranks up to MaxRanked of them.
        int[] contextWords = [.. context.SelectMany(WordsOf).Select(w => Array.BinarySearch(_words, w, StringComparer.Ordinal)).Where(w => w >= 0).Distinct()];
        long[] keys = ArrayPool<long>.Shared.Rent(MaxRanked);
        int[] order = ArrayPool<int>.Shared.Rent(MaxRanked);
        try
        {
            int count = 0;
            foreach (int i in candidates)
            {
                order[count] = i;
                keys[count] = RankKey(_records[i].Key == typed, Shares(_recordWords[i], contextWords), _adopted[i], count);
                if (++count == MaxRanked)
                {
                    break;
                }
            }

            Array.Sort(keys, 0, count);

            // Best last. A record that came twice (a title word of the draft, then among the most recent) ranks
            // the same both times but for its place: its first coming is taken, the second skipped.
            var best = new List<int>(Math.Min(limit, count));
            for (int k = count - 1; k >= 0 && best.Count < limit; k--)
            {
                int record = order[CandidateOf(keys[k])];
                if (!best.Contains(record))
                {
                    best.Add(record);
                }
            }

            return [.. best.Select(i => _records[i])];
        }
        finally
        {
            ArrayPool<long>.Shared.Return(keys);
            ArrayPool<int>.Shared.Return(order);
        }
    }

    /// <summary>Bits of a rank key that hold the candidate's place, inverted so that the first to come ranks highest.</summary>
    private const int PlaceBits = 11;

    /// <summary>A candidate's rank as one number, higher for better: exact number, shares the draft's words, adoption day, place.</summary>
    private static long RankKey(bool exact, bool fits, DateOnly adopted, int place)
    {
        System.Diagnostics.Debug.Assert(MaxRanked <= 1 << PlaceBits, "every place fits its bits");
        return ((exact ? 1L : 0L) << 35) | ((fits ? 1L : 0L) << 34) | ((long)adopted.DayNumber << PlaceBits) | (long)((1 << PlaceBits) - 1 - place);
    }

    private static int CandidateOf(long key) => (1 << PlaceBits) - 1 - (int)(key & ((1 << PlaceBits) - 1));

    /// <summary>Whether a record's words (ascending) hold any of the draft's.</summary>
    private static bool Shares(int[] recordWords, int[] contextWords)
    {
        foreach (int word in contextWords)
        {
            if (Array.BinarySearch(recordWords, word) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>For a person at a terminal: a number ("78/218", "78/2" for all starting so) or title words ("migrants").</summary>
    public IReadOnlyList<CatalogueRecord> Search(string query, int limit) => Suggest(null, query, [], limit);

    /// <summary>Resolutions per organ and session (the first part of the number, or the year), and per source file.</summary>
    public IReadOnlyList<(string Organ, string Session, int Count)> CountsBySession() =>
        _records.GroupBy(r => (r.Organ, Session: SessionOf(r.Key)))
            .OrderBy(g => g.Key.Organ, StringComparer.Ordinal).ThenBy(g => g.Key.Session, StringComparer.Ordinal)
            .Select(g => (g.Key.Organ, g.Key.Session, g.Count()))
            .ToList();

    public IReadOnlyList<(string File, int Count)> CountsBySource() =>
        _records.GroupBy(r => r.Source[..r.Source.LastIndexOf(':')])
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, g.Count()))
            .ToList();

    private static FrozenDictionary<(string Organ, string Session), (int Lowest, int Highest)> CompleteSessions(CatalogueRecord[] records)
    {
        var numbers = new Dictionary<(string, string), HashSet<int>>();
        foreach (CatalogueRecord record in records)
        {
            if (ResolutionNumbers.TryParse(record.Key, out ResolutionNumber number))
            {
                var session = (record.Organ, SessionOf(record.Key));
                if (!numbers.TryGetValue(session, out HashSet<int>? listed))
                {
                    numbers[session] = listed = [];
                }

                listed.Add(number.Sequence);
            }
        }

        var complete = new Dictionary<(string, string), (int, int)>();
        foreach ((var session, HashSet<int> listed) in numbers)
        {
            int lowest = listed.Min();
            int highest = listed.Max();
            if (listed.Count >= CompleteShare * (highest - lowest + 1))
            {
                complete[session] = (lowest, highest);
            }
        }

        return complete.ToFrozenDictionary();
    }

    private static (string Organ, string Key, string Part) IdentityOf(CatalogueRecord record) => (record.Organ, record.Key, record.Part ?? string.Empty);

    /// <summary>"78/218" → "78", "ES-10/21" → "ES-10", "2723 (2024)" → "2024".</summary>
    private static string SessionOf(string key)
    {
        int slash = key.IndexOf('/');
        if (slash > 0)
        {
            return key[..slash];
        }

        int open = key.IndexOf('(');
        return open > 0 ? key[(open + 1)..].TrimEnd(')') : key;
    }

    private ReadOnlySpan<int> KeyRange(string organ, string prefix)
    {
        if (!_byKeyOrder.TryGetValue(organ, out int[]? ordered))
        {
            return [];
        }

        int start = LowerBound(ordered, prefix);
        int end = start;
        while (end < ordered.Length && _records[ordered[end]].Key.StartsWith(prefix, StringComparison.Ordinal) && end - start < MaxRanked)
        {
            end++;
        }

        return ordered.AsSpan(start, end - start);
    }

    private int LowerBound(int[] ordered, string key)
    {
        int low = 0;
        int high = ordered.Length;
        while (low < high)
        {
            int middle = (low + high) / 2;
            if (string.CompareOrdinal(_records[ordered[middle]].Key, key) < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    private IEnumerable<int> Recent(string? organ) =>
        _byRecency.TryGetValue(organ ?? string.Empty, out int[]? recent) ? recent.Take(MaxRanked) : [];

    private IEnumerable<int> ContextMatches(string? organ, IReadOnlyCollection<string> context) =>
        context.SelectMany(WordsOf).Distinct().SelectMany(word => Holders(word, prefix: false))
            .Where(i => organ is null || _records[i].Organ == organ)
            .Take(MaxRanked);

    /// <summary>Records whose title holds every typed word (the last one as the start of a word, as it is being typed).</summary>
    private IEnumerable<int> TitleMatches(string? organ, string typed)
    {
        List<string> words = WordsOf(typed).ToList();
        if (words.Count == 0)
        {
            return [];
        }

        // The earlier words' holders are asked by binary search in their ordered lists: nothing is built whose size
        // grows with the catalogue.
        IEnumerable<int> matches = Holders(words[^1], prefix: true).Where(i => organ is null || _records[i].Organ == organ);
        foreach (string word in words.SkipLast(1))
        {
            int at = Array.BinarySearch(_words, word, StringComparer.Ordinal);
            int[] holders = at >= 0 ? _wordRecords[at] : [];
            matches = matches.Where(i => Array.BinarySearch(holders, i) >= 0);
        }

        return matches;
    }

    private IEnumerable<int> Holders(string word, bool prefix)
    {
        int at = Array.BinarySearch(_words, word, StringComparer.Ordinal);
        if (!prefix)
        {
            return at >= 0 ? _wordRecords[at] : [];
        }

        int start = at >= 0 ? at : ~at;
        int end = start;
        while (end < _words.Length && _words[end].StartsWith(word, StringComparison.Ordinal) && end - start < MaxRanked)
        {
            end++;
        }

        return Enumerable.Range(start, end - start).SelectMany(w => _wordRecords[w]);
    }

    /// <summary>Lower-case words of at least <see cref="MinWordLength"/> letters, for the title index.</summary>
    private static IEnumerable<string> WordsOf(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            yield break;
        }

        int start = -1;
        for (int i = 0; i <= text.Length; i++)
        {
            bool letter = i < text.Length && char.IsLetter(text[i]);
            if (letter && start < 0)
            {
                start = i;
            }
            else if (!letter && start >= 0)
            {
                if (i - start >= MinWordLength)
                {
                    yield return text[start..i].ToLowerInvariant();
                }

                start = -1;
            }
        }
    }

    private static DateOnly Adopted(CatalogueRecord record) =>
        Citations.CitationDates.TryParse(record.AdoptionDate, out DateOnly date) ? date : DateOnly.MinValue;

    private static string? Disagreement(CatalogueRecord first, CatalogueRecord other)
    {
        if (first.AdoptionDate is { } a && other.AdoptionDate is { } b && a != b)
        {
            return $"adopted on {a} in {first.Source}, on {b} in {other.Source}";
        }

        if (first.Title is { } t && other.Title is { } u && !string.Equals(t, u, StringComparison.OrdinalIgnoreCase))
        {
            return $"titled \"{t}\" in {first.Source}, \"{u}\" in {other.Source}";
        }

        return null;
    }
}
