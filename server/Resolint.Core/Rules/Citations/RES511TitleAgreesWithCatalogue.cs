using System.Text;
using Resolint.Core.Catalogue;
using Resolint.Core.Citations;

namespace Resolint.Core.Rules.Citations;

/// <summary>
/// The title a draft quotes for a resolution ("resolution 79/1 of 22 September 2024, entitled “The Pact for the
/// Future”") is the one the catalogue of resolutions lists. A title recalled from memory loses or changes a word;
/// only the record shows it. Typography is not compared: curly or straight, single or double quotation marks
/// and apostrophes, hyphens and dashes, spaces and letter case. A quotation that only adds words to the
/// catalogue's title is left alone: the catalogue's records drop words of long titles ("for the total
/// elimination of racism" listed as "for the elimination of racism"), and a drafter who quotes a title from
/// memory loses words rather than adds them. Nor is a part the catalogue lists together with others ("A/RES/75/101
/// A-B"): the title there is theirs together.
/// </summary>
public sealed class RES511TitleAgreesWithCatalogue : Rule
{
    public static readonly RuleDescriptor Rule = new(
        "RES511",
        "The quoted title agrees with the catalogue",
        Severity.Warning,
        RuleCategory.Citations,
        "The title quoted for a cited resolution is the title the catalogue of resolutions lists.");

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(RuleContext context)
    {
        if (context.Catalogue.Count == 0)
        {
            return;
        }

        foreach (ResolutionCitation citation in context.Draft.CitationsOf<ResolutionCitation>())
        {
            if (citation.IsDecision
                || citation.OrganIsInferred
                || citation.Title is not { } quoted
                || citation.Organ is not { } organ
                || context.Catalogue.Find(organ, citation.Number.Key, citation.Number.Part) is not { Title: { } listed, ListedWithOtherParts: false } record
                || AddsWordsOnly(Comparable(quoted.Text), Comparable(listed)))
            {
                continue;
            }

            string title = WithinQuotation(listed);
            Fix? fix = context.Text.Slice(quoted.Span) == quoted.Text ? RuleContext.Replace("Write the catalogue's title", quoted.Span, title) : null;
            context.Report(quoted.Span, $"The catalogue lists resolution {citation.Number.Text} as “{title}” ({record.SourceName}).", fix);
        }
    }

    /// <summary>
    /// A title as it stands inside quotation marks: its own quotations in single marks ("Follow-up to the report
    /// of the Secretary-General entitled ‘Our Common Agenda’"), as the UN writes a quotation within a quotation.
    /// </summary>
    private static string WithinQuotation(string title)
    {
        var written = new StringBuilder(title.Length);
        bool open = false;
        foreach (char c in title)
        {
            char mark = c switch
            {
                '“' => '‘',
                '”' => '’',
                '"' => open ? '’' : '‘',
                _ => c,
            };
            open = mark == '‘' || (open && mark != '’');
            written.Append(mark);
        }

        return written.ToString();
    }

    /// <summary>
    /// Whether the quoted title is the catalogue's, or the catalogue's with words added: the catalogue's words
    /// stand in the quotation in their order (both already <see cref="Comparable"/>).
    /// </summary>
    private static bool AddsWordsOnly(string quoted, string listed)
    {
        if (quoted == listed)
        {
            return true;
        }

        string[] quotedWords = quoted.Split(' ');
        int next = 0;
        foreach (string word in listed.Split(' '))
        {
            while (next < quotedWords.Length && quotedWords[next] != word)
            {
                next++;
            }

            if (next++ >= quotedWords.Length)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A title with its typography folded: quotation marks and apostrophes of every kind read alike, hyphens and
    /// dashes are dropped ("Follow-up" and the catalogue's "Followup"), spaces folded, letters in lower case.
    /// </summary>
    internal static string Comparable(string title)
    {
        var folded = new StringBuilder(title.Length);
        foreach (char c in title)
        {
            char d = c switch
            {
                '‘' or '’' or '`' or '\'' or '“' or '”' or '"' => '"',
                '-' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' => '\0',
                _ when char.IsWhiteSpace(c) => ' ',
                _ => char.ToLowerInvariant(c),
            };
            if (d != '\0' && (d != ' ' || (folded.Length > 0 && folded[^1] != ' ')))
            {
                folded.Append(d);
            }
        }

        return folded.ToString().TrimEnd(' ', '.');
    }
}
