using CsCheck;
using Resolint.Core.Citations;
using Resolint.Core.Drafts;
using Resolint.Core.Rules.Citations;

namespace Resolint.Core.Tests.Citations;

/// <summary>
/// The citation readers skip, for speed, what cannot be read: a month is compared only with the one its first letters
/// start, searches jump to the characters that may matter. Each shortcut must answer as the full reading it stands for,
/// which these tests state plainly, character by character.
/// </summary>
public class CitationShortcutPropertyTests
{
    /// <summary>Months and their look-alikes, in every case and with characters that fold to ASCII ("ſ", "ı", the Kelvin sign).</summary>
    private static readonly string[] MonthLike =
    [
        "December", "december", "DECEMBER", "Dec", "Dec.", "dec", "Dece", "Decides", "Declaration", "Sept", "Sept.", "Sep", "Septe",
        "September", "sept", "May", "may", "MAY", "Mayor", "March", "Mar", "Marine", "June", "Jun", "Junior", "July", "Jul", "Aug",
        "Auguſt", "Aprıl", "ſeptember", "ſep", "\u212Aov", "Nov", "Novel", "Oct", "October", "Jan", "Feb", "Febr", "April", "Apr",
        "States", "and", "Assembly", "É", "ÉDec", "ab", "x", "12", "19th", "2011", " ", "  ", "\u00A0", ",", ".", ";", "-", "“", "”",
    ];

    private static readonly Gen<string> MonthSoup = Gen.OneOf(
        Gen.OneOf(MonthLike).Array[0, 12].Select(string.Concat),
        Gen.String[Gen.Char["DdeEcMmaArSsptJjuUnNoOvlyıſ\u212A. 19"], 0, 30]);

    [Fact]
    public void The_months_first_three_letters_differ()
    {
        Assert.Equal(Core.Lexicon.Months.Count, Core.Lexicon.Months.Select(month => month[..3].ToLowerInvariant()).Distinct().Count());
    }

    [Fact]
    public void No_character_beyond_ASCII_is_a_letter_of_a_months_name_in_another_case()
    {
        IEnumerable<char> monthLetters = Core.Lexicon.Months.SelectMany(month => month).Distinct();
        foreach (char letter in monthLetters)
        {
            for (int c = 0x80; c <= char.MaxValue; c++)
            {
                Assert.False(
                    MemoryExtensions.Equals([(char)c], [letter], StringComparison.OrdinalIgnoreCase),
                    $"U+{c:X4} is \"{letter}\" in another case.");
            }
        }
    }

    [Fact]
    public void A_month_is_read_as_comparing_all_twelve_names_reads_it()
    {
        MonthSoup.Sample(text =>
        {
            for (int i = 0; i <= text.Length; i++)
            {
                int end = CitationDates.ReadMonth(text, i, out int month, out CitationDates.MonthForm form);
                int expectedEnd = ReadMonthComparingAllTwelve(text, i, out int expectedMonth, out CitationDates.MonthForm expectedForm);
                Assert.Equal((expectedEnd, expectedMonth, expectedForm), (end, month, form));
            }
        },
        iter: 5_000);
    }

    /// <summary>A month in full or abbreviated, in any case, compared with every name of the lexicon.</summary>
    private static int ReadMonthComparingAllTwelve(string s, int i, out int month, out CitationDates.MonthForm form)
    {
        month = 0;
        form = CitationDates.MonthForm.Full;
        int end = Words.Letters(s, i);
        if (end - i < 3 || !Words.EndsWord(s, end))
        {
            return -1;
        }

        ReadOnlySpan<char> word = s.AsSpan(i, end - i);
        for (int m = 0; m < Core.Lexicon.Months.Count; m++)
        {
            string name = Core.Lexicon.Months[m];
            if (word.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                month = m + 1;
                form = word.Equals(name, StringComparison.Ordinal) ? CitationDates.MonthForm.Full : CitationDates.MonthForm.LowerCase;
                return end;
            }

            if (word.Length < name.Length && (word.Length == 3 || (word.Length == 4 && name == "September"))
                && name.AsSpan(0, word.Length).Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                month = m + 1;
                form = CitationDates.MonthForm.Abbreviated;
                return end < s.Length && s[end] == '.' ? end + 1 : end;
            }
        }

        return -1;
    }

    [Fact]
    public void A_date_may_start_where_a_number_or_a_months_first_letters_stand()
    {
        MonthSoup.Sample(text =>
        {
            for (int at = 0; at < text.Length; at++)
            {
                Assert.Equal(CouldStartDateAsWritten(text, at), RES502DateForm.CouldStartDate(text, at));
            }
        },
        iter: 5_000);
    }

    /// <summary>One or two digits, or a capital and the next two letters exactly as a month's name starts.</summary>
    private static bool CouldStartDateAsWritten(string text, int at)
    {
        if (char.IsAsciiDigit(text[at]))
        {
            return !(at + 2 < text.Length && char.IsAsciiDigit(text[at + 1]) && char.IsAsciiDigit(text[at + 2]));
        }

        return char.IsUpper(text[at]) && at + 3 <= text.Length
            && Core.Lexicon.Months.Any(month => text.AsSpan(at, 3).SequenceEqual(month.AsSpan(0, 3)));
    }

    /// <summary>Dates in every shape, right and wrong, among numbers, quotations and words like a month's.</summary>
    private static readonly Gen<string> DatedText = Gen.OneOf(
        Gen.OneOf(
            "19 December 2011", "December 19, 2011", "Dec. 19 2011", "19th Dec 2011", "31 February 2011", "19 December, 2011", "05 May 1998",
            "May 1 1998", "Sept. 3, 2001", "september 3 2001", "December", "Dec.", "Dec", "Decides", "19", "5", "2011", "20121", "A/68/208",
            "“", "”", " ", "  ", "\u00A0", ",", ".", "x", "É", "12th", "of", "on").Array[0, 30].Select(string.Concat),
        Gen.String[Gen.Char["0123456789 ,.DdecMmayJjulSsptx“”"], 0, 60]);

    [Fact]
    public void Dates_written_amiss_are_those_a_reading_at_every_word_finds()
    {
        DatedText.Sample(text =>
        {
            Assert.Equal(MisWrittenReadingAtEveryWord(text), RES502DateForm.NumbersIn(text).MisWrittenDates);
        },
        iter: 5_000);
    }

    /// <summary>Every word that may start a date, read in turn; a date written amiss is passed over whole, and kept outside quotations.</summary>
    private static List<RES502DateForm.MisWrittenDate> MisWrittenReadingAtEveryWord(string text)
    {
        var found = new List<RES502DateForm.MisWrittenDate>();
        for (int at = 0; at < text.Length; at++)
        {
            if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && RES502DateForm.CouldStartDate(text, at)
                && CitationDates.TryRead(text, at, out DateReading reading) && !reading.IsCorrect && reading.Problem is { } problem)
            {
                if (!IsInQuotation(text, at))
                {
                    found.Add(new(Text.TextSpan.FromBounds(at, reading.End), problem, reading.Date is DateOnly date ? CitationDates.Format(date) : null));
                }

                at = reading.End - 1;
            }
        }

        return found;
    }

    /// <summary>Whether more quotations open than close before <paramref name="at"/>; a closing mark with none open closes nothing.</summary>
    private static bool IsInQuotation(string text, int at)
    {
        int depth = 0;
        foreach (char c in text.AsSpan(0, at))
        {
            depth += c == '“' ? 1 : c == '”' && depth > 0 ? -1 : 0;
        }

        return depth > 0;
    }

    /// <summary>Sentences and clauses of any length, with the abbreviations that end in a full stop and capitals beyond ASCII.</summary>
    private static readonly Gen<string> Sentences = Gen.OneOf(
        "Recalling", "the", "General Assembly", "Security Council", "Human Rights Council", "Élan", "ſ", "ı", "États", "resolution",
        "sect.", "para.", "chap.", "annex.", "adopted.", "No.", "A.", "x", ";", ".", ". ", "; ", ",", " ", "  ", "\u00A0", "2011.", "(b)",
        "United Nations", "Committee", "of", "on", "É").Array[0, 300].Select(string.Concat);

    [Fact]
    public void A_sentence_starts_where_a_look_at_every_character_finds_its_start()
    {
        Gen.Select(Sentences, Gen.Int[0, 10_000]).Sample((text, position) =>
        {
            int end = position % (text.Length + 1);
            Assert.Equal(SentenceStartLookingAtEveryCharacter(text, end), Organs.SentenceStartBefore(text, end));
        },
        iter: 5_000);
    }

    private static int SentenceStartLookingAtEveryCharacter(string text, int end)
    {
        int limit = Math.Max(0, end - Organs.SentenceWindow);
        for (int i = end - 1; i >= limit; i--)
        {
            if (text[i] is ';' || Organs.IsSentenceEnd(text, i))
            {
                return i + 1;
            }
        }

        return limit;
    }

    [Fact]
    public void A_name_starts_at_the_capital_a_look_at_every_character_finds()
    {
        Gen.Select(Sentences, Gen.Int[0, 10_000], Gen.Int[0, 10_000]).Sample((text, first, second) =>
        {
            int from = Math.Min(first, second) % (text.Length + 1);
            int end = Math.Max(from, Math.Max(first, second) % (text.Length + 1));
            Assert.Equal(NameStartLookingAtEveryCharacter(text, from, end), Organs.NameStartAfter(text, from, end));
        },
        iter: 5_000);
    }

    private static int NameStartLookingAtEveryCharacter(string text, int from, int end)
    {
        for (int i = from; i < end; i++)
        {
            if (char.IsUpper(text[i]) && (i == 0 || !char.IsLetterOrDigit(text[i - 1])))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Headings' symbol lines, and the look-alikes of a symbol's root.</summary>
    private static readonly Gen<string> Headings = Gen.OneOf(
        Gen.OneOf(
            "[on the report of the Third Committee (", "A/72/439/Add.2", ")]", "A/RES/68/171", "E/2025/L.12", "a/68/208", "HIV/AIDS",
            "24/7", "and/or", "2A/68/208", "x/", "é/", "A/", "/", "//", ".", "-", "A", "RES", " ", "\n", "A/HRC/23/27", "A/71/53/ Add.1",
            "S/PRST/1994/16.", "E/2005/23and", "(A/67/53 and Corr.1)").Array[0, 30].Select(string.Concat),
        Gen.String[Gen.Char["AERSCa/.- 0123456789()"], 0, 80]);

    [Fact]
    public void A_heading_yields_the_symbols_reading_at_every_word_yields()
    {
        Gen.Select(Headings, Gen.Int[0, 20], Gen.Int[0, 200]).Sample((heading, before, length) =>
        {
            string source = new string('x', before) + heading;
            int start = before;
            int stretch = Math.Min(length, heading.Length);
            Assert.Equal(
                Describe(SymbolsReadingAtEveryWord(source, start, stretch)),
                Describe(DocumentSymbols.InSource(source, start, stretch)));
        },
        iter: 5_000);
    }

    private static List<DocumentSymbolCitation> SymbolsReadingAtEveryWord(string source, int start, int length)
    {
        var text = new InlineText(source.Substring(start, length), [.. Enumerable.Range(start, length + 1)], []);
        var symbols = new List<DocumentSymbolCitation>();
        for (int i = 0; i < length; i++)
        {
            if (Words.StartsWord(text.Text, i) && DocumentSymbols.Read(text, i, out int end) is { } symbol)
            {
                symbols.Add(symbol);
                i = end - 1;
            }
        }

        return symbols;
    }

    private static List<string> Describe(IEnumerable<DocumentSymbolCitation> symbols) =>
        [.. symbols.Select(symbol => $"{symbol} {symbol.Series}")];
}
