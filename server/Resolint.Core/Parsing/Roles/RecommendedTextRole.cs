namespace Resolint.Core.Parsing.Roles;

/// <summary>
/// A whole text the resolution recommends to another organ for adoption ("Recommends to the General Assembly the
/// adoption of the following draft resolution: The General Assembly, …"): it has its own organ line, preamble and
/// numbering, and runs to the adoption line. Its organ line has this role; its paragraphs are read as preambular and
/// operative paragraphs of their own numbered sequence, in that organ's voice, so the rules check them too.
/// </summary>
internal static class RecommendedTextRole
{
    public const string StartReason = "an organ line after the operative part began: the text the resolution recommends begins, numbered on its own";

    public static bool Opens(Block block, string words, bool afterOperativePart) =>
        afterOperativePart && OrganLineRole.BodyOf(block, words) is not null;
}
