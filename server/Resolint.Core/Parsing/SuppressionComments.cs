using System.Text.RegularExpressions;

namespace Resolint.Core.Parsing;

/// <summary>
/// The shapes of a suppression comment: `&lt;!-- resolint-disable-next-line RES201 --&gt;` and, in plain text,
/// `%% resolint-disable-next-line RES201`. The parser sets such lines aside so they are never part of a
/// paragraph; the checker reads them to silence findings.
/// </summary>
public static class SuppressionComments
{
    /// <summary>What every suppression comment holds: a line without it is none.</summary>
    internal const string Marker = "resolint-";

    // The comment must fill its line: anything else on the line is text of the draft, and a comment inside a
    // paragraph would be part of the paragraph for the parser. "-- reason" after the rules is a justification.
    private static readonly Regex MarkdownForm = new(
        @"^[ \t]*<!--[ \t]*resolint-(?<kind>disable-next-line|disable|enable)(?<rules>(?:[ \t,]+[A-Za-z]+[0-9]+)*)[ \t,]*(?:--(?!>).*?)?-->[ \t]*$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    private static readonly Regex PlainTextForm = new(
        @"^[ \t]*%%[ \t]*resolint-(?<kind>disable-next-line|disable|enable)(?<rules>(?:[ \t,]+[A-Za-z]+[0-9]+)*)[ \t,]*(?:--.*)?$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    /// <summary>True for a line that is a suppression comment, in either form.</summary>
    public static bool IsDirectiveLine(ReadOnlySpan<char> line) =>
        line.Contains(Marker, StringComparison.Ordinal) && (MarkdownForm.IsMatch(line) || PlainTextForm.IsMatch(line));

    /// <summary>The comment's parts (groups "kind" and "rules"), or an unsuccessful match.</summary>
    public static Match Match(string line)
    {
        Match match = MarkdownForm.Match(line);
        return match.Success ? match : PlainTextForm.Match(line);
    }
}
