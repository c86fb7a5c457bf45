using System.Buffers;

namespace Resolint.Core.Text;

/// <summary>
/// Where two spaces first stand in a row. A string search anchors on its needle's first and last characters, which in
/// "  " are the same: every single space between words is a candidate it checks apart. A searching value compares
/// both places at once and stops only at a pair (this runs over every block and every draft's whole text).
/// </summary>
internal static class DoubledSpaces
{
    public const string Pair = "  ";

    private static readonly SearchValues<string> Search = SearchValues.Create([Pair], StringComparison.Ordinal);

    /// <summary>The index of the first doubled space in <paramref name="chars"/>, or -1.</summary>
    public static int IndexIn(ReadOnlySpan<char> chars) => chars.IndexOfAny(Search);
}
