using Resolint.Core.Drafts;
using Resolint.Core.Parsing.Roles;

namespace Resolint.Core.Parsing;

/// <summary>
/// A sub-paragraph label as read: "(a)", "(ii)", "b.", "iv.". <paramref name="Written"/> is what the text holds when
/// it is a mark OCR misread for the label ("(c}" for "(c)", "(6)" for "(b)"); null when it holds the label itself.
/// </summary>
internal readonly record struct LabelToken(string Text, string Value, bool Parenthesized, int Length, string? Written = null);

/// <summary>Reads sub-paragraph labels and tells letters from roman numerals.</summary>
internal static class SubParagraphLabels
{
    /// <summary>A label at <paramref name="index"/> followed by white space.</summary>
    public static bool TryRead(RawText raw, int index, out LabelToken label)
    {
        // Read where the characters stand: every block is asked, several times over, whether it opens with a label.
        int max = Math.Min(raw.Length - index, 12);
        return TryRead(max > 0 ? raw.Chars.Slice(index, max) : [], out label);
    }

    public static bool TryRead(ReadOnlySpan<char> text, out LabelToken label)
    {
        label = default;
        bool parenthesized = text.Length > 0 && text[0] == '(';
        int i = parenthesized ? 1 : 0;
        int start = i;
        while (i < text.Length && i - start < 6 && char.IsAsciiLetterLower(text[i]))
        {
            i++;
        }

        if (i == start || i >= text.Length)
        {
            return false;
        }

        char close = parenthesized ? ')' : '.';
        bool misreadClose = parenthesized && PrintTranscription.ClosingParenthesisMisread(text[i]);
        if ((text[i] != close && !misreadClose) || i + 1 >= text.Length || !char.IsWhiteSpace(text[i + 1]))
        {
            return false;
        }

        // The label's strings are made only for a label: most paragraphs open with a word ("the", "to") that is none.
        string value = text[start..i].ToString();

        // A letter label is one letter or a doubled one ("aa"); anything longer must be a roman numeral.
        bool letter = value.Length == 1 || (value.Length == 2 && value[0] == value[1]);
        if (!letter && !IsRoman(value))
        {
            return false;
        }

        string written = text[..(i + 1)].ToString();
        label = misreadClose
            ? new LabelToken($"({value})", value, parenthesized, i + 1, written)
            : new LabelToken(written, value, parenthesized, i + 1);
        return true;
    }

    /// <summary>
    /// A parenthesized digit at the start of <paramref name="text"/> that OCR read for the letter label expected there:
    /// "(6)" where "(b)" comes next. Read only where that letter is expected, as a label of digits is one otherwise.
    /// </summary>
    public static bool TryReadMisreadLetter(ReadOnlySpan<char> text, char expected, out LabelToken label)
    {
        label = default;
        if (text.Length < 4 || text[0] != '(' || !PrintTranscription.DigitMisreadForLetter(text[1], expected)
            || (text[2] != ')' && !PrintTranscription.ClosingParenthesisMisread(text[2])) || !char.IsWhiteSpace(text[3]))
        {
            return false;
        }

        label = new LabelToken($"({expected})", expected.ToString(), Parenthesized: true, 3, text[..3].ToString());
        return true;
    }

    public static bool IsRoman(string value)
    {
        foreach (char c in value)
        {
            if (c is not ('i' or 'v' or 'x' or 'l' or 'c'))
            {
                return false;
            }
        }

        return RomanValue(value) > 0;
    }

    /// <summary>The value of a lower-case roman numeral written in the usual way, or 0.</summary>
    public static int RomanValue(string value)
    {
        int total = 0;
        for (int i = 0; i < value.Length; i++)
        {
            int v = Digit(value[i]);
            int next = i + 1 < value.Length ? Digit(value[i + 1]) : 0;
            total += v < next ? -v : v;
        }

        return string.Equals(ToRoman(total), value, StringComparison.Ordinal) ? total : 0;

        static int Digit(char c) => c switch { 'i' => 1, 'v' => 5, 'x' => 10, 'l' => 50, 'c' => 100, _ => 0 };
    }

    public static string ToRoman(int number)
    {
        var builder = new System.Text.StringBuilder();
        (int Value, string Text)[] table = [(100, "c"), (90, "xc"), (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")];
        foreach ((int value, string text) in table)
        {
            while (number >= value)
            {
                builder.Append(text);
                number -= value;
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// The style of a label, deciding "(i)", "(v)" and "(x)" by what precedes them at the letter level:
    /// "(i)" after "(h)" is a letter, otherwise a roman numeral.
    /// </summary>
    public static LabelStyle StyleOf(LabelToken label, string? previousLetterValue)
    {
        bool roman = IsRoman(label.Value);
        bool letter = label.Value.Length == 1 || (label.Value.Length == 2 && label.Value[0] == label.Value[1]);
        if (roman && letter)
        {
            roman = previousLetterValue is null || !string.Equals(PreviousLetter(label.Value), previousLetterValue, StringComparison.Ordinal);
        }

        return (label.Parenthesized, roman) switch
        {
            (true, false) => LabelStyle.ParenthesizedLetter,
            (true, true) => LabelStyle.ParenthesizedRoman,
            (false, false) => LabelStyle.DottedLetter,
            _ => LabelStyle.DottedRoman,
        };
    }

    /// <summary>The letter label before this one: "b" before "c", "z" before "aa", "hh" before "ii".</summary>
    private static string PreviousLetter(string value) =>
        value.Length == 1
            ? value[0] == 'a' ? string.Empty : ((char)(value[0] - 1)).ToString()
            : value[0] == 'a' ? "z" : new string((char)(value[0] - 1), 2);

    public static int LevelOf(LabelStyle style) => style switch
    {
        LabelStyle.ParenthesizedLetter => 1,
        LabelStyle.ParenthesizedRoman => 2,
        LabelStyle.DottedLetter => 3,
        _ => 4,
    };

    /// <summary>The 1-based position of a label in its sequence: (a) → 1, (c) → 3, (iv) → 4, (aa) → 27.</summary>
    public static int Ordinal(string value, LabelStyle style) =>
        style is LabelStyle.ParenthesizedRoman or LabelStyle.DottedRoman
            ? RomanValue(value)
            : value.Length == 2 ? 26 + (value[0] - 'a' + 1) : value[0] - 'a' + 1;
}
