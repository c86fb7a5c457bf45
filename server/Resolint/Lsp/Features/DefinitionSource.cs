using Resolint.Core.Citations;
using Resolint.Core.Corpus;
using Resolint.Core.Drafts;
using Resolint.Core.Text;

namespace Resolint.Lsp.Features;

/// <summary>Where a thing in the draft is defined: a span of the draft itself, or a corpus file (<see cref="File"/>).</summary>
public sealed record DefinitionTarget(string? File, TextSpan Span);

/// <summary>
/// Where "go to definition" leads: from a footnote marker to its footnote, from "paragraph 14 above" to
/// paragraph 14, from a cited resolution to the corpus file that holds it.
/// </summary>
internal static class DefinitionSource
{
    public static IReadOnlyList<DefinitionTarget> At(Draft draft, ConventionModel conventions, int offset)
    {
        if (DraftLookup.MarkerAt(draft, offset) is { } marker)
        {
            return DraftLookup.FootnotesNumbered(draft, marker.Number).Select(f => new DefinitionTarget(null, f.Span)).ToList();
        }

        return DraftLookup.CitationAt(draft, offset) switch
        {
            ParagraphReference reference => reference.Paragraphs
                .Select(n => DraftLookup.OperativeNumbered(draft, n))
                .OfType<OperativeParagraph>()
                .Select(p => new DefinitionTarget(null, p.Span))
                .ToList(),
            ResolutionCitation resolution when conventions.Catalogue.TryGetValue(resolution.Number.Key, out CatalogueEntry? entry) && entry.File is { } file =>
                [new DefinitionTarget(file, new TextSpan(0, 0))],
            _ => [],
        };
    }
}
