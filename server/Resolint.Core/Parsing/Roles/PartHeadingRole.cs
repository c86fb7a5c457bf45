using System.Text.RegularExpressions;

namespace Resolint.Core.Parsing.Roles;

/// <summary>
/// The heading of a part or section: "A", "B", "II", "A. Actions related to the Forum", "II Progress on …". A
/// resolution in parts numbers each part's operative paragraphs from 1, and a part may have its own preamble.
/// </summary>
internal static partial class PartHeadingRole
{
    public const string NumberedOnReason = "a letter or Roman numeral after which the operative paragraphs are numbered on, not from 1: a section's heading, not a part";

    /// <summary>Why the block is a part heading, or null.</summary>
    public static string? Why(Block block, string words)
    {
        if (block.Kind is not (BlockKind.Paragraph or BlockKind.Heading) || words.Length == 0 || PunctuationOf.LastMark(words) is not null)
        {
            return null;
        }

        Match m = Shape().Match(words);
        if (!m.Success)
        {
            return null;
        }

        return m.Groups["title"].Success
            ? "a letter or Roman numeral before a title without closing punctuation: a part of the resolution"
            : "a letter or Roman numeral alone: a part of the resolution";
    }

    /// <summary>"A", "IV", "B." alone; "A. Title" (a letter needs its full stop before a title: "A new …" is prose); "II Title".</summary>
    [GeneratedRegex(@"^(?:(?:[A-Z]|[IVXL]{1,6})\.?|(?:[A-Z]\.|[IVXL]{1,6}\.?)\s+(?<title>[A-Z“""(].*))$")]
    private static partial Regex Shape();
}
