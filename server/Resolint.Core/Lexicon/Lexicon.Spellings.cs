namespace Resolint.Core;

public static partial class Lexicon
{
    /// <summary>
    /// The candidate spellings of United Nations editorial practice (<c>Data/spellings.tsv</c>): each row a kind
    /// (<c>word</c> or <c>fixed</c>), a variant, its standard, the endings a word takes, and the family it joins.
    /// </summary>
    internal static IReadOnlyList<IReadOnlyDictionary<string, string>> Spellings => Table("spellings");

    private static readonly Lazy<(string Standard, int Since)[]> Eras = new(() =>
        [.. Table("spelling-eras").Select(row => (row["standard"], int.Parse(row["since"], System.Globalization.CultureInfo.InvariantCulture)))]);

    /// <summary>
    /// The year from which the United Nations writes a standard form ("cooperation" since 1991), or null when
    /// it always has: before that year the older form was the standard.
    /// </summary>
    internal static int? StandardSince(string preferred)
    {
        foreach ((string standard, int since) in Eras.Value)
        {
            if (preferred.StartsWith(standard, StringComparison.OrdinalIgnoreCase))
            {
                return since;
            }
        }

        return null;
    }
}
