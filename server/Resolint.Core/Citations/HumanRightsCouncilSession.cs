namespace Resolint.Core.Citations;

/// <summary>When a Human Rights Council regular session sits, for checking a resolution's date against its number.</summary>
public static class HumanRightsCouncilSession
{
    /// <summary>
    /// The sessions whose years are known to follow the schedule below (through the sixtieth, September 2025);
    /// past it the range widens by a year each way in case the schedule changes.
    /// </summary>
    public const int LastKnownSession = 60;

    /// <summary>
    /// The Council met three times in 2006 (sessions 1 to 3) and, under its institution-building package
    /// (resolution 5/1), has held exactly three regular sessions a year since (March, June, September), each
    /// closing within its year. So session N sits in 2006 + (N − 1) / 3: 5/1 is 2007, 16/21 is 2011, 36/29
    /// is 2017. Resumed parts stay in the same year (the sixth resumed in December 2007).
    /// </summary>
    public static YearRange YearRange(int session)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(session, 1);
        int year = 2006 + ((session - 1) / 3);
        return session <= LastKnownSession ? new YearRange(year, year) : new YearRange(year - 1, year + 1);
    }

    /// <summary>The highest regular session that can have met by the end of <paramref name="year"/>.</summary>
    public static int LatestBy(int year) => Math.Max(0, (year - 2006 + 1) * 3);
}
