using System.Reflection;

namespace Resolint.Accuracy;

/// <summary>A genuine slip of an adopted text, listed in caveats.tsv: the text's symbol, the rule, an excerpt of the line.</summary>
public sealed record GenuineSlip(string Symbol, string RuleId, string Excerpt);

/// <summary>
/// Findings on adopted texts that are not false, counted apart from the false ones: the few genuine slips of the
/// texts, listed with their symbol in caveats.tsv. (A copy whose notes begin at 2, its note 1 on the cover page it
/// lacks, needs no caveat: RES401 says so as information, which the harness does not count.)
/// </summary>
public static class Caveats
{
    public const string Listed = "genuine slip (caveats.tsv)";

    private static readonly Lazy<IReadOnlyList<GenuineSlip>> LazyListed = new(ReadListed);

    public static IReadOnlyList<GenuineSlip> GenuineSlips => LazyListed.Value;

    /// <summary>Why a finding on an adopted text is a caveat, not a false finding; null for a false finding.</summary>
    public static string? Of(AdoptedText text, Finding finding, IReadOnlyList<GenuineSlip>? listed = null)
    {
        string line = LineText(text.Text, finding.Line);
        string symbol = Key(Path.GetFileNameWithoutExtension(text.Path));
        foreach (GenuineSlip slip in listed ?? GenuineSlips)
        {
            if (slip.RuleId == finding.RuleId && Key(slip.Symbol) == symbol && line.Contains(slip.Excerpt, StringComparison.Ordinal))
            {
                return Listed;
            }
        }

        return null;
    }

    /// <summary>Whether a listed slip belongs to a text (by its symbol).</summary>
    public static bool BelongsTo(GenuineSlip slip, AdoptedText text) => Key(slip.Symbol) == Key(Path.GetFileNameWithoutExtension(text.Path));

    public static string LineText(string text, int line)
    {
        int start = 0;
        for (int i = 1; i < line && start >= 0; i++)
        {
            start = text.IndexOf('\n', start) is int n and >= 0 ? n + 1 : -1;
        }

        if (start < 0)
        {
            return string.Empty;
        }

        int end = text.IndexOf('\n', start);
        return text[start..(end < 0 ? text.Length : end)];
    }

    /// <summary>A symbol as a key: letters and digits only, upper case ("A/HRC/RES/54/1" and "A_HRC_RES_54_1" agree).</summary>
    private static string Key(string symbol) => string.Concat(symbol.Where(char.IsLetterOrDigit)).ToUpperInvariant();

    private static IReadOnlyList<GenuineSlip> ReadListed()
    {
        using Stream stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("caveats.tsv")!;
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }

    /// <summary>The lines "symbol TAB rule TAB excerpt"; blank lines and lines starting with # are comments.</summary>
    public static IReadOnlyList<GenuineSlip> Parse(string tsv) =>
        tsv.Split('\n')
            .Select(l => l.TrimEnd('\r'))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t'))
            .Where(f => f.Length == 3)
            .Select(f => new GenuineSlip(f[0], f[1], f[2]))
            .ToList();
}
