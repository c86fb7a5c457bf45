using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Resolint.Core.Text;

namespace Resolint.Core.Corpus;

/// <summary>What is done with each word <see cref="LetterRuns.Read"/> finds, in the order of the text.</summary>
internal interface IWordReader
{
    /// <summary>Takes a word: where it stands, its characters, and whether a hyphen joins letters in it.</summary>
    void Take(TextSpan span, ReadOnlySpan<char> word, bool hyphenated);
}

/// <summary>
/// The words of a text as <see cref="SpellingScanner"/> reads them, in order: runs of letters, a hyphen between two
/// letters kept inside the word ("non-governmental"). The text is classified 64 characters at a time into bit masks
/// (letters, joining hyphens) and the words are read off the masks, so the cost is a few operations per word and not
/// a branch per character: every word of every passage of a draft passes here on each check.
/// </summary>
internal static class LetterRuns
{
    private const int Block = 64;

    /// <summary>
    /// Gives <paramref name="reader"/> the words of <paramref name="text"/> in order. The loop over a block's words
    /// (<see cref="ReadBlock"/>) is compiled for each reader, a struct, with its <see cref="IWordReader.Take"/> inlined:
    /// it runs once per word of the draft, where a call per word, or an enumerator's state kept in its fields, cost
    /// more than the reading itself.
    /// </summary>
    public static void Read<TReader>(string text, ref TReader reader)
        where TReader : struct, IWordReader
    {
        // The words lie inside the text: their characters are taken without a bounds check each.
        ref char first = ref MemoryMarshal.GetReference(text.AsSpan());

        // A word begun in an earlier block that runs on into this one: where it starts (-1 when none does) and
        // whether a hyphen joins letters in it so far.
        int openStart = -1;
        bool openHyphenated = false;
        bool letterBefore = false;
        for (int blockStart = 0; blockStart < text.Length; blockStart += Block)
        {
            (ulong letters, ulong joined) = Classify(text, blockStart, letterBefore);
            // The character before the next block is this block's last.
            letterBefore = (long)letters < 0;
            ulong word = letters | joined;

            // A word's first character has none of it before, its last none after.
            ulong starts = word & ~(word << 1);
            ulong ends = word & ~(word >> 1);

            // The block's last word runs on into the next block when it reaches the block's end and the text goes on.
            bool runsOn = (long)word < 0 && blockStart + Block < text.Length;
            if (runsOn)
            {
                ends &= ulong.MaxValue >> 1;
            }

            if (openStart >= 0)
            {
                if ((word & 1) == 0)
                {
                    // The word begun earlier ended with the last block.
                    TakeApart(ref reader, ref first, openStart, blockStart, openHyphenated);
                    openStart = -1;
                }
                else if (ends != 0)
                {
                    // It ends at the block's first end; else it runs on through the whole block.
                    int end = BitOperations.TrailingZeroCount(ends);
                    starts &= starts - 1;
                    ends &= ends - 1;
                    TakeApart(ref reader, ref first, openStart, blockStart + end + 1, openHyphenated || (joined & UpTo(end)) != 0);
                    openStart = -1;
                }
            }

            starts = ReadBlock(ref reader, ref first, blockStart, starts, ends, joined);
            if (runsOn)
            {
                // The last word's start is the one left, unless it is the word begun earlier.
                int start = BitOperations.TrailingZeroCount(starts);
                if (openStart < 0)
                {
                    openStart = blockStart + start;
                    openHyphenated = false;
                }

                openHyphenated |= joined >> start != 0;
            }
        }
    }

    /// <summary>
    /// Gives the reader the words of a block that end at <paramref name="ends"/>, and returns the starts left. A method
    /// of its own, called once per block, so that the loop's few values stay in registers.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static ulong ReadBlock<TReader>(ref TReader reader, ref char first, int blockStart, ulong starts, ulong ends, ulong joined)
        where TReader : struct, IWordReader
    {
        while (ends != 0)
        {
            int start = BitOperations.TrailingZeroCount(starts);
            int end = BitOperations.TrailingZeroCount(ends);
            starts &= starts - 1;
            ends &= ends - 1;
            // Few blocks have a hyphen joining letters.
            Take(ref reader, ref first, blockStart + start, blockStart + end + 1, joined != 0 && (joined & UpTo(end)) >> start != 0);
        }

        return starts;
    }

    /// <summary>The word at <paramref name="start"/>, its characters taken from the text's <paramref name="first"/> on.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Take<TReader>(ref TReader reader, ref char first, int start, int end, bool hyphenated)
        where TReader : struct, IWordReader =>
        reader.Take(new TextSpan(start, end - start), MemoryMarshal.CreateReadOnlySpan(ref Unsafe.Add(ref first, start), end - start), hyphenated);

    /// <summary><see cref="Take"/> for a word across two blocks, at most one a block: called, so that the reader is inlined only in the loop over a block's words.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void TakeApart<TReader>(ref TReader reader, ref char first, int start, int end, bool hyphenated)
        where TReader : struct, IWordReader => Take(ref reader, ref first, start, end, hyphenated);

    /// <summary>The bits of a block's characters up to <paramref name="end"/>, included.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong UpTo(int end) => (2UL << end) - 1;

    /// <summary>
    /// Classifies the block of up to 64 characters from <paramref name="start"/>: which of them are letters, and which
    /// are hyphens joining two letters (<paramref name="letterBefore"/>: whether the character before the block is a letter).
    /// </summary>
    private static (ulong Letters, ulong Joined) Classify(string text, int start, bool letterBefore)
    {
        int length = Math.Min(Block, text.Length - start);
        (ulong letters, ulong hyphens, ulong others) = length == Block ? Masks(text.AsSpan(start, Block)) : MasksOfShort(text.AsSpan(start, length));

        // Beyond ASCII (accented names, curly quotes), the few characters are asked one by one.
        for (ulong rest = others; rest != 0; rest &= rest - 1)
        {
            int i = BitOperations.TrailingZeroCount(rest);
            if (char.IsLetter(text[start + i]))
            {
                letters |= 1UL << i;
            }
        }

        ulong letterAfter = start + length < text.Length && IsLetter(text[start + length]) ? 1UL << (length - 1) : 0;
        ulong joined = hyphens & ((letters << 1) | (letterBefore ? 1UL : 0)) & ((letters >> 1) | letterAfter);
        return (letters, joined);
    }

    /// <summary>
    /// The masks of the last block of a text, short, classified as a full one padded with spaces: once per passage, in a
    /// method of its own so that the other blocks are classified without a buffer.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (ulong Letters, ulong Hyphens, ulong Others) MasksOfShort(ReadOnlySpan<char> chars)
    {
        Span<char> padded = stackalloc char[Block];
        chars.CopyTo(padded);
        padded[chars.Length..].Fill(' ');
        return Masks(padded);
    }

    /// <summary>Which of a block's 64 <paramref name="chars"/> are ASCII letters, which are hyphens, and which lie beyond ASCII.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static (ulong Letters, ulong Hyphens, ulong Others) Masks(ReadOnlySpan<char> chars)
    {
        ulong letters = 0;
        ulong hyphens = 0;
        ulong others = 0;
        if (Vector128.IsHardwareAccelerated)
        {
            ref ushort first = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(chars));

            // Narrowed to bytes, each character beyond Latin-1 as 0xFF, 16 characters are classified by each comparison.
            Vector128<byte> caseBit = Vector128.Create((byte)0x20);
            Vector128<byte> a = Vector128.Create((byte)'a');
            Vector128<byte> alphabet = Vector128.Create((byte)('z' - 'a'));
            Vector128<byte> hyphen = Vector128.Create((byte)'-');
            for (int i = 0; i < Block; i += Vector128<byte>.Count)
            {
                Vector128<byte> bytes = Vector128.NarrowWithSaturation(
                    Vector128.LoadUnsafe(ref first, (nuint)i),
                    Vector128.LoadUnsafe(ref first, (nuint)(i + Vector128<ushort>.Count)));
                letters |= (ulong)Vector128.LessThanOrEqual((bytes | caseBit) - a, alphabet).ExtractMostSignificantBits() << i;
                hyphens |= (ulong)Vector128.Equals(bytes, hyphen).ExtractMostSignificantBits() << i;

                // Beyond ASCII, a byte's high bit is set.
                others |= (ulong)bytes.ExtractMostSignificantBits() << i;
            }
        }
        else
        {
            for (int i = 0; i < Block; i++)
            {
                char c = chars[i];
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

        return (letters, hyphens, others);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsAsciiLetter(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a';

    /// <summary><see cref="char.IsLetter(char)"/>, with ASCII settled by one comparison.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsLetter(char c) => c < 0x80 ? IsAsciiLetter(c) : char.IsLetter(c);
}
