using System.Buffers;
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
            foreach (MisWrittenDate misWritten in context.Summarise(MisWrittenDates, words, state: 0))
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
    private sealed record MisWrittenDate(TextSpan Span, string Problem, string? Suggestion);

    /// <summary>The dates written amiss in a passage outside quoted titles, read once per passage text.</summary>
    private static readonly PassageSummary<int, IReadOnlyList<MisWrittenDate>> MisWrittenDates = new(static (_, words) => MisWrittenIn(words.Text));

    private static IReadOnlyList<MisWrittenDate> MisWrittenIn(string text)
    {
        // Made with the first date found: most passages have none, and one empty list serves them all.
        List<MisWrittenDate>? found = null;

        // Quotation marks are counted only up to a date written amiss, when one is found: most passages have none, and
        // need no search for them. No date holds one, so a date read inside a quotation is passed over whole.
        var quotation = new QuotationDepth(text);
        for (int at = 0; at < text.Length; at++)
        {
            // Only a character that may start a date is looked at; the search jumps over the rest.
            int start = text.AsSpan(at).IndexOfAny(MonthStarts.Characters);
            if (start < 0)
            {
                break;
            }

            at += start;
            if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && CouldStartDate(text, at)
                && CitationDates.TryRead(text, at, out DateReading reading) && !reading.IsCorrect && reading.Problem is { } problem)
            {
                if (!quotation.IsOpenAt(at))
                {
                    (found ??= []).Add(new MisWrittenDate(TextSpan.FromBounds(at, reading.End), problem, reading.Date is DateOnly date ? CitationDates.Format(date) : null));
                }

                at = reading.End - 1;
            }
            else
            {
                // No date starts inside a word: its digits and capitals ("2011", "UNESCO") are jumped over, not stopped at one by one.
                at = SkipDigitsAndCapitals(text, at);
            }
        }

        return found ?? (IReadOnlyList<MisWrittenDate>)[];
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
    /// The last of the ASCII digits and capitals that go on from a letter or digit at <paramref name="at"/>: the characters
    /// the search stops at that cannot start a date, as a letter or digit stands before them.
    /// </summary>
    private static int SkipDigitsAndCapitals(string text, int at)
    {
        if (!char.IsLetterOrDigit(text[at]))
        {
            return at;
        }

        while (at + 1 < text.Length && (char.IsAsciiDigit(text[at + 1]) || char.IsAsciiLetterUpper(text[at + 1])))
        {
            at++;
        }

        return at;
    }

    /// <summary>
    /// Whether a date could start here: a day's one or two digits (not a year nor a longer number: "2011", "169"), or the
    /// first three letters of a month ("Dec." too). Reading a date is asked only there, so the scan costs a glance per word.
    /// </summary>
    private static bool CouldStartDate(string text, int at)
    {
        char first = text[at];
        if (char.IsAsciiDigit(first))
        {
            return !(at + 2 < text.Length && char.IsAsciiDigit(text[at + 1]) && char.IsAsciiDigit(text[at + 2]));
        }

        if (!char.IsUpper(first) || at + 3 > text.Length)
        {
            return false;
        }

        // A span's search, not Array.IndexOf's: a glance for twelve keys, asked of every capital that may start a month.
        return MonthStarts.Keys.AsSpan().Contains(MonthStarts.KeyOf(text.AsSpan(at, 3)));
    }

    /// <summary>The months' first three letters, each as one number, and the characters a date can start with.</summary>
    private static class MonthStarts
    {
        public static readonly long[] Keys = [.. Lexicon.Months.Select(month => KeyOf(month.AsSpan(0, 3)))];

        /// <summary>Digits and the months' first letters (ASCII, so the search is vectorised; the quotation marks are searched apart).</summary>
        public static readonly SearchValues<char> Characters = SearchValues.Create([.. "0123456789", .. Lexicon.Months.Select(month => month[0])]);

        public static long KeyOf(ReadOnlySpan<char> three) => ((long)three[0] << 32) | ((long)three[1] << 16) | three[2];
    }
}
