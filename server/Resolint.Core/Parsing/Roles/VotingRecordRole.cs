namespace Resolint.Core.Parsing.Roles;

/// <summary>
/// A recorded vote after the adoption note: "[Adopted by a recorded vote of 28 to 11 … The voting was as follows:",
/// "In favour:", the States that voted, up to the closing bracket.
/// </summary>
internal static class VotingRecordRole
{
    public const string Reason = "part of the recorded vote that runs on from the adoption note to its closing bracket";

    /// <summary>Whether the record still runs on after these words.</summary>
    public static bool RunsOnAfter(string words) => !words.EndsWith(']');
}
