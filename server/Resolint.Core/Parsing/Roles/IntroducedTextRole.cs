namespace Resolint.Core.Parsing.Roles;

/// <summary>
/// A text an operative paragraph introduces with a colon and quotes whole: "Adopts the following political declaration:"
/// then its title and paragraphs ("We, Heads of State …", "1. Reaffirm …"); "notes that rule 3.3 reads:" then "“(a) On
/// appointment …”". It is numbered on its own and speaks in its own voice; it runs to the next operative paragraph
/// of the resolution or to the adoption line.
/// </summary>
internal static class IntroducedTextRole
{
    public const string StartReason = "a title or a quotation after a paragraph that ends with a colon: the text the paragraph introduces";

    public const string Reason = "inside the text an operative paragraph introduces";

    /// <summary>After a paragraph's colon, a line that opens a quotation or is a title (no closing punctuation) opens a whole text.</summary>
    public static bool Opens(Block block, string words) =>
        block.Kind == BlockKind.Paragraph && words.Length > 0
        && (words[0] is '“' or '"' || (char.IsUpper(words[0]) && PunctuationOf.LastMark(words) is null));
}
