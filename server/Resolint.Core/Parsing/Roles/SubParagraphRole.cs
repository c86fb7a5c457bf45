namespace Resolint.Core.Parsing.Roles;

/// <summary>A sub-paragraph of an operative paragraph: "(a) To strengthen …;", "(ii) …".</summary>
internal static class SubParagraphRole
{
    public const string Reason = "opens with a sub-paragraph label after an operative paragraph";

    public static bool TryRead(Block block, out LabelToken label) => SubParagraphLabels.TryRead(block.Text, 0, out label);
}
