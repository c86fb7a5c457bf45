using System.Text.RegularExpressions;
using Resolint.Core.Drafts;
using Resolint.Core.Text;

namespace Resolint.Core.Parsing.Roles;

/// <summary>
/// The line that closes the resolution: the meeting ("70th plenary meeting"), the General Assembly's or the
/// Council's note ("[Adopted without a vote.]"), the Security Council's "Adopted unanimously at the 1270th meeting.".
/// </summary>
internal static class AdoptionLineRole
{
    public static bool IsAdoption(string words) =>
        HeadingLines.Meeting().IsMatch(words) || HeadingLines.AdoptedNote().IsMatch(words) || HeadingLines.SecurityCouncilAdoption().IsMatch(words);

    /// <summary>The adoption line the words make, and whether a voting record runs on after it; null when they make none.</summary>
    public static (AdoptionLine Line, bool VotingRecordFollows, string Reason)? Read(TextSpan span, string words)
    {
        // The meeting opens with its number, the note with its bracket, the Security Council's line with "Adopted": every block of
        // the body is asked, and nearly all open otherwise, so the three patterns are not tried on them.
        if (words.Length == 0 || !(char.IsAsciiDigit(words[0]) || words[0] is '[' or 'A'))
        {
            return null;
        }

        Match m = HeadingLines.Meeting().Match(words);
        if (m.Success)
        {
            return (new AdoptionLine(span, m.Groups["meeting"].Value, NullIfEmpty(m.Groups["date"].Value), false), false, "the meeting at which the resolution was adopted");
        }

        m = HeadingLines.AdoptedNote().Match(words);
        if (m.Success)
        {
            return (new AdoptionLine(span, null, null, WithoutVote(m.Groups["how"].Value)) { RecordedVote = RecordedVote(m.Groups["how"].Value) }, !words.EndsWith(']'), "\"[Adopted …]\": how the resolution was adopted");
        }

        m = HeadingLines.SecurityCouncilAdoption().Match(words);
        if (m.Success)
        {
            bool withoutVote = m.Groups["how"].Value.Length > 0 && !m.Groups["how"].Value.StartsWith("unanimously", StringComparison.Ordinal);
            return (new AdoptionLine(span, m.Groups["meeting"].Value.Trim() + " meeting", null, withoutVote), false, "\"Adopted … at the … meeting\": the Security Council's closing line");
        }

        return null;
    }

    /// <summary>A date alone after the operative part ("21 July 2020"): the date of adoption, its meeting line missing.</summary>
    public static (AdoptionLine Line, bool VotingRecordFollows, string Reason)? ReadDateAlone(TextSpan span, string words) =>
        HeadingLines.Date().IsMatch(words)
            ? (new AdoptionLine(span, null, words, false), false, "a date alone after the operative part: the date of adoption")
            : null;

    public static bool WithoutVote(string how) => how.StartsWith("without a vote", StringComparison.Ordinal);

    public static bool RecordedVote(string how) => how.StartsWith("by a recorded vote", StringComparison.Ordinal);

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
