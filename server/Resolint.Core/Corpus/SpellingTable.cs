using System.Runtime.CompilerServices;

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
/// text without a dictionary look-up: for each fingerprint (length, first, middle and last letter), what the
/// table's words with that fingerprint are. A word whose fingerprint is used by none is certainly not in the
/// table; the look-up settles the rest.
/// </summary>
internal sealed class SpellingTable<T>
{
    private const int FingerprintBits = 14;

    private readonly Dictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly WordUse[] _uses;

    public SpellingTable(IEnumerable<KeyValuePair<string, T>> entries)
    {
        var table = new Dictionary<string, T>(entries, StringComparer.Ordinal);
        _lookup = table.GetAlternateLookup<ReadOnlySpan<char>>();
        _uses = new WordUse[1 << FingerprintBits];
        foreach (string key in table.Keys)
        {
            _uses[Fingerprint(key)] |= WordUse.Entry;
            int space = key.IndexOf(' ', StringComparison.Ordinal);
            if (space >= 0)
            {
                _uses[Fingerprint(key.AsSpan(0, space))] |= WordUse.FirstOfExpression;
            }
        }
    }

    /// <summary>
    /// A table of some of this table's keys (<paramref name="entries"/>, compared ordinally): this table's fingerprints
    /// screen its words too (a word this table certainly lacks, the smaller one lacks), so a table made per check needs
    /// no fingerprints of its own.
    /// </summary>
    public SpellingTable<TValue> Sharing<TValue>(Dictionary<string, TValue> entries) => new(entries, _uses);

    private SpellingTable(Dictionary<string, T> entries, WordUse[] uses)
    {
        _lookup = entries.GetAlternateLookup<ReadOnlySpan<char>>();
        _uses = uses;
    }

    /// <summary>What a word may be in the table; <see cref="WordUse.None"/> when it is certainly not there. Inlined: it runs for every word of the draft.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public WordUse MayBe(ReadOnlySpan<char> word) => _uses[Fingerprint(word)];

    public bool TryGetValue(ReadOnlySpan<char> key, out T value) => _lookup.TryGetValue(key, out value!);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Fingerprint(ReadOnlySpan<char> word)
    {
        uint hash = (uint)word.Length;
        if (!word.IsEmpty)
        {
            hash = (hash * 31) + word[0];
            hash = (hash * 31) + word[word.Length / 2];
            hash = (hash * 31) + word[^1];
        }

        return (int)((hash * 0x9E3779B1u) >> (32 - FingerprintBits));
    }
}
