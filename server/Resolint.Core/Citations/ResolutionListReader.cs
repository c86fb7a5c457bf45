using Resolint.Core.Drafts;
using Resolint.Core.Text;

namespace Resolint.Core.Citations;

/// <summary>
/// Reads what follows the word "resolution(s)" or "decision(s)": one number or a list ("resolutions 62/152 of
/// 18 December 2007, 64/163 of 18 December 2009, 66/164, 68/181 and 70/161"), each number with the date that
/// follows it, and the organ named before the word ("Human Rights Council", "Council", "its").
/// </summary>
internal static class ResolutionListReader
{
    private static readonly string[] Keywords = ["resolution", "resolutions", "decision", "decisions"];

    /// <summary>Adds the citations read at <paramref name="start"/> to <paramref name="found"/>; the index after the last, or -1.</summary>
    /// <remarks>A body's name before the word never reaches back into the citation read before, which ends at <paramref name="lastEnd"/>.</remarks>
    public static int Read(InlineText text, string? body, int start, List<Citation> found, int lastEnd = 0)
    {
        string s = text.Text;
        int keywordEnd = Words.Letters(s, start);
        if (!IsKeyword(s.AsSpan(start, keywordEnd - start)))
        {
            return -1;
        }

        bool isDecision = char.ToLowerInvariant(s[start]) == 'd';
        int numberStart = Words.Gap(s, keywordEnd);
        if (numberStart < 0 || !ResolutionNumbers.TryRead(s, numberStart, out ResolutionNumber? number, out int numberEnd))
        {
            return -1;
        }

        int wordBefore = start;
        while (wordBefore > 0 && Words.IsSpace(s[wordBefore - 1]))
        {
            wordBefore--;
        }

        int organStart = start;
        string? asWritten = wordBefore < start ? Organs.NamedBefore(s, wordBefore, out organStart) : null;
        if (organStart < lastEnd)
        {
            asWritten = null;
            organStart = start;
        }

        int citationStart = asWritten is null ? start : organStart;
        int first = found.Count;
        int end;
        while (true)
        {
            CitationDate? date = ReadDate(text, numberEnd, out int dateEnd);
            end = date is null ? numberEnd : dateEnd;
            TextSpan span = TextSpan.FromBounds(citationStart, end);
            found.Add(new ResolutionCitation(
                text.ToSource(span),
                s[citationStart..end],
                number,
                text.ToSource(TextSpan.FromBounds(numberStart, numberEnd)),
                date,
                isDecision)
            {
                OrganAsWritten = asWritten,
                Title = QuotedTitleReader.Read(text, end),
            });

            numberStart = ReadSeparator(s, end);
            if (numberStart < 0 || !ResolutionNumbers.TryRead(s, numberStart, out number, out numberEnd))
            {
                break;
            }

            citationStart = numberStart;
        }

        ResolutionCitation? sameIts = first > 0 && found[first - 1] is ResolutionCitation previous && IsIts(previous.OrganAsWritten) && IsIts(asWritten)
            && s.AsSpan(lastEnd, organStart - lastEnd).Trim().Trim(',').Trim() is "and" or "" ? previous : null;
        AttributeList(s, body, start, organStart, end, asWritten, found, first);
        if (sameIts is not null)
        {
            // "in its resolution 79/182 and its resolution 79/278": a second "its" joined to the first stands for the same body.
            for (int i = first; i < found.Count; i++)
            {
                found[i] = (ResolutionCitation)found[i] with { Organ = sameIts.Organ, OrganIsInferred = sameIts.OrganIsInferred };
            }
        }

        return end;
    }

    /// <summary>
    /// Gives the numbers of one list (<paramref name="found"/> from <paramref name="first"/>) their body. A body
    /// named before the word "resolutions" holds for the whole list; so does one named after it ("… adopted by
    /// the United Nations Environment Assembly"). Else the numbers belong to the body named earlier in the
    /// sentence ("Security Council resolutions …, including resolutions 242 (1967) …"), which is inferred, not
    /// certain; else to the adopting body.
    /// </summary>
    private static void AttributeList(string s, string? body, int keywordStart, int organStart, int end, string? asWritten, List<Citation> found, int first)
    {
        bool its = asWritten is not null && asWritten.Equals(Organs.Its, StringComparison.OrdinalIgnoreCase);
        string? after = asWritten is null || its ? Organs.NamedAfter(s, end, afterIts: its) : null;
        string? beforeComma = null;
        bool located = asWritten is null && after is null && Organs.LocatedBeforeComma(s, keywordStart, out beforeComma);
        string? earlier = (asWritten is null || its) && after is null && !located ? Organs.NamedEarlier(s, its ? organStart : keywordStart, resolution: !((ResolutionCitation)found[first]).IsDecision) : null;

        // The numbers of a list share their organ unless their shapes differ; resolving once per shape keeps a
        // long "Council resolutions …" list linear, since resolving "Council" searches the text before it.
        NumberShape? resolvedShape = null;
        string? resolved = null;
        for (int i = first; i < found.Count; i++)
        {
            var citation = (ResolutionCitation)found[i];
            if (citation.Number.Shape != resolvedShape)
            {
                resolvedShape = citation.Number.Shape;
                resolved = Organs.Resolve(asWritten, citation.Number, body, s, organStart);
            }

            string? organ = resolved;
            bool inferred = false;
            if (after is not null)
            {
                organ = after;
            }
            else if (located)
            {
                // In a document or after a body's name and a comma: that body, or none the text tells.
                organ = beforeComma;
            }
            else if (earlier is not null && earlier != body && resolved == body)
            {
                organ = earlier;
                inferred = true;
            }
            else if (asWritten is null && resolved == body && CannotBeIts(citation, body) && OtherOrganFitting(citation, body) is { } other)
            {
                // Nothing named, and the number cannot be the adopting body's but can be another organ's: a Human
                // Rights Council text's footnote "Resolution 77/317." cites the General Assembly. A number of the
                // adopting body's own shape from another era ("217 A (XXXIII)") stays its own, to be reported.
                organ = other;
                inferred = true;
            }

            found[i] = citation with { Organ = organ, OrganIsInferred = inferred };
        }
    }

    /// <summary>
    /// Whether <paramref name="body"/> cannot have given the number: it never numbered in that shape, the number
    /// names a session it has not held, or the date falls outside the session.
    /// </summary>
    private static bool CannotBeIts(ResolutionCitation citation, string? body) =>
        !ResolutionNumbers.UsesShape(body, citation.Number.Shape)
        || ResolutionNumbers.IsBeyondItsSessions(citation.Number, body)
        || (citation.Date is { Year: int year } && ResolutionNumbers.AdoptionYears(citation.Number, body)?.Contains(year) == false);

    /// <summary>Whether the number, and its date if it has one, can be <paramref name="organ"/>'s.</summary>
    private static bool Fits(ResolutionCitation citation, string? organ) =>
        ResolutionNumbers.IsPlausible(citation.Number, organ, out _)
        && (citation.Date is not { Year: int year } || ResolutionNumbers.AdoptionYears(citation.Number, organ)?.Contains(year) != false);

    /// <summary>The first organ other than <paramref name="body"/> whose numbering the number (and date) fits; null when none.</summary>
    private static string? OtherOrganFitting(ResolutionCitation citation, string? body)
    {
        foreach (Body organ in Lexicon.Bodies)
        {
            if (organ.Name != body && ResolutionNumbers.ChecksNumbering(organ) && Fits(citation, organ.Name))
            {
                return organ.Name;
            }
        }

        return null;
    }

    private static bool IsIts(string? asWritten) => asWritten is not null && asWritten.Equals(Organs.Its, StringComparison.OrdinalIgnoreCase);

    private static bool IsKeyword(ReadOnlySpan<char> word)
    {
        foreach (string keyword in Keywords)
        {
            // "Resolution 48/134, annex." opens a footnote with a capital; "RESOLUTION" is no citation.
            if (word.Length == keyword.Length
                && char.ToLowerInvariant(word[0]) == keyword[0]
                && word[1..].SequenceEqual(keyword.AsSpan(1)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>" of 19 December 2011" after a number, in any of the shapes <see cref="CitationDates"/> reads.</summary>
    private static CitationDate? ReadDate(InlineText text, int numberEnd, out int end)
    {
        string s = text.Text;
        end = -1;
        int i = Words.Gap(s, numberEnd);
        i = Words.Word(s, i, "of");
        i = Words.Gap(s, i);
        if (i < 0 || !CitationDates.TryRead(s, i, out DateReading reading))
        {
            return null;
        }

        end = reading.End;
        DateOnly? date = reading.IsCorrect ? reading.Date : null;
        return new CitationDate(
            s[i..end],
            text.ToSource(TextSpan.FromBounds(i, end)),
            date?.Day,
            date?.Month,
            date?.Year);
    }

    /// <summary>", ", " and " or ", and " before the next number of a list; where that number should start, or -1.</summary>
    private static int ReadSeparator(string s, int i)
    {
        int afterComma = i < s.Length && s[i] == ',' ? i + 1 : i;
        int at = Words.Gap(s, afterComma);
        if (at < 0)
        {
            return -1;
        }

        int and = Words.Word(s, at, "and");
        return and >= 0 ? Words.Gap(s, and) : afterComma > i ? at : -1;
    }
}
