using System.Globalization;

namespace Resolint.Core.Citations;

/// <summary>
/// Dates as resolutions write them: day, month in full, year, no comma, no ordinal ("19 December 2011").
/// The common wrong shapes ("19 Dec. 2011", "December 19, 2011", "19th December 2011", "19 December, 2011")
/// are read too, so that a rule can name the slip and offer the right text.
/// </summary>
public static class CitationDates
{
    /// <summary>"19 December 2011".</summary>
    public static string Format(DateOnly date) => Format(date.Day, date.Month, date.Year);

    internal static string Format(int day, int month, int year) =>
        string.Create(CultureInfo.InvariantCulture, $"{day} {Lexicon.Months[month - 1]} {year}");

    /// <summary>Reads a date written exactly as the convention wants it, and only when it is a real date.</summary>
    public static bool TryParse(string? text, out DateOnly date)
    {
        date = default;
        if (text is null || !TryRead(text, 0, out DateReading reading) || reading.End != text.Length)
        {
            return false;
        }

        if (!reading.IsCorrect)
        {
            return false;
        }

        date = reading.Date!.Value;
        return true;
    }

    /// <summary>
    /// Whether <paramref name="text"/> is a date in the convention's form. When it is not, <paramref name="reason"/>
    /// says why in a drafter's words and <paramref name="suggestion"/> is the same date written right ("December
    /// 19, 2011" → "19 December 2011"), or null when no correction is certain (there is no 31 February).
    /// </summary>
    public static bool IsWellFormed(string? text, out string reason, out string? suggestion)
    {
        suggestion = null;
        if (text is null || !TryRead(text, 0, out DateReading reading) || reading.End != text.Length)
        {
            reason = "This is not a date in the form \"19 December 2011\".";
            return false;
        }

        reason = reading.Problem ?? string.Empty;
        if (reading.IsCorrect)
        {
            return true;
        }

        suggestion = reading.Date is DateOnly date ? Format(date) : null;
        return false;
    }

    /// <summary>
    /// Reads a date, right or wrong in shape, that starts at <paramref name="start"/>; false when no date starts
    /// there. Nothing is read past the year, which must be four digits standing alone.
    /// </summary>
    internal static bool TryRead(string s, int start, out DateReading reading)
    {
        reading = default;
        if (start < 0 || start >= s.Length || (start > 0 && Words.IsWordChar(s[start - 1])))
        {
            return false;
        }

        return Words.IsAsciiDigit(s[start])
            ? TryReadDayFirst(s, start, out reading)
            : TryReadMonthFirst(s, start, out reading);
    }

    /// <summary>"19 December 2011", "19th December 2011", "19 Dec. 2011", "19 December, 2011".</summary>
    private static bool TryReadDayFirst(string s, int start, out DateReading reading)
    {
        reading = default;
        int i = ReadDay(s, start, out int day, out bool ordinal, out bool leadingZero);
        i = Words.Gap(s, i);
        i = ReadMonth(s, i, out int month, out MonthForm form);
        if (i < 0)
        {
            return false;
        }

        bool comma = i < s.Length && s[i] == ',';
        i = Words.Gap(s, comma ? i + 1 : i);
        i = ReadYear(s, i, out int year);
        if (i < 0)
        {
            return false;
        }

        string? problem = form switch
        {
            MonthForm.Abbreviated => "Write the month in full.",
            MonthForm.LowerCase => "Write the month with a capital letter.",
            _ => null,
        };
        problem ??= ordinal ? "Write the day as a plain number, without \"st\", \"nd\", \"rd\" or \"th\"." : null;
        problem ??= leadingZero ? "Write the day without a leading zero." : null;
        problem ??= comma ? "Write the date without a comma: day, month, year." : null;
        reading = DateReading.Make(i, day, month, year, problem);
        return true;
    }

    /// <summary>"December 19, 2011", "Dec. 19 2011".</summary>
    private static bool TryReadMonthFirst(string s, int start, out DateReading reading)
    {
        reading = default;
        int i = ReadMonth(s, start, out int month, out _);
        i = Words.Gap(s, i);
        i = ReadDay(s, i, out int day, out _, out _);
        if (i < 0)
        {
            return false;
        }

        bool comma = i < s.Length && s[i] == ',';
        i = Words.Gap(s, comma ? i + 1 : i);
        i = ReadYear(s, i, out int year);
        if (i < 0)
        {
            return false;
        }

        reading = DateReading.Make(i, day, month, year, "Put the day before the month: day, month, year.");
        return true;
    }

    /// <summary>One or two digits, maybe with an ordinal suffix ("19", "19th", "09").</summary>
    private static int ReadDay(string s, int i, out int day, out bool ordinal, out bool leadingZero)
    {
        ordinal = false;
        leadingZero = false;
        int end = Words.Digits(s, i, 2, out day);
        if (end < 0)
        {
            return -1;
        }

        leadingZero = end - i == 2 && s[i] == '0';
        int suffixEnd = Words.Letters(s, end);
        if (suffixEnd == end)
        {
            return end;
        }

        if (suffixEnd - end == 2 && s.AsSpan(end, 2) is "st" or "nd" or "rd" or "th")
        {
            ordinal = true;
            return suffixEnd;
        }

        return -1;
    }

    /// <summary>A month in full or abbreviated ("Dec", "Dec.", "Sept."), in any case.</summary>
    /// <remarks>Internal so that a test can hold it to the comparison with all twelve names.</remarks>
    internal static int ReadMonth(string s, int i, out int month, out MonthForm form)
    {
        month = 0;
        form = MonthForm.Full;
        if (i < 0)
        {
            return -1;
        }

        // The months' first three letters differ, and no character beyond ASCII is any of theirs in another case: a word
        // can only be the month its first three letters start, and is compared with that one alone. Most words read
        // where a month could stand are none ("States", "and", "Declaration"), and are not read to their end.
        int m = i + 3 <= s.Length ? MonthStartingWith(s[i], s[i + 1], s[i + 2]) : -1;
        int end = m < 0 ? -1 : Words.Letters(s, i);
        if (end < 0 || !Words.EndsWord(s, end))
        {
            return -1;
        }

        ReadOnlySpan<char> word = s.AsSpan(i, end - i);
        string name = Lexicon.Months[m];
        if (word.Equals(name, StringComparison.OrdinalIgnoreCase))
        {
            month = m + 1;
            form = word.Equals(name, StringComparison.Ordinal) ? MonthForm.Full : MonthForm.LowerCase;
            return end;
        }

        bool abbreviation = word.Length < name.Length
            && (word.Length == 3 || (word.Length == 4 && name == "September"))
            && name.AsSpan(0, word.Length).Equals(word, StringComparison.OrdinalIgnoreCase);
        if (abbreviation)
        {
            month = m + 1;
            form = MonthForm.Abbreviated;
            return end < s.Length && s[end] == '.' ? end + 1 : end;
        }

        return -1;
    }

    /// <summary>
    /// The month (0 for January) whose name starts with these three letters in any case; -1 when they are not three ASCII
    /// letters or start no month's name. The months' first three letters differ, so they name one month at most. Asked of
    /// every word that may start a date or follow a day, it is answered from a table of every three ASCII letters.
    /// </summary>
    internal static int MonthStartingWith(char first, char second, char third) =>
        char.IsAsciiLetter(first) && char.IsAsciiLetter(second) && char.IsAsciiLetter(third)
            ? MonthsByFirstLetters[FirstLettersIndex(first, second, third)]
            : -1;

    /// <summary>The month each three ASCII letters start (<see cref="FirstLettersIndex"/>), or -1.</summary>
    private static readonly sbyte[] MonthsByFirstLetters = MonthsByFirstLettersTable();

    private static sbyte[] MonthsByFirstLettersTable()
    {
        sbyte[] table = new sbyte[26 * 26 * 26];
        table.AsSpan().Fill(-1);
        for (int m = 0; m < Lexicon.Months.Count; m++)
        {
            string name = Lexicon.Months[m];
            table[FirstLettersIndex(name[0], name[1], name[2])] = (sbyte)m;
        }

        return table;
    }

    /// <summary>Three ASCII letters, folded to lower case, as a number below 26³.</summary>
    private static int FirstLettersIndex(char first, char second, char third) =>
        ((((first | 0x20) - 'a') * 26) + ((second | 0x20) - 'a')) * 26 + ((third | 0x20) - 'a');

    /// <summary>Exactly four digits standing alone ("2011", not "20121").</summary>
    private static int ReadYear(string s, int i, out int year)
    {
        int end = Words.Digits(s, i, 4, out year);
        return end - i == 4 && Words.EndsWord(s, end) ? end : -1;
    }

    internal enum MonthForm
    {
        Full,
        Abbreviated,
        LowerCase,
    }
}

/// <summary>A date read from prose: where it ends, its parts when they make a real date, and what is wrong.</summary>
internal readonly record struct DateReading(int End, DateOnly? Date, string? Problem)
{
    /// <summary>Written as the convention wants and a real date.</summary>
    public bool IsCorrect => Problem is null && Date is not null;

    public static DateReading Make(int end, int day, int month, int year, string? problem)
    {
        bool real = year >= 1 && day >= 1 && day <= DateTime.DaysInMonth(year, month);
        DateOnly? date = real ? new DateOnly(year, month, day) : null;
        string? reason = problem
            ?? (real ? null : $"There is no {CitationDates.Format(day, month, year)}.");
        return new DateReading(end, date, reason);
    }
}
