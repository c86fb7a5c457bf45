namespace Resolint.Core.Parsing.Roles;

/// <summary>
/// A heading inside the body that groups paragraphs ("Participation", "Budget performance report for the period from
/// 1 July 2022 to 30 June 2023", a Markdown "## Protection"). Such lines group paragraphs; they are not paragraphs.
/// </summary>
internal static class SubheadingRole
{
    /// <summary>
    /// In the preamble a heading is short ("Funding", "General"): a longer line without a comma is more likely a
    /// preambular paragraph that lost its comma, which RES301 must still see.
    /// </summary>
    private const int MaxPreambleCharacters = 80;

    private const int MaxPreambleWords = 8;

    /// <summary>
    /// Among operative paragraphs every paragraph is numbered and closed by punctuation, so an unnumbered line without
    /// either is a heading, even a long one naming a report and its period; past this length it is prose.
    /// </summary>
    private const int MaxOperativeCharacters = 300;

    /// <summary>"Taking stock: reviewing the implementation …": a title and its subtitle, as headings are written.</summary>
    public static bool HasTitleColon(string words)
    {
        int colon = words.IndexOf(": ", StringComparison.Ordinal);
        return colon > 0 && colon + 2 < words.Length && char.IsLower(words[colon + 2]);
    }

    public const string PartTitleReason = "a line without closing punctuation after a part heading: the part's title";

    /// <summary>The title under a part heading ("A" / "Work of the Committee regarding …"): a line without closing punctuation.</summary>
    public static bool IsPartTitle(Block block, string words) =>
        block.Kind is BlockKind.Paragraph or BlockKind.Heading && words.Length > 0 && char.IsUpper(words[0]) && PunctuationOf.LastMark(words) is null
        && words.Length <= MaxOperativeCharacters;

    /// <summary>Why the block is a subheading, or null when it is not one.</summary>
    public static string? Why(Block block, string words, bool inOperativePart)
    {
        if (block.Kind == BlockKind.Heading)
        {
            return "a Markdown heading";
        }

        if (block.Kind != BlockKind.Paragraph || words.Length == 0 || !char.IsUpper(words[0]) || PunctuationOf.LastMark(words) is not null
            || HeadingLines.Meeting().IsMatch(words) || HeadingLines.Date().IsMatch(words))
        {
            return null;
        }

        if (inOperativePart)
        {
            return words.Length <= MaxOperativeCharacters ? "an unnumbered line without closing punctuation among operative paragraphs" : null;
        }

        return words.Length <= MaxPreambleCharacters && words.Split(' ').Length <= MaxPreambleWords
            && !OpenerReader.CouldOpenPreamble(PunctuationOf.FirstWord(words))
            ? "a short line without closing punctuation whose first word does not open a preambular paragraph"
            : null;
    }
}
