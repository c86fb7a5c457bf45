using System.Text.RegularExpressions;
using Resolint.Core.Citations;
using Resolint.Core.Drafts;
using Resolint.Core.Text;

namespace Resolint.Core.Rules.Footnotes;

/// <summary>
/// The sources a footnote cites, as "Ibid." must count them: an Official Records reference is one source
/// with the symbol it names, and the documents and resolutions it goes on to name are parts of it ("Official
/// Records of the Security Council, Forty-fifth Year, Supplement for July, August and September 1990,
/// document S/21689, annex"; "Ibid., Supplement No. 53A and corrigendum (A/71/53/Add.1 and …)"): the next
/// "Ibid." repeats the series. A document and its corrigenda are one source ("E/2005/23, E/2005/23/Corr.1
/// and E/2005/23/Corr.2"); every other document symbol and every resolution is a source of its own.
/// </summary>
internal static partial class FootnoteSources
{
    public static IReadOnlyList<string> Of(Footnote footnote, IReadOnlyList<Citation> citations)
    {
        var inside = citations.Where(c => Within(c.Span, footnote.Span)).ToList();
        var records = inside.OfType<OfficialRecordsReference>().ToList();
        var sources = new List<string>();
        // "…, 2005, Supplement No. 7 (E/2005/27); ibid., 2010, Supplement No. 7 (E/2010/27)": an "ibid." inside the
        // footnote goes on in the same series, which the next footnote's "Ibid." repeats.
        sources.AddRange(records.Where((r, i) => i == 0 || !r.IsIbid).Select(r => r.Symbol?.Symbol ?? r.Text));
        int recordsFrom = records.Count > 0 ? records.Min(r => r.Span.Start) : int.MaxValue;
        foreach (DocumentSymbolCitation symbol in inside.OfType<DocumentSymbolCitation>())
        {
            if (symbol.Span.Start < recordsFrom)
            {
                sources.Add(Corrigendum().Replace(symbol.Symbol, string.Empty));
            }
        }

        foreach (ResolutionCitation resolution in inside.OfType<ResolutionCitation>())
        {
            if (resolution.Span.Start < recordsFrom)
            {
                sources.Add((resolution.IsDecision ? "decision " : "resolution ") + resolution.Number.Text);
            }
        }

        return sources.Distinct(StringComparer.Ordinal).ToList();
    }

    private static bool Within(TextSpan inner, TextSpan outer) => inner.Start >= outer.Start && inner.End <= outer.End;

    [GeneratedRegex(@"/Corr\.\d+$")]
    private static partial Regex Corrigendum();
}
