namespace Resolint.Core.Corpus;

/// <summary>
/// Words and two-word expressions to look for in a text, with a quick test that passes over most words of the
/// text without a dictionary look-up: one bit for each fingerprint (length, first, middle and last letter) of
/// the table's entries, and one for each fingerprint of the first word of its expressions. A word whose bit is
/// clear is certainly not in the table; the look-up settles the rest.
/// </summary>
internal sealed class SpellingTable<T>
{
    private const int FingerprintBits = 16;

    private readonly Dictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly ulong[] _entries = new ulong[(1 << FingerprintBits) / 64];
    private readonly ulong[] _firstWords = new ulong[(1 << FingerprintBits) / 64];

    public SpellingTable(IEnumerable<KeyValuePair<string, T>> entries)
    {
        var table = new Dictionary<string, T>(entries, StringComparer.Ordinal);
        _lookup = table.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (string key in table.Keys)
        {
            Mark(_entries, key);
            int space = key.IndexOf(' ', StringComparison.Ordinal);
            if (space >= 0)
            {
                Mark(_firstWords, key.AsSpan(0, space));
            }
        }
    }

    /// <summary>False when the table certainly holds no entry written so.</summary>
    public bool MayHold(ReadOnlySpan<char> key) => IsMarked(_entries, key);

    /// <summary>False when no expression of the table certainly starts with this word.</summary>
    public bool MayStartExpression(ReadOnlySpan<char> word) => IsMarked(_firstWords, word);

    public bool TryGetValue(ReadOnlySpan<char> key, out T value) => _lookup.TryGetValue(key, out value!);

    private static void Mark(ulong[] bits, ReadOnlySpan<char> key)
    {
        int bit = Fingerprint(key);
        bits[bit >> 6] |= 1UL << bit;
    }

    private static bool IsMarked(ulong[] bits, ReadOnlySpan<char> key)
    {
        int bit = Fingerprint(key);
        return (bits[bit >> 6] & (1UL << bit)) != 0;
    }

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
