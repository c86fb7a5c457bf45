using Resolint.Core.Citations;

namespace Resolint.Core.Tests.Citations;

public class CitationDatesTests
{
    [Theory]
    [InlineData("19 December 2011", 2011, 12, 19)]
    [InlineData("5 July 2012", 2012, 7, 5)]
    [InlineData("29 February 2012", 2012, 2, 29)]
    [InlineData("1 May 1998", 1998, 5, 1)]
    public void Parses_a_date_written_as_the_convention_wants(string text, int year, int month, int day)
    {
        Assert.True(CitationDates.TryParse(text, out DateOnly date));
        Assert.Equal(new DateOnly(year, month, day), date);
        Assert.True(CitationDates.IsWellFormed(text, out string reason, out string? suggestion));
        Assert.Empty(reason);
        Assert.Null(suggestion);
    }

    [Theory]
    [InlineData("19 Dec. 2011", "19 December 2011", "month in full")]
    [InlineData("19 Dec 2011", "19 December 2011", "month in full")]
    [InlineData("5 Sept. 2012", "5 September 2012", "month in full")]
    [InlineData("December 19, 2011", "19 December 2011", "day before the month")]
    [InlineData("Dec. 19 2011", "19 December 2011", "day before the month")]
    [InlineData("19th December 2011", "19 December 2011", "plain number")]
    [InlineData("2nd June 2007", "2 June 2007", "plain number")]
    [InlineData("19 December, 2011", "19 December 2011", "without a comma")]
    [InlineData("19 december 2011", "19 December 2011", "capital letter")]
    [InlineData("19 DECEMBER 2011", "19 December 2011", "capital letter")]
    [InlineData("5 jUNE 2012", "5 June 2012", "capital letter")]
    [InlineData("5 JUL 2012", "5 July 2012", "month in full")]
    [InlineData("09 December 2011", "9 December 2011", "leading zero")]
    public void Names_a_malformed_date_and_suggests_the_right_text(string text, string correct, string reasonSays)
    {
        Assert.False(CitationDates.TryParse(text, out _));
        Assert.False(CitationDates.IsWellFormed(text, out string reason, out string? suggestion));
        Assert.Contains(reasonSays, reason, StringComparison.Ordinal);
        Assert.Equal(correct, suggestion);
        Assert.True(CitationDates.TryParse(suggestion, out _));
    }

    [Theory]
    [InlineData("31 February 2011", "There is no 31 February 2011.")]
    [InlineData("29 February 2011", "There is no 29 February 2011.")]
    [InlineData("31 April 2013", "There is no 31 April 2013.")]
    [InlineData("0 May 2013", "There is no 0 May 2013.")]
    public void Offers_no_fix_for_a_date_that_does_not_exist(string text, string expectedReason)
    {
        Assert.False(CitationDates.IsWellFormed(text, out string reason, out string? suggestion));
        Assert.Equal(expectedReason, reason);
        Assert.Null(suggestion);
    }

    [Theory]
    [InlineData("")]
    [InlineData("2011")]
    [InlineData("19 Decembre 2011")]
    [InlineData("19 December 20111")]
    [InlineData("19 December 11")]
    [InlineData("19/12/2011")]
    [InlineData("19 December 2011 and")]
    [InlineData(null)]
    public void Rejects_what_is_no_date(string? text)
    {
        Assert.False(CitationDates.TryParse(text, out _));
        Assert.False(CitationDates.IsWellFormed(text, out string reason, out string? suggestion));
        Assert.Contains("19 December 2011", reason, StringComparison.Ordinal);
        Assert.Null(suggestion);
    }

    [Fact]
    public void Formats_as_the_convention_wants() =>
        Assert.Equal("9 December 1998", CitationDates.Format(new DateOnly(1998, 12, 9)));
}
