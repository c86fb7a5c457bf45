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
    private ulong _word;
    private ulong _joined;
    private int _at;
    private bool _inWord;
    private int _wordStart;
    private bool _hyphenated;

    /// <summary>The next word and whether a hyphen joins letters in it; false after the last.</summary>
    public bool MoveNext(out TextSpan word, out bool hyphenated)
    {
        while (true)
        {
            if (_at >= _blockLength)
            {
                int next = _blockStart + _blockLength;
                if (next >= text.Length)
                {
                    // Nothing or a word running to the end of the text.
                    _blockStart = next;
                    _blockLength = 0;
                    _at = 0;
                    if (_inWord)
                    {
                        _inWord = false;
                        word = TextSpan.FromBounds(_wordStart, text.Length);
                        hyphenated = _hyphenated;
                        return true;
                    }

                    word = default;
                    hyphenated = false;
                    return false;
                }

                Load(next);
            }

            if (!_inWord)
            {
                ulong ahead = _word >> _at;
                if (ahead == 0)
                {
                    _at = _blockLength;
                    continue;
                }

                _at += BitOperations.TrailingZeroCount(ahead);
                _inWord = true;
                _wordStart = _blockStart + _at;
                _hyphenated = false;
            }

            ulong beyond = ~_word >> _at;
            if (beyond == 0)
            {
                // The word runs on into the next block.
                _hyphenated |= (_joined >> _at) != 0;
                _at = _blockLength;
                continue;
            }

            int end = _at + BitOperations.TrailingZeroCount(beyond);
            _hyphenated |= ((_joined >> _at) & ((1UL << (end - _at)) - 1)) != 0;
            _at = end;
            _inWord = false;
            word = TextSpan.FromBounds(_wordStart, _blockStart + end);
            hyphenated = _hyphenated;
            return true;
        }
    }

    /// <summary>Classifies the block of up to 64 characters from <paramref name="start"/>.</summary>
    private void Load(int start)
    {
        int length = Math.Min(Block, text.Length - start);
        ulong letters = 0;
        ulong hyphens = 0;
        ulong others = 0;
        if (length == Block && Vector128.IsHardwareAccelerated)
        {
            ref ushort first = ref Unsafe.As<char, ushort>(ref Unsafe.Add(ref MemoryMarshal.GetReference(text.AsSpan()), start));
            Vector128<ushort> caseBit = Vector128.Create((ushort)0x20);
            Vector128<ushort> a = Vector128.Create((ushort)'a');
            Vector128<ushort> alphabet = Vector128.Create((ushort)('z' - 'a'));
            Vector128<ushort> hyphen = Vector128.Create((ushort)'-');
            Vector128<ushort> ascii = Vector128.Create((ushort)0x7F);
            for (int i = 0; i < Block; i += Vector128<ushort>.Count)
            {
                Vector128<ushort> chars = Vector128.LoadUnsafe(ref first, (nuint)i);
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
        _word = letters | _joined;
        _blockStart = start;
        _blockLength = length;
        _at = 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsAsciiLetter(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a';

    /// <summary><see cref="char.IsLetter(char)"/>, with ASCII settled by one comparison.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsLetter(char c) => c < 0x80 ? IsAsciiLetter(c) : char.IsLetter(c);
}
