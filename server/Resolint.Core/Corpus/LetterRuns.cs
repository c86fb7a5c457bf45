using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Resolint.Core.Text;

namespace Resolint.Core.Corpus;

/// <summary>
/// The words of a text as <see cref="SpellingScanner"/> reads them, in order: runs of letters, a hyphen between two
/// letters kept inside the word ("non-governmental"). The text is classified 64 characters at a time into bit masks
/// (letters, joining hyphens) and the words are read off the masks, so the cost is a few operations per word and not
/// a branch per character: every word of every passage of a draft passes here on each check.
/// </summary>
internal struct LetterRuns(string text)
{
    private const int Block = 64;

    private int _blockStart;
    private int _blockLength;

    /// <summary>The block's characters that start a word, and those that end one, not yet read.</summary>
    private ulong _starts;
    private ulong _ends;
    private ulong _joined;

    /// <summary>Where a word that runs on past the blocks read so far starts; -1 when none does.</summary>
    private int _openStart = -1;
    private bool _openHyphenated;

    /// <summary>
    /// The next word and whether a hyphen joins letters in it; false after the last. Inlined into the scanner's loop, which
    /// runs once per word of the draft: a call per word was an eighth of the scan (<see cref="Load"/>, once per block, is not).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool MoveNext(out TextSpan word, out bool hyphenated)
    {
        while (true)
        {
            if (_ends != 0)
            {
                int end = BitOperations.TrailingZeroCount(_ends);
                int start;
                bool joined;
                if (_openStart >= 0)
                {
                    // A word begun in an earlier block ends at the first end of this one.
                    start = _openStart;
                    joined = _openHyphenated || (_joined & (((2UL << end) - 1))) != 0;
                    _openStart = -1;
                }
                else
                {
                    int first = BitOperations.TrailingZeroCount(_starts);
                    _starts &= _starts - 1;
                    start = _blockStart + first;
                    joined = (_joined & ((2UL << end) - 1) & ~((1UL << first) - 1)) != 0;
                }

                if (end == _blockLength - 1 && _blockStart + _blockLength < text.Length)
                {
                    // The word runs on into the next block.
                    _openStart = start;
                    _openHyphenated = joined;
                    _ends = 0;
                    continue;
                }

                _ends &= _ends - 1;
                word = TextSpan.FromBounds(start, _blockStart + end + 1);
                hyphenated = joined;
                return true;
            }

            int next = _blockStart + _blockLength;
            if (next >= text.Length)
            {
                word = default;
                hyphenated = false;
                return false;
            }

            if ((Load(next) & 1) == 0 && _openStart >= 0)
            {
                // The word begun earlier ended with the last block.
                word = TextSpan.FromBounds(_openStart, next);
                hyphenated = _openHyphenated;
                _openStart = -1;
                return true;
            }
        }
    }

    /// <summary>Classifies the block of up to 64 characters from <paramref name="start"/>, and returns which of them are in words.</summary>
    private ulong Load(int start)
    {
        int length = Math.Min(Block, text.Length - start);
        ulong letters = 0;
        ulong hyphens = 0;
        ulong others = 0;
        if (Vector128.IsHardwareAccelerated)
        {
            // The last block of a text, short, is classified as a full one padded with spaces: most passages are a few blocks long.
            Span<char> padded = stackalloc char[length < Block ? Block : 0];
            if (length < Block)
            {
                text.AsSpan(start, length).CopyTo(padded);
                padded[length..].Fill(' ');
            }

            ref ushort first = ref Unsafe.As<char, ushort>(ref length < Block ? ref MemoryMarshal.GetReference(padded) : ref Unsafe.Add(ref MemoryMarshal.GetReference(text.AsSpan()), start));

            // Narrowed to bytes, each character beyond Latin-1 as 0xFF, 16 characters are classified by each comparison.
            Vector128<ushort> latin1 = Vector128.Create((ushort)0xFF);
            Vector128<byte> caseBit = Vector128.Create((byte)0x20);
            Vector128<byte> a = Vector128.Create((byte)'a');
            Vector128<byte> alphabet = Vector128.Create((byte)('z' - 'a'));
            Vector128<byte> hyphen = Vector128.Create((byte)'-');
            Vector128<byte> ascii = Vector128.Create((byte)0x7F);
            for (int i = 0; i < Block; i += Vector128<byte>.Count)
            {
                Vector128<byte> chars = Vector128.Narrow(
                    Vector128.Min(Vector128.LoadUnsafe(ref first, (nuint)i), latin1),
                    Vector128.Min(Vector128.LoadUnsafe(ref first, (nuint)(i + Vector128<ushort>.Count)), latin1));
                letters |= (ulong)Vector128.LessThanOrEqual((chars | caseBit) - a, alphabet).ExtractMostSignificantBits() << i;
                hyphens |= (ulong)Vector128.Equals(chars, hyphen).ExtractMostSignificantBits() << i;
                others |= (ulong)Vector128.GreaterThan(chars, ascii).ExtractMostSignificantBits() << i;
            }
        }
        else
        {
            for (int i = 0; i < length; i++)
            {
                char c = text[start + i];
                if (c >= 0x80)
                {
                    others |= 1UL << i;
                }
                else if (IsAsciiLetter(c))
                {
                    letters |= 1UL << i;
                }
                else if (c == '-')
                {
                    hyphens |= 1UL << i;
                }
            }
        }

        // Beyond ASCII (accented names, curly quotes), the few characters are asked one by one.
        for (ulong rest = others; rest != 0; rest &= rest - 1)
        {
            int i = BitOperations.TrailingZeroCount(rest);
            if (char.IsLetter(text[start + i]))
            {
                letters |= 1UL << i;
            }
        }

        ulong letterBefore = start > 0 && IsLetter(text[start - 1]) ? 1UL : 0;
        ulong letterAfter = start + length < text.Length && IsLetter(text[start + length]) ? 1UL << (length - 1) : 0;
        _joined = hyphens & ((letters << 1) | letterBefore) & ((letters >> 1) | letterAfter);
        ulong word = letters | _joined;

        // A word's first character has none of it before, unless the word runs on from the block before; its last has none after.
        ulong runsOn = _openStart >= 0 ? 1UL : 0;
        _starts = word & ~((word << 1) | runsOn);
        _ends = word & ~(word >> 1);
        _blockStart = start;
        _blockLength = length;
        return word;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsAsciiLetter(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a';

    /// <summary><see cref="char.IsLetter(char)"/>, with ASCII settled by one comparison.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsLetter(char c) => c < 0x80 ? IsAsciiLetter(c) : char.IsLetter(c);
}
