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

    /// <summary>Whether the words are an annex's heading: those of nearly every paragraph, which do not open with "Annex", are given to no regex.</summary>
    public static bool IsAnnexHeading(string words) => words.StartsWith("Annex", StringComparison.Ordinal) && Shape().IsMatch(words);

    /// <remarks>Internal for the tests, which give it every paragraph's words.</remarks>
    [GeneratedRegex(@"^Annex(?:es)?(?: (?:[IVXL]{1,6}|[A-Z]|\d{1,2}))?$")]
    internal static partial Regex Shape();
}
