using System.Text.RegularExpressions;

namespace Resolint.Core.Parsing.Roles;

/// <summary>
/// "Annex", "Annex II", "Annex A": what follows is the annex's text (a declaration, a programme of action, a statute),
/// numbered on its own and often in the first person ("We reaffirm"); the resolution's rules do not read it as its own
/// paragraphs.
/// </summary>
internal static partial class AnnexRole
{
    public const string Reason = "\"Annex\": the annex's heading";

    public const string TextReason = "in the annex, or the text the resolution adopts after its adoption line";

    public static bool IsAnnexHeading(string words) => Shape().IsMatch(words);

    [GeneratedRegex(@"^Annex(?:es)?(?: (?:[IVXL]{1,6}|[A-Z]|\d{1,2}))?$")]
    private static partial Regex Shape();
}
