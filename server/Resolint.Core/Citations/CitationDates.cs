using System.Buffers;
using System.Globalization;
using System.Text;

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
    private static int ReadMonth(string s, int i, out int month, out MonthForm form)
    {
        month = 0;
        form = MonthForm.Full;
        if (i < 0)
        {
            return -1;
        }

        int end = Words.Letters(s, i);
        if (end - i < 3 || !Words.EndsWord(s, end) || !MayStartMonth(s[i]))
        {
            return -1;
        }

        ReadOnlySpan<char> word = s.AsSpan(i, end - i);
        if (Ascii.IsValid(word[..3]) && !MonthPrefixes.Contains(PrefixKey(word)))
        {
            return -1;
        }

        for (int m = 0; m < Lexicon.Months.Count; m++)
        {
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
        }

        return -1;
    }

    /// <summary>
    /// Whether a month's name, in any case, may start with this letter: most words read where a month could stand ("10 States")
    /// are not compared with the twelve names. Beyond ASCII the comparison decides, as it folds case.
    /// </summary>
    private static bool MayStartMonth(char first) => !char.IsAscii(first) || MonthInitials.Contains(char.ToLowerInvariant(first));

    /// <summary>
    /// The months' first three letters in lower case, each as one number (<see cref="PrefixKey"/>): a word whose first three
    /// letters, ASCII, are none of them is no month, in full or abbreviated, and is not compared with the twelve names (most
    /// words read where a month could stand are "States", "and", "Declaration").
    /// </summary>
    private static readonly int[] MonthPrefixes = [.. Lexicon.Months.Select(month => PrefixKey(month))];

    /// <summary>The first three letters of a word, ASCII, folded to lower case and packed (the case bit set on each).</summary>
    private static int PrefixKey(ReadOnlySpan<char> word) => ((word[0] | 0x20) << 16) | ((word[1] | 0x20) << 8) | (word[2] | 0x20);

    private static readonly SearchValues<char> MonthInitials = SearchValues.Create([.. Lexicon.Months.Select(month => char.ToLowerInvariant(month[0]))]);

    /// <summary>Exactly four digits standing alone ("2011", not "20121").</summary>
    private static int ReadYear(string s, int i, out int year)
    {
        int end = Words.Digits(s, i, 4, out year);
        return end - i == 4 && Words.EndsWord(s, end) ? end : -1;
    }

    private enum MonthForm
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
