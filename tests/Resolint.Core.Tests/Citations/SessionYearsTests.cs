using Resolint.Core.Citations;

namespace Resolint.Core.Tests.Citations;

public class SessionYearsTests
{
    [Theory]
    [InlineData(1, 1946, 1947)]
    [InlineData(3, 1948, 1949)]
    [InlineData(66, 2011, 2012)]
    [InlineData(80, 2025, 2026)]
    public void An_Assembly_session_spans_the_year_it_opens_and_the_next(int session, int first, int last) =>
        Assert.Equal(new YearRange(first, last), GeneralAssemblySession.YearRange(session));

    [Fact]
    public void The_session_opening_in_a_year_is_the_inverse() =>
        Assert.Equal(66, GeneralAssemblySession.OpeningIn(GeneralAssemblySession.YearRange(66).First));

    [Theory]
    [InlineData(1, 2006)]
    [InlineData(3, 2006)]
    [InlineData(4, 2007)]
    [InlineData(6, 2007)]
    [InlineData(7, 2008)]
    [InlineData(13, 2010)]
    [InlineData(16, 2011)]
    [InlineData(20, 2012)]
    [InlineData(23, 2013)]
    [InlineData(30, 2015)]
    [InlineData(39, 2018)]
    [InlineData(43, 2020)]
    [InlineData(58, 2025)]
    [InlineData(60, 2025)]
    public void A_Council_session_sits_in_one_known_year(int session, int year) =>
        Assert.Equal(new YearRange(year, year), HumanRightsCouncilSession.YearRange(session));

    [Fact]
    public void Council_sessions_beyond_the_known_schedule_get_a_year_either_way() =>
        Assert.Equal(new YearRange(2026, 2028), HumanRightsCouncilSession.YearRange(64));

    [Theory]
    [InlineData(2006, 3)]
    [InlineData(2017, 36)]
    [InlineData(2025, 60)]
    [InlineData(2000, 0)]
    public void Counts_the_Council_sessions_held_by_a_year(int year, int latest) =>
        Assert.Equal(latest, HumanRightsCouncilSession.LatestBy(year));

    [Fact]
    public void Rejects_a_session_before_the_first()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => GeneralAssemblySession.YearRange(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => HumanRightsCouncilSession.YearRange(0));
    }

    [Fact]
    public void A_range_contains_its_ends_only()
    {
        var range = new YearRange(2011, 2012);

        Assert.True(range.Contains(2011));
        Assert.True(range.Contains(2012));
        Assert.False(range.Contains(2010));
        Assert.False(range.Contains(2013));
    }
}
