namespace Resolint.Core.Citations;

/// <summary>When an Economic and Social Council session sits, for checking a resolution's date against its number.</summary>
public static class EconomicAndSocialCouncilSession
{
    /// <summary>
    /// The first session of the Council's July-to-July cycle (General Assembly resolution 68/1): from it on, the
    /// session a number's year names opens in July of the year before, so decision 2017/206 can be of October 2016.
    /// </summary>
    public const int FirstJulyToJulySession = 2015;

    /// <summary>The years in which the session of <paramref name="year"/> sits.</summary>
    public static YearRange YearRange(int year) =>
        year >= FirstJulyToJulySession ? new YearRange(year - 1, year) : new YearRange(year, year);
}
