using CsCheck;
using Resolint.Core.Citations;
using Resolint.Core.Rules.Citations;

namespace Resolint.Core.Tests.Citations;

/// <summary>
/// RES502 reads a passage's dates back from their years only (<see cref="RES502DateForm.NumbersIn"/>). That finds every
/// date only if no two dates overlap and each starts where the words before its year say: these tests try a date at every
/// character, with the spaces, ordinals, abbreviations and commas dates are written with, and with digits glued to words.
/// </summary>
public class DatesReadFromYearsPropertyTests
{
    private static readonly Gen<string> Dates = Gen.OneOf(
        Gen.OneOf(
            "19 December 2011", "December 19, 2011", "Dec. 19 2011", "19th Dec 2011", "1st May, 1998", "2nd June 2000", "3rd Sept. 2001",
            "Sept 3rd, 2001", "31 February 2011", "19 Dec., 2011", "May 5th 2011", "December", "Dec.", "Sept.", "Mayor", "May", "june",
            "19", "5", "05", "123", "2011", "20121", "x2011", "2011x", "A/68/208", "1/2", "th", "st", "“", "”", " ", "  ", "\u00A0",
            "\u202F", "\t", "\n", ",", ", ", ".", "x", "É", "of", "on", "(", ")").Array[0, 24].Select(string.Concat),
        Gen.String[Gen.Char["0123456789 \t\u00A0,.DdecMmayJjulSsptnhrx“”"], 0, 60]);

    [Fact]
    public void Dates_never_overlap_and_those_written_amiss_are_all_found_from_their_years()
    {
        Dates.Sample(text =>
        {
            List<(int Start, DateReading Reading)> dates = DatesAtEveryCharacter(text);
            for (int i = 1; i < dates.Count; i++)
            {
                Assert.True(dates[i].Start >= dates[i - 1].Reading.End, $"Dates overlap in \"{text}\".");
            }

            var expected = dates
                .Where(date => date.Reading.Problem is not null && !InQuotation(text, date.Start))
                .Select(date => new RES502DateForm.MisWrittenDate(
                    Text.TextSpan.FromBounds(date.Start, date.Reading.End),
                    date.Reading.Problem!,
                    date.Reading.Date is DateOnly real ? CitationDates.Format(real) : null))
                .ToList();
            Assert.Equal(expected, RES502DateForm.NumbersIn(text).MisWrittenDates);
        },
        iter: 10_000);
    }

    /// <summary>Every date read at a character that starts a word, none passed over.</summary>
    private static List<(int Start, DateReading Reading)> DatesAtEveryCharacter(string text)
    {
        var dates = new List<(int, DateReading)>();
        for (int at = 0; at < text.Length; at++)
        {
            if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && RES502DateForm.CouldStartDate(text, at) && CitationDates.TryRead(text, at, out DateReading reading))
            {
                dates.Add((at, reading));
            }
        }

        return dates;
    }

    private static bool InQuotation(string text, int at) =>
        text[..at].Aggregate(0, (depth, c) => c == '“' ? depth + 1 : c == '”' && depth > 0 ? depth - 1 : depth) > 0;
}
