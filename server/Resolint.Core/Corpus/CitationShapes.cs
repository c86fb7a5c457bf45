using System.Text.RegularExpressions;
using Resolint.Core.Citations;

namespace Resolint.Core.Corpus;

/// <summary>
/// The shape of a citation with its particulars taken out, so the corpus's habits can be counted:
/// "resolution 66/169 of 19 December 2011" → "resolution N/N of DATE", "Council resolution 20/14" →
/// "Council resolution N/N", "resolution 217 A (III)" → "resolution N A (R)".
/// </summary>
internal static partial class CitationShapes
{
    public static string Of(ResolutionCitation citation)
    {
        string text = OpenerForms.Normalize(citation.Text);
        if (citation.Date is { } date && date.Text.Length > 0)
        {
            text = text.Replace(OpenerForms.Normalize(date.Text), "DATE", StringComparison.Ordinal);
        }

        text = RomanSession().Replace(text, "(R)");
        return Digits().Replace(text, "N");
    }

    [GeneratedRegex(@"\((?:[IVXLC]+)\)")]
    private static partial Regex RomanSession();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();
}
