using System.Text.RegularExpressions;

namespace Resolint.Core.Parsing.Roles;

/// <summary>"The General Assembly,", "The Human Rights Council,": the organ that speaks.</summary>
internal static class OrganLineRole
{
    public const string Reason = "\"The … ,\": the organ that speaks";

    /// <summary>The organ's name, when the words are an organ line.</summary>
    public static string? BodyOf(Block block, string words)
    {
        if (block.Kind != BlockKind.Paragraph)
        {
            return null;
        }

        Match m = HeadingLines.OrganLine().Match(words);
        if (!m.Success)
        {
            m = HeadingLines.OrganLineWithoutComma().Match(words);
        }

        return m.Success ? m.Groups["body"].Value : null;
    }
}
