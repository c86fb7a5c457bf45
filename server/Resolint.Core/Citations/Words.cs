using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;

namespace Resolint.Core.Citations;

/// <summary>
/// Reading small pieces of prose at a position: words, spaces, digits. Every method is bounds-safe, returns -1
/// when the piece is not there and passes a -1 position on, so a reader can chain the pieces of a form and
/// test once at the end, never backtracking.
/// </summary>
/// <remarks>
/// The tests of one character and the readers of spaces, digits and letters are inlined where they are used: the
/// citation readers and the date rule call them for nearly every character they read, and a call cost more than the test.
/// </remarks>
internal static class Words
{
    /// <summary>Spaces between words: ordinary, no-break and narrow no-break (UN texts use both in dates).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsSpace(char c) => c is ' ' or '\u00A0' or '\u202F' or '\t';

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsWordChar(char c) => char.IsLetterOrDigit(c);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsAsciiDigit(char c) => c is >= '0' and <= '9';

    public static bool IsAsciiUpper(char c) => c is >= 'A' and <= 'Z';

    /// <summary>True when a word (letters or digits) begins at <paramref name="i"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool StartsWord(string s, int i) =>
        i >= 0 && i < s.Length && IsWordChar(s[i]) && (i == 0 || !IsWordChar(s[i - 1]));

    /// <summary>True when nothing of a word continues at <paramref name="i"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool EndsWord(string s, int i) => i >= s.Length || !IsWordChar(s[i]);

    /// <summary>The index after any spaces at <paramref name="i"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int SkipSpaces(string s, int i)
    {
        while (i >= 0 && i < s.Length && IsSpace(s[i]))
        {
            i++;
        }

        return i;
    }

    /// <summary>The index after one or more spaces, or -1 when there is none.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Gap(string s, int i)
    {
        int end = SkipSpaces(s, i);
        return i >= 0 && end > i ? end : -1;
    }

    /// <summary>The index after <paramref name="word"/> standing whole at <paramref name="i"/>, or -1.</summary>
    public static int Word(string s, int i, string word, StringComparison comparison = StringComparison.Ordinal)
    {
        int end = Literal(s, i, word, comparison);
        return end >= 0 && EndsWord(s, end) ? end : -1;
    }

    /// <summary>The index after <paramref name="literal"/> at <paramref name="i"/>, or -1.</summary>
    public static int Literal(string s, int i, string literal, StringComparison comparison = StringComparison.Ordinal)
    {
        if (i < 0 || i > s.Length - literal.Length)
        {
            return -1;
        }

        // Ordinal, as nearly every reader asks, is compared straight, not through the comparison's dispatch.
        ReadOnlySpan<char> at = s.AsSpan(i, literal.Length);
        return (comparison == StringComparison.Ordinal ? at.SequenceEqual(literal) : at.Equals(literal, comparison)) ? i + literal.Length : -1;
    }

    /// <summary>
    /// The index after a run of 1 to <paramref name="maxDigits"/> ASCII digits at <paramref name="i"/>, or -1
    /// (also when the run is longer: "20121" is not a year).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Digits(string s, int i, int maxDigits, out int value)
    {
        value = 0;
        if (i < 0)
        {
            return -1;
        }

        int end = i;
        while (end < s.Length && IsAsciiDigit(s[end]))
        {
            if (end - i == maxDigits)
            {
                return -1;
            }

            value = (value * 10) + (s[end] - '0');
            end++;
        }

        return end > i ? end : -1;
    }

    /// <summary>The index after a run of letters at <paramref name="i"/> (<paramref name="i"/> itself when there is none).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Letters(string s, int i)
    {
        if (i < 0)
        {
            return -1;
        }

        int end = i;
        while (end < s.Length && char.IsLetter(s[end]))
        {
            end++;
        }

        return end;
    }

    /// <summary>
    /// <see cref="string.ToLowerInvariant()"/>, with a word of ASCII (nearly every word of a draft) lowered without the
    /// Unicode casing tables, which the engine's invariant globalization asks character by character: the opening-word
    /// rules lower every paragraph's opening words on each check.
    /// </summary>
    public static string Lower(string word) =>
        word.AsSpan().ContainsAnyInRange('A', 'Z') || !Ascii.IsValid(word) ? Lower(word.AsSpan()) : word;

    /// <inheritdoc cref="Lower(string)"/>
    public static string Lower(ReadOnlySpan<char> word) =>
        string.Create(word.Length, word, static (lower, word) =>
        {
            if (Ascii.ToLower(word, lower, out _) != OperationStatus.Done)
            {
                word.ToLowerInvariant(lower);
            }
        });
}
