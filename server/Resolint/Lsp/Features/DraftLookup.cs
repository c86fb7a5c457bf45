using Resolint.Core.Citations;
using Resolint.Core.Drafts;

namespace Resolint.Lsp.Features;

/// <summary>What stands at a place in a draft: the questions hover, definition, references and completion ask.</summary>
internal static class DraftLookup
{
    /// <summary>The footnote marker at an offset; a cursor just after a marker is on it.</summary>
    public static FootnoteReference? MarkerAt(Draft draft, int offset) =>
        draft.FootnoteReferences.FirstOrDefault(r => r.Span.Touches(offset));

    /// <summary>The footnote whose text holds an offset.</summary>
    public static Footnote? FootnoteAt(Draft draft, int offset) =>
        draft.Footnotes.FirstOrDefault(f => f.Span.Touches(offset));

    /// <summary>The innermost citation at an offset ("resolution 48/134" rather than the Official Records reference around it).</summary>
    public static Citation? CitationAt(Draft draft, int offset) =>
        draft.Citations.Where(c => c.Span.Touches(offset)).MinBy(c => c.Span.Length);

    /// <summary>The opening words at an offset, and whether they open an operative paragraph.</summary>
    public static (Opener Opener, bool Operative)? OpenerAt(Draft draft, int offset)
    {
        foreach (PreambularParagraph paragraph in draft.Preamble)
        {
            if (paragraph.Opener.Span.Touches(offset) && !paragraph.Opener.Span.IsEmpty)
            {
                return (paragraph.Opener, false);
            }
        }

        foreach (OperativeParagraph paragraph in draft.Operative)
        {
            if (paragraph.Verb.Span.Touches(offset) && !paragraph.Verb.Span.IsEmpty)
            {
                return (paragraph.Verb, true);
            }
        }

        return null;
    }

    public static OperativeParagraph? OperativeNumbered(Draft draft, int number) =>
        draft.Operative.FirstOrDefault(p => p.Number == number);

    public static IEnumerable<Footnote> FootnotesNumbered(Draft draft, int number) =>
        draft.Footnotes.Where(f => f.Number == number);

    public static IEnumerable<FootnoteReference> MarkersNumbered(Draft draft, int number) =>
        draft.FootnoteReferences.Where(r => r.Number == number);

    /// <summary>The first words of a paragraph's text, for outlines and hovers.</summary>
    public static string Excerpt(string text, int length)
    {
        string flat = text.ReplaceLineEndings(" ").Trim();
        if (flat.Length <= length)
        {
            return flat;
        }

        int cut = flat.LastIndexOf(' ', length);
        return flat[..(cut > length / 2 ? cut : length)] + "…";
    }
}
