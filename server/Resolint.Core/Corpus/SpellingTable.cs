using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Resolint.Core.Corpus;

/// <summary>What a word may be in a <see cref="SpellingTable{T}"/>, as far as its fingerprint tells.</summary>
[Flags]
internal enum WordUse : byte
{
    None = 0,

    /// <summary>An entry of its own: "program", "Secretary-General".</summary>
    Entry = 1,

    /// <summary>The first word of a two-word entry: "Secretary" of "Secretary General".</summary>
    FirstOfExpression = 2,
}

/// <summary>
/// Words and two-word expressions to look for in a text, with a quick test that passes over most words of the
/// text without a dictionary look-up: what the table's words are, by two fingerprints (<see cref="WordUses"/>). A word
/// whose fingerprints are used by none is certainly not in the table; the look-up settles the rest.
/// </summary>
internal sealed class SpellingTable<T>
{
    private readonly Dictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly WordUses _uses = new();
    private SpellingScreen? _screen;

    public SpellingTable(IEnumerable<KeyValuePair<string, T>> entries)
    {
        var table = new Dictionary<string, T>(entries, StringComparer.Ordinal);
        _lookup = table.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (string key in table.Keys)
        {
            _uses.Add(key, WordUse.Entry);
            int space = key.IndexOf(' ', StringComparison.Ordinal);
            if (space >= 0)
            {
                _uses.Add(key.AsSpan(0, space), WordUse.FirstOfExpression);
            }
        }
    }

    /// <summary>What the table may hold, by word fingerprints: what a <see cref="SpellingScreen"/> is made of.</summary>
    public WordUses Uses => _uses;

    /// <summary>A screen of this table alone, for a text looked at for this table only.</summary>
    public SpellingScreen Screen => _screen ??= new SpellingScreen(_uses);

    /// <summary>What a word may be in the table; <see cref="WordUse.None"/> when it is certainly not there. Inlined: it runs for every part of every hyphenated word.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public WordUse MayBe(ReadOnlySpan<char> word) => _uses.ByFingerprint[WordFingerprint.Of(word)] & _uses.ByWholeWord[WordFingerprint.OfWhole(word)];

    public bool TryGetValue(ReadOnlySpan<char> key, out T value) => _lookup.TryGetValue(key, out value!);
}

/// <summary>
/// What a table's words may be, by two fingerprints of each word: its length and first, middle and last letters
/// (<see cref="WordFingerprint.Of"/>), cheap enough to ask of every word of a text, and all its letters
/// (<see cref="WordFingerprint.OfWhole"/>), asked only of the words the first passes. A word of the text that shares
/// the first with a table's word shares the second far more rarely: the second spares most of the dictionary look-ups
/// the first alone would leave.
/// </summary>
internal sealed class WordUses
{
    public WordUse[] ByFingerprint { get; } = new WordUse[WordFingerprint.Count];

    public WordUse[] ByWholeWord { get; } = new WordUse[WordFingerprint.Count];

    /// <summary>The fewest characters of a word the table holds, whole or first of two.</summary>
    public int Shortest { get; private set; } = int.MaxValue;

    public void Add(ReadOnlySpan<char> word, WordUse use)
    {
        ByFingerprint[WordFingerprint.Of(word)] |= use;
        ByWholeWord[WordFingerprint.OfWhole(word)] |= use;
        Shortest = Math.Min(Shortest, word.Length);
    }
}

/// <summary>
/// A word's fingerprint (length, first, middle and last letter) in a small range: what <see cref="SpellingTable{T}"/>
/// screens words by, the same for every table so that one reading of a text can serve several.
/// </summary>
internal static class WordFingerprint
{
    private const int Bits = 14;

    /// <summary>How many fingerprints there are.</summary>
    public const int Count = 1 << Bits;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Of(ReadOnlySpan<char> word) => word.IsEmpty ? Spread(0) : OfLetters(word);

    /// <summary><see cref="Of"/> for a word of one character at least, as the spelling scanner reads them: without the test for an empty one.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int OfLetters(ReadOnlySpan<char> word)
    {
        // ((length × 31 + first) × 31 + middle) × 31 + last, multiplied out: products side by side, not one after
        // another. The letters, inside the word, are taken without a bounds check: this runs for every word of the draft.
        ref char first = ref MemoryMarshal.GetReference(word);
        nuint length = (uint)word.Length;
        return Spread(((uint)length * (31 * 31 * 31)) + (first * (31u * 31)) + (Unsafe.Add(ref first, length / 2) * 31u) + Unsafe.Add(ref first, length - 1));
    }

    /// <summary>A fingerprint of every letter of the word (FNV-1a), in the same range: the second test of <see cref="WordUses"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int OfWhole(ReadOnlySpan<char> word)
    {
        uint hash = 2166136261;
        foreach (char c in word)
        {
            hash = (hash ^ c) * 16777619;
        }

        return Spread(hash);
    }

    /// <summary>A hash spread over the range of fingerprints.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Spread(uint hash) => (int)((hash * 0x9E3779B1u) >> (32 - Bits));
}

/// <summary>
/// The words that any of some spelling tables may hold, by fingerprint: a text read through it
/// (<see cref="SpellingScanner.Read"/>) keeps only those words and the hyphenated ones, each with what every table may
/// hold it as, so each of the tables looked for in it afterwards passes over those few and not over every word, and
/// asks its own table of fingerprints of none of them.
/// </summary>
internal sealed class SpellingScreen
{
    /// <summary>The most tables a screen serves: each takes <see cref="BitsPerTable"/> of a word's <see cref="ScreenedUses"/>.</summary>
    public const int MaxTables = 8 * sizeof(byte) / BitsPerTable;

    /// <summary>The bits of a <see cref="WordUse"/>.</summary>
    private const int BitsPerTable = 2;

    /// <summary>What each table may hold a word as, by each of its fingerprints (<see cref="WordUses"/>), the tables' bits side by side.</summary>
    private readonly ScreenedUses[] _byFingerprint = new ScreenedUses[WordFingerprint.Count];
    private readonly ScreenedUses[] _byWholeWord = new ScreenedUses[WordFingerprint.Count];
    private readonly WordUses[] _tables;

    /// <param name="tables">The tables' <see cref="SpellingTable{T}.Uses"/>, at most <see cref="MaxTables"/>.</param>
    public SpellingScreen(params WordUses[] tables)
    {
        if (tables.Length > MaxTables)
        {
            throw new ArgumentException($"A screen serves at most {MaxTables} tables.", nameof(tables));
        }

        _tables = tables;
        ShortestWord = tables.Length == 0 ? int.MaxValue : tables.Min(table => table.Shortest);
        for (int table = 0; table < tables.Length; table++)
        {
            Merge(_byFingerprint, tables[table].ByFingerprint, table);
            Merge(_byWholeWord, tables[table].ByWholeWord, table);
        }

        static void Merge(ScreenedUses[] screen, WordUse[] uses, int table)
        {
            for (int fingerprint = 0; fingerprint < uses.Length; fingerprint++)
            {
                screen[fingerprint] = new ScreenedUses((byte)(screen[fingerprint].Bits | ((int)uses[fingerprint] << (table * BitsPerTable))));
            }
        }
    }

    /// <summary>The fewest characters of a word any of the tables holds, whole or first of two: a shorter word is none of theirs, nor are its parts.</summary>
    public int ShortestWord { get; }

    /// <summary>What the tables may hold a word as; <see cref="ScreenedUses.Any"/> is false when none may.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ScreenedUses UsesOf(ReadOnlySpan<char> word) => UsesOf(word, At(_byFingerprint, WordFingerprint.Of(word)));

    /// <summary>
    /// What the tables may hold a word of one character at least as by its quick fingerprint alone: none where <see
    /// cref="UsesOf(ReadOnlySpan{char})"/> is none, and most words of a draft. Inlined: it runs for every word of the draft.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ScreenedUses QuickUsesOf(ReadOnlySpan<char> word) => At(_byFingerprint, WordFingerprint.OfLetters(word));

    /// <summary><see cref="UsesOf(ReadOnlySpan{char})"/>, given what <see cref="QuickUsesOf"/> answered.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ScreenedUses UsesOf(ReadOnlySpan<char> word, ScreenedUses quickUses) =>
        quickUses.Any ? new ScreenedUses((byte)(quickUses.Bits & At(_byWholeWord, WordFingerprint.OfWhole(word)).Bits)) : quickUses;

    /// <summary>A fingerprint's place in one of the screen's tables, all <see cref="WordFingerprint.Count"/> long: taken without a bounds check.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ScreenedUses At(ScreenedUses[] byFingerprint, int fingerprint) => Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(byFingerprint), (nuint)(uint)fingerprint);

    /// <summary>Which of the screen's tables <paramref name="table"/> is (its bits in a <see cref="ScreenedUses"/>); -1 when a text read through this screen may lack words it holds.</summary>
    public int IndexOf<T>(SpellingTable<T> table)
    {
        // By reference, as the default comparer would: its virtual Equals for each table cost more than the search, asked
        // for every table of every passage.
        for (int i = 0; i < _tables.Length; i++)
        {
            if (ReferenceEquals(_tables[i], table.Uses))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>What the table at <paramref name="index"/> (<see cref="IndexOf"/>) may hold a word as, from what the screen read of it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static WordUse UseIn(ScreenedUses uses, int index) => (WordUse)((uses.Bits >> (index * BitsPerTable)) & (int)(WordUse.Entry | WordUse.FirstOfExpression));
}

/// <summary>What each table of a <see cref="SpellingScreen"/> may hold a word as, read once with the word.</summary>
internal readonly record struct ScreenedUses(byte Bits)
{
    public bool Any => Bits != 0;
}
