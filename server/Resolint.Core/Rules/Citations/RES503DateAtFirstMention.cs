using System.Runtime.InteropServices;
using Resolint.Core.Citations;
using Resolint.Core.Parsing;
using Resolint.Core.Text;

namespace Resolint.Core.Rules.Citations;

/// <summary>
/// A resolution carries its date at its first mention and not after (Editorial Manual; the seeds:
/// "resolutions 62/152 of 18 December 2007, 64/163 of 18 December 2009, 66/164, 68/181 and 70/161", where
/// 66/164 was dated earlier). Only the repeat is a slip: a first mention without a date is common practice
/// ("Resolution 48/134, annex." in a footnote, "resolution 217 A (III)"), and so is dating a resolution again
/// where it is cited far from its dated mention (<see cref="NearbyParagraphs"/>). A text the resolution
/// recommends to another organ is a text of its own and dates its citations again.
/// </summary>
public sealed class RES503DateAtFirstMention : Rule
{
    public static readonly RuleDescriptor Rule = new(
        "RES503",
        "A resolution is dated at its first mention only",
        Severity.Warning,
        RuleCategory.Citations,
        "The date of a resolution is given where the text first cites it, and not repeated when the text cites it again.");

    public override RuleDescriptor Descriptor => Rule;

    /// <summary>
    /// How many paragraphs after a dated mention a repeat of the date is a slip. Adopted texts date a resolution
    /// again where they cite it far from its dated mention (in the operative part after the preamble, or many
    /// paragraphs on), now and then, and never within this distance: there the date is still before the reader.
    /// </summary>
    public const int NearbyParagraphs = 4;

    public override void Check(RuleContext context)
    {
        // Asked only of a resolution dated again: most keystrokes never need them.
        List<int>? paragraphStarts = null;
        List<int> textStarts = RecommendedTextStarts(context.Draft);

        // The last dated mention of each resolution, one look-up per citation. The organ is not part of the key:
        // "General Assembly resolution 70/1" and "its resolution 70/1" are one resolution, and two bodies' equal
        // numbers do not share a date. A part letter makes another resolution: 48/226 A and 48/226 C are each
        // dated once.
        var lastDated = new Dictionary<(int Text, string Key, string? Part, bool IsDecision), ResolutionCitation>();
        foreach (ResolutionCitation citation in InTextOrder(context.Draft))
        {
            if (citation.Date is not { } date)
            {
                continue;
            }

            var key = (Index(textStarts, citation.Span.Start), citation.Number.Key, citation.Number.Part, citation.IsDecision);
            ref ResolutionCitation? last = ref CollectionsMarshal.GetValueRefOrAddDefault(lastDated, key, out bool exists);
            if (!exists
                || last!.Date!.Text != date.Text
                || Index(paragraphStarts ??= ParagraphStarts(context.Draft), citation.Span.Start) - Index(paragraphStarts, last.Span.Start) > NearbyParagraphs)
            {
                // A first mention, another date (of something else the sentence names) or a mention far off.
                last = citation;
                continue;
            }

            ResolutionCitation first = last;
            string what = citation.IsDecision ? "Decision" : "Resolution";
            int line = context.Text.LineOf(first.Span.Start) + 1;
            TextSpan? repeated = RepeatedDate(context.Text, citation, date);
            TextSpan span = repeated ?? date.Span;
            Fix? fix = repeated is { } remove ? RuleContext.Replace("Remove the repeated date", remove, string.Empty) : null;
            context.Report(
                span,
                $"{what} {citation.Number.Text} was dated at its first mention (line {line}): do not repeat \"of {date.Text}\".",
                fix,
                [new RelatedLocation(first.Date!.Span, $"{what} {citation.Number.Text} is first dated here.")],
                DiagnosticTags.Unnecessary);
        }
    }

    /// <summary>Where each preambular paragraph, operative paragraph and sub-paragraph starts, in order.</summary>
    private static List<int> ParagraphStarts(Drafts.Draft draft)
    {
        // In place, not enumerated, and checked for order as they are listed: this runs on most keystrokes into a long draft.
        ReadOnlySpan<Drafts.PreambularParagraph> preamble = Listed.Span(draft.Preamble);
        ReadOnlySpan<Drafts.OperativeParagraph> operative = Listed.Span(draft.Operative);
        var starts = new List<int>(preamble.Length + operative.Length);
        bool inOrder = true;
        foreach (Drafts.PreambularParagraph paragraph in preamble)
        {
            Add(paragraph.Span.Start);
        }

        foreach (Drafts.OperativeParagraph paragraph in operative)
        {
            Add(paragraph.Span.Start);
            IReadOnlyList<Drafts.SubParagraph> subParagraphs = paragraph.SubParagraphs;
            for (int j = 0; j < subParagraphs.Count; j++)
            {
                Add(subParagraphs[j].Span.Start);
            }
        }

        // They stand in order but where parts or sections reorder them: the sort is made only then.
        if (!inOrder)
        {
            starts.Sort();
        }

        return starts;

        void Add(int start)
        {
            inOrder &= starts.Count == 0 || starts[^1] <= start;
            starts.Add(start);
        }
    }

    /// <summary>
    /// The resolutions cited, in the order the text cites them. The parser lists citations in text order: sorting
    /// copies of hundreds of them on every keystroke was garbage, so only a list out of order is sorted.
    /// </summary>
    private static IEnumerable<ResolutionCitation> InTextOrder(Drafts.Draft draft)
    {
        IEnumerable<ResolutionCitation> resolutions = draft.CitationsOf<ResolutionCitation>();
        return TextOrder.IsInOrder(draft.Citations, c => c.Span.Start) ? resolutions : resolutions.OrderBy(c => c.Span.Start);
    }

    /// <summary>Where each text the resolution recommends to another organ begins, in order.</summary>
    private static List<int> RecommendedTextStarts(Drafts.Draft draft)
    {
        // A loop, not a query: every block of the draft is asked on every keystroke, and nearly none is one.
        var starts = new List<int>();
        foreach (Drafts.DraftBlock block in Listed.Span(draft.Blocks))
        {
            if (block.Role == Drafts.BlockRole.RecommendedText)
            {
                starts.Add(block.Span.Start);
            }
        }

        return starts;
    }

    /// <summary>How many of the sorted <paramref name="starts"/> lie at or before <paramref name="offset"/>.</summary>
    private static int Index(List<int> starts, int offset)
    {
        // Nearly no draft recommends a text to another organ: where there are no starts, no citation needs a search.
        if (starts.Count == 0)
        {
            return 0;
        }

        int i = CollectionsMarshal.AsSpan(starts).BinarySearch(offset);
        return i >= 0 ? i + 1 : ~i;
    }

    /// <summary>
    /// " of 19 December 2011" after the number (and after the Markdown link around it, "[72/181](#)"), when the
    /// source holds exactly that, and no footnote marker glued to the year ("201110") would be glued to the
    /// number once the date is gone.
    /// </summary>
    private static TextSpan? RepeatedDate(SourceText text, ResolutionCitation citation, CitationDate date)
    {
        int start = citation.NumberSpan.End;
        int end = date.Span.End;
        if (start >= date.Span.Start || end > text.Length)
        {
            return null;
        }

        if (text.Text.AsSpan(start).StartsWith("](", StringComparison.Ordinal))
        {
            int close = text.Text.IndexOf(')', start);
            start = close >= 0 && close < date.Span.Start ? close + 1 : start;
        }

        string between = text.Text[start..date.Span.Start];
        bool justOf = between.Length >= 4 && between.Trim() == "of" && char.IsWhiteSpace(between[0]) && char.IsWhiteSpace(between[^1]);
        bool markerGlued = end < text.Length && char.IsAsciiDigit(text.Text[end]);
        return justOf && !markerGlued && text.Slice(date.Span) == date.Text ? TextSpan.FromBounds(start, end) : null;
    }
}
