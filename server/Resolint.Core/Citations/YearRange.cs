namespace Resolint.Core.Citations;

/// <summary>The calendar years, first to last inclusive, in which something can plausibly be dated.</summary>
public readonly record struct YearRange(int First, int Last)
{
    public bool Contains(int year) => year >= First && year <= Last;

    public override string ToString() => First == Last ? First.ToString() : $"{First}–{Last}";
}
