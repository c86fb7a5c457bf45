using Resolint.Core.Drafts;
using Resolint.Core.Parsing;

namespace Resolint.Core.Rules.Numbering;

/// <summary>Sub-paragraph labels as values: "(c)" is the third of its style, and the third "(i)"-style label is "(iii)".</summary>
internal static class SubParagraphLabel
{
    /// <summary>The 1-based place of a label in its sequence: (a) → 1, (iv) → 4, aa. → 27.</summary>
    public static int Ordinal(SubParagraph sub) => SubParagraphLabels.Ordinal(sub.Label.Trim('(', ')', '.'), sub.Style);

    /// <summary>The label at a place in a style's sequence: (3, ParenthesizedRoman) → "(iii)"; null past "zz".</summary>
    public static string? Format(int ordinal, LabelStyle style)
    {
        string? value = style is LabelStyle.ParenthesizedRoman or LabelStyle.DottedRoman
            ? SubParagraphLabels.ToRoman(ordinal)
            : ordinal switch
            {
                >= 1 and <= 26 => ((char)('a' + ordinal - 1)).ToString(),
                >= 27 and <= 52 => new string((char)('a' + ordinal - 27), 2),
                _ => null,
            };
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        return style is LabelStyle.ParenthesizedLetter or LabelStyle.ParenthesizedRoman ? $"({value})" : value + ".";
    }

    /// <summary>The first labels of a style, as a drafter recognises the level: "(a), (b), (c)".</summary>
    public static string Examples(LabelStyle style) => string.Join(", ", Enumerable.Range(1, 3).Select(i => Format(i, style)));
}
