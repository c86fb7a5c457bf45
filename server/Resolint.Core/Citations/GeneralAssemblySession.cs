namespace Resolint.Core.Citations;

/// <summary>When a General Assembly session sits, for checking a resolution's date against its number.</summary>
public static class GeneralAssemblySession
{
    /// <summary>
    /// Session N opens in September of 1945 + N and closes the following September, so resolution 66/169 is
    /// dated 2011 or 2012, never 2001. The same holds for the numbered sessions before the thirty-first
    /// ("217 A (III)" is 1948).
    /// </summary>
    public static YearRange YearRange(int session)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(session, 1);
        return new YearRange(1945 + session, 1946 + session);
    }

    /// <summary>The session that opens in September of <paramref name="year"/> (the eightieth in 2025).</summary>
    public static int OpeningIn(int year) => year - 1945;
}
