using Resolint.Core.Citations;
using Resolint.Core.Text;
using Resolint.Core.Drafts;

namespace Resolint.Core.Rules.Citations;

/// <summary>
/// Dates are written day, month in full, year, with no comma and no ordinal: "19 December 2011" (Editorial
/// Manual; every date in the corpus). "19th December 2011", "December 19, 2011", "19 Dec. 2011" and
/// "19 December, 2011" come from national drafting habits; "31 February 2011" is no date at all.
/// </summary>
public sealed class RES502DateForm : Rule
{
    public static readonly RuleDescriptor Rule = new(
        "RES502",
        "Dates are written like \"19 December 2011\"",
        Severity.Warning,
        RuleCategory.Citations,
        "A date is a real date written day, month in full, year: no comma, no ordinal, no abbreviation.");

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(RuleContext context)
    {
        foreach (ResolutionCitation citation in context.Draft.CitationsOf<ResolutionCitation>())
        {
            // A date read right has its parts (CitationDate): only one without them is read again, for the reason and the fix.
            if (citation.Date is not { } date || date.IsValid || CitationDates.IsWellFormed(date.Text, out string reason, out string? suggestion))
            {
                continue;
            }

            // The suggestion is the same date written right; it is offered only where the source holds the date as read.
            Fix? fix = suggestion is not null && context.Text.Slice(date.Span) == date.Text
                ? RuleContext.Replace($"Write \"{suggestion}\"", date.Span, suggestion)
                : null;
            context.Report(date.Span, reason, fix);
        }

        // Every other date of the text keeps the same form: "signed at Geneva on June 17, 1925", "as at April 30, 2025";
        // not inside a quoted title, which keeps its own ("“Executive Order 12906 of April 11, 1994”"). The citations'
        // dates, reported above or written right, are gathered only when a passage has a date written amiss: most have none.
        HashSet<int>? reported = null;
        foreach (InlineText words in Language.Passages.Texts(context))
        {
            foreach (MisWrittenDate misWritten in context.Reading.Numbers(words).MisWrittenDates)
            {
                TextSpan span = words.ToSource(misWritten.Span);
                if ((reported ??= CitedDates(context.Draft)).Add(span.Start))
                {
                    Fix? fix = misWritten.Suggestion is { } suggestion && context.Text.Slice(span) == words.Text[misWritten.Span.Start..misWritten.Span.End]
                        ? RuleContext.Replace($"Write \"{suggestion}\"", span, suggestion)
                        : null;
                    context.Report(span, misWritten.Problem, fix);
                }
            }
        }
    }

    /// <summary>Where the date of each resolution cited stands.</summary>
    private static HashSet<int> CitedDates(Draft draft) =>
        [.. draft.CitationsOf<ResolutionCitation>().Where(citation => citation.Date is not null).Select(citation => citation.Date!.Span.Start)];

    /// <summary>A date written amiss in a passage's words: where (in the words), what is wrong, and the date written right when it is one.</summary>
    internal sealed record MisWrittenDate(TextSpan Span, string Problem, string? Suggestion);

    /// <summary>What the digits of a passage's words tell RES502 and RES602, read once per passage text for both (<see cref="DraftReading.Numbers"/>).</summary>
    internal static readonly PassageSummary<int, PassageNumbers> Numbers = new(static (_, words) => NumbersIn(words.Text));

    /// <summary>
    /// The dates written amiss in a passage's text outside quoted titles, and whether an l or an O stands beside a digit
    /// (RES602): both read in one walk from one run of digits to the next.
    /// </summary>
    internal static PassageNumbers NumbersIn(string text)
    {
        // Made with the first date found: most passages have none, and one empty list serves them all.
        List<MisWrittenDate>? found = null;
        bool letterBesideDigit = false;

        // Quotation marks are counted only up to a date written amiss, when one is found: most passages have none, and
        // need no search for them. No date holds one, so a date read inside a quotation is passed over whole.
        var quotation = new QuotationDepth(text);

        // Every date ends with its year, four digits after a space: the search jumps from one number to the next, and only
        // at a year reads back to where its date would start. The words between, and most numbers (paragraphs, resolutions'
        // numbers, days not followed by a month), are not read at all. No two dates overlap, and a year ends one date at
        // most, so the dates are found in the order a reading at every word finds them. A letter beside a digit stands at
        // the start or the end of a run of digits.
        int at = 0;
        while (at < text.Length && text.AsSpan(at).IndexOfAnyInRange('0', '9') is int next and >= 0)
        {
            at += next;
            int end = at;
            while (end < text.Length && char.IsAsciiDigit(text[end]))
            {
                end++;
            }

            letterBesideDigit = letterBesideDigit || (at > 0 && text[at - 1] is 'l' or 'O') || (end < text.Length && text[end] is 'l' or 'O');
            if (end - at == 4 && at > 0 && Words.IsSpace(text[at - 1]) && DateStartBefore(text, at) is int start and >= 0)
            {
                ReadDate(start, end);
            }

            at = end;
        }

        return found is null ? PassageNumbers.Without(letterBesideDigit) : new PassageNumbers([.. found], letterBesideDigit);

        // Notes the date that starts at a word and ends with the year ending at yearEnd, when it is written amiss.
        void ReadDate(int start, int yearEnd)
        {
            if ((start > 0 && char.IsLetterOrDigit(text[start - 1])) || !CouldStartDate(text, start)
                || !CitationDates.TryRead(text, start, out DateReading reading) || reading.End != yearEnd)
            {
                return;
            }

            if (reading.Problem is { } problem && !quotation.IsOpenAt(start))
            {
                (found ??= []).Add(new MisWrittenDate(TextSpan.FromBounds(start, reading.End), problem, reading.Date is DateOnly date ? CitationDates.Format(date) : null));
            }
        }
    }

    /// <summary>
    /// Where a date ending with the year at <paramref name="year"/> would start, reading back over its words as
    /// <see cref="CitationDates"/> reads them forward: spaces before the year, maybe a comma, then a month after its day
    /// ("19 December 2011", "19th Dec. 2011") or a day after its month ("December 19, 2011"); -1 when the words before
    /// have neither shape. Whether a date starts there is for the forward reading to tell.
    /// </summary>
    private static int DateStartBefore(string text, int year)
    {
        int end = SpacesBefore(text, year);
        end = end > 0 && text[end - 1] == ',' ? end - 1 : end;
        int word = WordStartBefore(text, end);
        if (word == end)
        {
            return -1;
        }

        int before = SpacesBefore(text, word);
        if (before == word)
        {
            return -1;
        }

        // A day starts with a digit, and its month stands before it; else the word is the month, and its day before it.
        int start = WordStartBefore(text, before);
        return start < before && char.IsAsciiDigit(text[word]) != char.IsAsciiDigit(text[start]) ? start : -1;
    }

    /// <summary>Where the spaces that end at <paramref name="end"/> start (<paramref name="end"/> when there are none).</summary>
    private static int SpacesBefore(string text, int end)
    {
        while (end > 0 && Words.IsSpace(text[end - 1]))
        {
            end--;
        }

        return end;
    }

    /// <summary>
    /// Where the word of a date that ends at <paramref name="end"/> starts: a month's letters with the full stop of its
    /// abbreviation ("Dec."), or a day's digits with the letters of its ordinal ("19th"); <paramref name="end"/> when none.
    /// </summary>
    private static int WordStartBefore(string text, int end)
    {
        int start = end > 0 && text[end - 1] == '.' ? end - 1 : end;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        while (start > 0 && char.IsAsciiDigit(text[start - 1]))
        {
            start--;
        }

        return start;
    }

    /// <summary>
    /// How deep in quotations (“ ”) a passage's text is at a position, asked at positions that only grow: the marks are
    /// counted from where the last question left off. A closing mark with none open closes nothing.
    /// </summary>
    private struct QuotationDepth(string text)
    {
        private int _countedTo;
        private int _depth;

        public bool IsOpenAt(int at)
        {
            while (_countedTo < at && text.AsSpan(_countedTo, at - _countedTo).IndexOfAny('“', '”') is int next and >= 0)
            {
                _countedTo += next;
                _depth += text[_countedTo] == '“' ? 1 : _depth > 0 ? -1 : 0;
                _countedTo++;
            }

            _countedTo = at;
            return _depth > 0;
        }
    }

    /// <summary>
    /// Whether a date could start here: a day's one or two digits (not a year nor a longer number: "2011", "169"), or the
    /// first three letters of a month ("Dec." too). Reading a date is asked only there.
    /// </summary>
    /// <remarks>Internal so that a test can hold it to the months' names as the lexicon writes them.</remarks>
    internal static bool CouldStartDate(string text, int at)
    {
        char first = text[at];
        if (char.IsAsciiDigit(first))
        {
            return !(at + 2 < text.Length && char.IsAsciiDigit(text[at + 1]) && char.IsAsciiDigit(text[at + 2]));
        }

        // A month's first three letters as the lexicon writes them: a capital, then small letters ("Dec", not "DEC").
        return at + 3 <= text.Length && char.IsAsciiLetterUpper(first) && char.IsAsciiLetterLower(text[at + 1]) && char.IsAsciiLetterLower(text[at + 2])
            && CitationDates.MonthStartingWith(first, text[at + 1], text[at + 2]) >= 0;
    }
}
