using Resolint.Core.Drafts;
using Resolint.Core.Text;
using Resolint.Lsp.Protocol;
using StreamJsonRpc;

namespace Resolint.Lsp.Handlers;

/// <summary>textDocument/foldingRange: the heading, the preamble, the operative part, long paragraphs and the footnotes.</summary>
internal sealed class FoldingRangeHandler(DocumentStore documents)
{
    [JsonRpcMethod("textDocument/foldingRange", UseSingleObjectParameterDeserialization = true)]
    public Task<FoldingRange[]> FoldingRangeAsync(FoldingRangeParams request, CancellationToken cancellation) =>
        documents.ReadAsync(request.TextDocument, cancellation, snapshot => Folds(snapshot.Draft));

    private static FoldingRange[] Folds(Draft draft)
    {
        var spans = new List<TextSpan> { draft.Heading.Span };
        if (draft.Preamble.Count > 0)
        {
            spans.Add(TextSpan.FromBounds(draft.Preamble[0].Span.Start, draft.Preamble[^1].Span.End));
        }

        if (draft.Operative.Count > 0)
        {
            spans.Add(TextSpan.FromBounds(draft.Operative[0].Span.Start, draft.Operative[^1].Span.End));
        }

        spans.AddRange(draft.Preamble.Select(p => p.Span));
        foreach (OperativeParagraph paragraph in draft.Operative)
        {
            spans.Add(paragraph.Span);
            AddSubParagraphs(spans, paragraph.SubParagraphs);
        }

        spans.AddRange(draft.Footnotes.Select(f => f.Span));
        spans.AddRange(FootnoteBlocks(draft));

        // A fold needs two lines at least; two folds on the same lines are one.
        return spans
            .Select(span => (Start: draft.Text.LineOf(span.Start), End: draft.Text.LineOf(Math.Max(span.Start, span.End - 1))))
            .Where(lines => lines.End > lines.Start)
            .Distinct()
            .OrderBy(lines => lines.Start).ThenByDescending(lines => lines.End)
            .Select(lines => new FoldingRange(lines.Start, lines.End) { Kind = "region" })
            .ToArray();
    }

    /// <summary>Footnotes stand in blocks where a page ended, sometimes in mid-paragraph: each block folds on its own.</summary>
    private static IEnumerable<TextSpan> FootnoteBlocks(Draft draft)
    {
        TextSpan? block = null;
        foreach (Footnote footnote in draft.Footnotes.OrderBy(f => f.Span.Start))
        {
            if (block is { } open && draft.Text.LineOf(footnote.Span.Start) - draft.Text.LineOf(open.End) <= 2)
            {
                block = TextSpan.FromBounds(open.Start, footnote.Span.End);
                continue;
            }

            if (block is { } done)
            {
                yield return done;
            }

            block = footnote.Span;
        }

        if (block is { } last)
        {
            yield return last;
        }
    }

    private static void AddSubParagraphs(List<TextSpan> spans, IReadOnlyList<SubParagraph> subParagraphs)
    {
        foreach (SubParagraph subParagraph in subParagraphs)
        {
            spans.Add(subParagraph.Span);
            AddSubParagraphs(spans, subParagraph.Children);
        }
    }
}
