namespace Resolint.Core.Parsing.Roles;

/// <summary>An operative paragraph: "1. Decides …;", or one that stands alone without a number.</summary>
internal static class OperativeRole
{
    public const string NumberedReason = "a numbered paragraph";

    public const string MissingNumberReason = "an unnumbered paragraph among operative paragraphs: one whose number is missing";

    public const string UnnumberedReason = "ends with a semicolon or full stop and opens with a word that cannot open a preambular paragraph: an operative paragraph without a number";

    /// <summary>
    /// Where a preambular paragraph could stand, a paragraph that acts instead: it opens in capitals with a word no
    /// preambular paragraph opens with ("Decides", "Notes") and ends as operative paragraphs end. A resolution's
    /// single operative paragraph is not numbered; elsewhere this is an operative paragraph that lost its number.
    /// </summary>
    public static bool ActsWithoutNumber(string words) =>
        words.Length > 0 && char.IsUpper(words[0]) && words[^1] is '.' or ';'
        && !OpenerReader.CouldOpenPreamble(PunctuationOf.FirstWord(words))
        && !words.StartsWith("The ", StringComparison.Ordinal);
}
