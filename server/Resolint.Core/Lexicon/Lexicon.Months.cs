namespace Resolint.Core;

public static partial class Lexicon
{
    private static readonly Lazy<string[]> MonthNames = new(() => [.. Entries("months.txt")]);

    /// <summary>The months in calendar order, as written in full ("January" … "December").</summary>
    public static IReadOnlyList<string> Months => MonthNames.Value;
}
