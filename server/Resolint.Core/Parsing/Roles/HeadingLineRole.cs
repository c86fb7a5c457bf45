using System.Text.RegularExpressions;
using Resolint.Core.Drafts;
using Resolint.Core.Text;

namespace Resolint.Core.Parsing.Roles;

/// <summary>
/// A line of the heading, before the organ line: "Resolution adopted by the General Assembly on …", "[on the report of
/// …]", "68/171. Title", "Resolution 827 (1993)", "Adopted by the Security Council at its 3217th meeting, on …", the
/// session, the agenda item, the symbol. What the line says is taken into the <see cref="Heading"/>.
/// </summary>
internal static class HeadingLineRole
{
    /// <summary>Whether the words are a line only a heading has ("Adopted by the Security Council at its 3269th meeting,").</summary>
    public static bool IsHeadingOnly(string words) =>
        HeadingLines.AdoptedBy().IsMatch(words) || HeadingLines.AdoptedAtMeeting().IsMatch(words) || HeadingLines.OnReportOf().IsMatch(words)
        || HeadingLines.NumberAndTitle().IsMatch(words);

    /// <summary>The heading with what the line adds, and why the line belongs to it.</summary>
    public static (Heading Heading, string Reason) Read(string words, Heading heading, Func<Group, TextSpan> sourceOf)
    {
        Match m;
        if ((m = HeadingLines.AdoptedBy().Match(words)).Success || (m = HeadingLines.AdoptedAtMeeting().Match(words)).Success)
        {
            return (heading with { AdoptedBy = m.Groups["body"].Value, AdoptionDate = NullIfEmpty(m.Groups["date"].Value) }, "names the organ that adopted the resolution");
        }

        if (heading.AdoptedBy is not null && heading.AdoptionDate is null && (m = HeadingLines.OnDate().Match(words)).Success)
        {
            return (heading with { AdoptionDate = m.Groups["date"].Value }, "the date of adoption, under the line naming the organ");
        }

        if ((m = HeadingLines.OnReportOf().Match(words)).Success)
        {
            return (heading with { OnReportOf = m.Groups["report"].Value.Trim() }, "the report the resolution was adopted on");
        }

        if (heading.Number is null && (m = HeadingLines.NumberAndTitle().Match(words)).Success)
        {
            return (heading with
            {
                Number = m.Groups["number"].Value,
                NumberSpan = sourceOf(m.Groups["number"]),
                Title = m.Groups["title"].Value.Trim(),
                TitleSpan = sourceOf(m.Groups["title"]),
            }, "the resolution's number and title");
        }

        if (heading.Number is null && ((m = HeadingLines.SecurityCouncilNumber().Match(words)).Success || (m = HeadingLines.SecurityCouncilNumberFirst().Match(words)).Success))
        {
            return (heading with { Number = m.Groups["number"].Value, NumberSpan = sourceOf(m.Groups["number"]) }, "the Security Council resolution's number");
        }

        if ((m = HeadingLines.Session().Match(words)).Success)
        {
            return (heading with { Session = m.Groups["session"].Value }, "the session");
        }

        if ((m = HeadingLines.AgendaItem().Match(words)).Success)
        {
            return (heading with { AgendaItem = m.Groups["item"].Value }, "the agenda item");
        }

        if (heading.Symbol is null && (m = HeadingLines.Symbol().Match(words)).Success)
        {
            return (heading with { Symbol = m.Groups["symbol"].Value, SymbolSpan = sourceOf(m.Groups["symbol"]) }, "the resolution's symbol");
        }

        if (HeadingLines.OfDate().IsMatch(words))
        {
            return (heading, "the date of adoption under the number, as the printed volumes give it");
        }

        return (heading, "before the organ line");
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
