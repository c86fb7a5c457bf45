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
    /// <param name="shortest">
    /// The fewest characters of a word the reader wants: a word of one or two characters shorter than that is passed over
    /// on the masks, nearly a fifth of a draft's words. A word that reaches a block's end is given whatever its length.
    /// </param>
    public static void Read<TReader>(string text, ref TReader reader, int shortest = 1)
        where TReader : struct, IWordReader
    {
        // How many characters after a word's first, and before its last, it must have to be given; the block's last
        // characters, where a word run on into the next block keeps its start.
        int beyond = Math.Clamp(shortest, 1, 3) - 1;
        ulong lastCharacters = ~(ulong.MaxValue >> beyond);

        // The words lie inside the text: their characters are taken without a bounds check each.
        ref char first = ref MemoryMarshal.GetReference(text.AsSpan());
        int length = text.Length;

        // A word begun in an earlier block that runs on into this one: where it starts (-1 when none does) and
        // whether a hyphen joins letters in it so far.
        int openStart = -1;
        bool openHyphenated = false;
        bool letterBefore = false;
        for (int blockStart = 0; blockStart < length; blockStart += Block)
        {
            (ulong letters, ulong joined) = Classify(ref first, length, blockStart, letterBefore);
            // The character before the next block is this block's last.
            letterBefore = (long)letters < 0;
            ulong word = letters | joined;

            // A word's first character has none of it before, its last none after.
            ulong starts = word & ~(word << 1);
            ulong ends = word & ~(word >> 1);

            // The block's last word runs on into the next block when it reaches the block's end and the text goes on.
            bool runsOn = (long)word < 0 && blockStart + Block < length;
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

            if (beyond > 0)
            {
                // The short words left out: a start without letters after it, an end without letters before it. The
                // block's last word, run on into the next, keeps its start.
                ulong goesOn = word >> 1;
                ulong cameFrom = word << 1;
                if (beyond > 1)
                {
                    goesOn &= word >> 2;
                    cameFrom &= word << 2;
                }

                starts &= goesOn | (runsOn ? lastCharacters : 0);
                ends &= cameFrom;
            }

            // Few blocks have a hyphen joining letters: the others' words are read without asking.
            starts = joined == 0
                ? ReadBlock(ref reader, ref first, blockStart, starts, ends)
                : ReadHyphenatedBlock(ref reader, ref first, blockStart, starts, ends, joined);

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
    /// Gives the reader the words of a block that end at <paramref name="ends"/>, none of them hyphenated, and returns the
    /// starts left. A method of its own, called once per block, so that the loop's few values stay in registers.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static ulong ReadBlock<TReader>(ref TReader reader, ref char first, int blockStart, ulong starts, ulong ends)
        where TReader : struct, IWordReader
    {
        ref char block = ref Unsafe.Add(ref first, blockStart);
        while (ends != 0)
        {
            int start = BitOperations.TrailingZeroCount(starts);
            int end = BitOperations.TrailingZeroCount(ends) + 1;
            starts &= starts - 1;
            ends &= ends - 1;
            reader.Take(new TextSpan(blockStart + start, end - start), MemoryMarshal.CreateReadOnlySpan(ref Unsafe.Add(ref block, start), end - start), false);
        }

        return starts;
    }

    /// <summary><see cref="ReadBlock"/> for a block with a hyphen joining letters: each word is asked whether it holds one.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static ulong ReadHyphenatedBlock<TReader>(ref TReader reader, ref char first, int blockStart, ulong starts, ulong ends, ulong joined)
        where TReader : struct, IWordReader
    {
        while (ends != 0)
        {
            int start = BitOperations.TrailingZeroCount(starts);
            int end = BitOperations.TrailingZeroCount(ends);
            starts &= starts - 1;
            ends &= ends - 1;
            Take(ref reader, ref first, blockStart + start, blockStart + end + 1, (joined & UpTo(end)) >> start != 0);
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

    /// <summary>
    /// Where the word that starts at <paramref name="start"/> (a letter) ends, read character by character: for the few
    /// words read on their own.
    /// </summary>
    internal static int WordEnd(string text, int start)
    {
        int end = start;
        while (end < text.Length && (char.IsLetter(text[end]) || (text[end] == '-' && end + 1 < text.Length && char.IsLetter(text[end + 1]))))
        {
            end++;
        }

        return end;
    }

    /// <summary>The bits of a block's characters up to <paramref name="end"/>, included.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong UpTo(int end) => (2UL << end) - 1;

    /// <summary>
    /// Classifies the block of up to 64 characters from <paramref name="start"/> of a text of <paramref name="length"/>
    /// characters from <paramref name="first"/> on: which of them are letters, and which are hyphens joining two letters
    /// (<paramref name="letterBefore"/>: whether the character before the block is a letter).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static (ulong Letters, ulong Joined) Classify(ref char first, int length, int start, bool letterBefore)
    {
        int rest = length - start;
        ulong letters;
        ulong hyphens;
        ulong others;
        ulong letterAfter = 0;
        if (rest >= Block)
        {
            (letters, hyphens, others) = Masks(ref Unsafe.Add(ref first, start));
            if (rest > Block && IsLetter(Unsafe.Add(ref first, start + Block)))
            {
                letterAfter = 1UL << (Block - 1);
            }
        }
        else
        {
            (letters, hyphens, others) = MasksOfLast(ref first, length, rest);
        }

        // Beyond ASCII (accented names, curly quotes), the few characters are asked one by one.
        if (others != 0)
        {
            letters |= LettersBeyondAscii(ref Unsafe.Add(ref first, start), others);
        }

        ulong joined = hyphens & ((letters << 1) | (letterBefore ? 1UL : 0)) & ((letters >> 1) | letterAfter);
        return (letters, joined);
    }

    /// <summary>Which of the characters beyond ASCII at <paramref name="others"/>, in the block from <paramref name="block"/> on, are letters.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static ulong LettersBeyondAscii(ref char block, ulong others)
    {
        ulong letters = 0;
        for (; others != 0; others &= others - 1)
        {
            // A bit of the block's masks stands for a character of the text: read without a bounds check.
            int i = BitOperations.TrailingZeroCount(others);
            if (char.IsLetter(Unsafe.Add(ref block, i)))
            {
                letters |= 1UL << i;
            }
        }

        return letters;
    }

    /// <summary>
    /// The masks of the last <paramref name="rest"/> characters of a text, fewer than a block: the text's last 64
    /// characters classified and shifted down, or where the text is shorter, its characters padded with spaces. Once per
    /// passage, in a method of its own so that the other blocks are classified without a buffer.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (ulong Letters, ulong Hyphens, ulong Others) MasksOfLast(ref char first, int length, int rest)
    {
        if (length >= Block)
        {
            (ulong letters, ulong hyphens, ulong others) = Masks(ref Unsafe.Add(ref first, length - Block));
            int shift = Block - rest;
            return (letters >> shift, hyphens >> shift, others >> shift);
        }

        Span<char> padded = stackalloc char[Block];
        MemoryMarshal.CreateReadOnlySpan(ref first, length).CopyTo(padded);
        padded[length..].Fill(' ');
        return Masks(ref MemoryMarshal.GetReference(padded));
    }

    /// <summary>Which of the 64 characters from <paramref name="chars"/> on are ASCII letters, which are hyphens, and which lie beyond ASCII.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static (ulong Letters, ulong Hyphens, ulong Others) Masks(ref char chars)
    {
        if (Vector128.IsHardwareAccelerated)
        {
            // Narrowed to bytes, each character beyond Latin-1 as 0xFF, 16 characters are classified by each comparison.
            ref ushort first = ref Unsafe.As<char, ushort>(ref chars);
            Vector128<byte> b0 = Narrow(ref first, 0);
            Vector128<byte> b1 = Narrow(ref first, 16);
            Vector128<byte> b2 = Narrow(ref first, 32);
            Vector128<byte> b3 = Narrow(ref first, 48);
            ulong letters = Letters(b0) | (Letters(b1) << 16) | (Letters(b2) << 32) | (Letters(b3) << 48);

            // Most blocks have no hyphen and no character beyond ASCII (whose byte's high bit is set): one test each.
            Vector128<byte> hyphen = Vector128.Create((byte)'-');
            Vector128<byte> h0 = Vector128.Equals(b0, hyphen);
            Vector128<byte> h1 = Vector128.Equals(b1, hyphen);
            Vector128<byte> h2 = Vector128.Equals(b2, hyphen);
            Vector128<byte> h3 = Vector128.Equals(b3, hyphen);
            ulong hyphens = 0;
            if (((h0 | h1) | (h2 | h3)) != Vector128<byte>.Zero)
            {
                hyphens = Bits(h0) | (Bits(h1) << 16) | (Bits(h2) << 32) | (Bits(h3) << 48);
            }

            ulong others = 0;
            if (Bits((b0 | b1) | (b2 | b3)) != 0)
            {
                others = Bits(b0) | (Bits(b1) << 16) | (Bits(b2) << 32) | (Bits(b3) << 48);
            }

            return (letters, hyphens, others);
        }

        return MasksOneByOne(MemoryMarshal.CreateReadOnlySpan(ref chars, Block));
    }

    /// <summary>The 16 characters from <paramref name="first"/> + <paramref name="at"/> as bytes, each beyond Latin-1 as 0xFF.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<byte> Narrow(ref ushort first, nuint at) =>
        Vector128.NarrowWithSaturation(Vector128.LoadUnsafe(ref first, at), Vector128.LoadUnsafe(ref first, at + (nuint)Vector128<ushort>.Count));

    /// <summary>Which of 16 bytes are ASCII letters, as bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Letters(Vector128<byte> bytes) =>
        Bits(Vector128.LessThanOrEqual((bytes | Vector128.Create((byte)0x20)) - Vector128.Create((byte)'a'), Vector128.Create((byte)('z' - 'a'))));

    /// <summary>The high bits of 16 bytes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Bits(Vector128<byte> bytes) => bytes.ExtractMostSignificantBits();

    /// <summary><see cref="Masks"/> where vectors are not accelerated.</summary>
    private static (ulong Letters, ulong Hyphens, ulong Others) MasksOneByOne(ReadOnlySpan<char> chars)
    {
        ulong letters = 0;
        ulong hyphens = 0;
        ulong others = 0;
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

        return (letters, hyphens, others);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsAsciiLetter(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a';

    /// <summary><see cref="char.IsLetter(char)"/>, with ASCII settled by one comparison.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsLetter(char c) => c < 0x80 ? IsAsciiLetter(c) : char.IsLetter(c);
}
