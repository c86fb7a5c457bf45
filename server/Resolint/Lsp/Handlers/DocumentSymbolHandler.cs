using Resolint.Core.Drafts;
using Resolint.Core.Text;
using Resolint.Lsp.Features;
using Resolint.Lsp.Protocol;
using StreamJsonRpc;

namespace Resolint.Lsp.Handlers;

/// <summary>
/// textDocument/documentSymbol: the draft's outline. The heading, the preamble with its paragraphs named
/// by their opening words, the operative paragraphs by number and verb with their sub-paragraphs, and
/// the footnotes.
/// </summary>
internal sealed class DocumentSymbolHandler(DocumentStore documents)
{
    private const int DetailLength = 60;

    [JsonRpcMethod("textDocument/documentSymbol", UseSingleObjectParameterDeserialization = true)]
    public Task<DocumentSymbol[]> DocumentSymbolAsync(DocumentSymbolParams request, CancellationToken cancellation) =>
        documents.ReadAsync(request.TextDocument, cancellation, snapshot => Outline(snapshot.Draft));

    private static DocumentSymbol[] Outline(Draft draft)
    {
        SourceText text = draft.Text;
        var symbols = new List<DocumentSymbol>();

        if (!draft.Heading.Span.IsEmpty)
        {
            symbols.Add(new DocumentSymbol(draft.Symbol ?? "Heading", SymbolKind.File, Range(text, draft.Heading.Span), Range(text, draft.Heading.SymbolSpan ?? draft.Heading.Span))
            {
                Detail = string.Join(" ", new[] { draft.Heading.Number, draft.Heading.Title }.OfType<string>()),
            });
        }

        if (draft.Preamble.Count > 0)
        {
            DocumentSymbol[] paragraphs = draft.Preamble
                .Select(p => Paragraph(text, p.Opener.Text, p, p.Opener.Span, SymbolKind.Field, []))
                .ToArray();
            symbols.Add(Part(text, "Preamble", $"{paragraphs.Length} paragraphs", draft.Preamble, paragraphs));
        }

        if (draft.Operative.Count > 0)
        {
            DocumentSymbol[] paragraphs = draft.Operative
                .Select(p => Paragraph(text, $"{p.Number?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? p.NumberText}. {p.Verb.Text}", p, p.Verb.Span, SymbolKind.Method, SubParagraphs(text, p.SubParagraphs)))
                .ToArray();
            symbols.Add(Part(text, "Operative part", $"{paragraphs.Length} paragraphs", draft.Operative, paragraphs));
        }

        if (draft.Footnotes.Count > 0)
        {
            DocumentSymbol[] footnotes = draft.Footnotes
                .Select(f => new DocumentSymbol($"Footnote {f.Number}", SymbolKind.String, Range(text, f.Span), Range(text, f.NumberSpan))
                {
                    Detail = DraftLookup.Excerpt(f.Text, DetailLength),
                })
                .ToArray();
            TextSpan all = TextSpan.FromBounds(draft.Footnotes.Min(f => f.Span.Start), draft.Footnotes.Max(f => f.Span.End));
            symbols.Add(new DocumentSymbol("Footnotes", SymbolKind.Namespace, Range(text, all), Range(text, draft.Footnotes[0].NumberSpan))
            {
                Detail = $"{footnotes.Length} footnotes",
                Children = footnotes,
            });
        }

        return symbols.ToArray();
    }

    private static DocumentSymbol[] SubParagraphs(SourceText text, IReadOnlyList<SubParagraph> subParagraphs) =>
        subParagraphs.Select(s => Paragraph(text, s.Label, s, s.LabelSpan, SymbolKind.EnumMember, SubParagraphs(text, s.Children))).ToArray();

    private static DocumentSymbol Paragraph(SourceText text, string name, Paragraph paragraph, TextSpan selection, int kind, DocumentSymbol[] children)
    {
        // The selection must lie inside the range; a paragraph whose opening words were not found selects its start.
        TextSpan inside = paragraph.Span.Contains(selection.Start) && selection.End <= paragraph.Span.End ? selection : new TextSpan(paragraph.Span.Start, 0);
        return new DocumentSymbol(string.IsNullOrWhiteSpace(name) ? "(paragraph)" : name, kind, Range(text, paragraph.Span), Range(text, inside))
        {
            Detail = DraftLookup.Excerpt(paragraph.Content.Text, DetailLength),
            Children = children.Length == 0 ? null : children,
        };
    }

    private static DocumentSymbol Part(SourceText text, string name, string detail, IEnumerable<Paragraph> paragraphs, DocumentSymbol[] children)
    {
        var list = paragraphs.ToList();
        TextSpan span = TextSpan.FromBounds(list[0].Span.Start, list.Max(p => p.Span.End));
        return new DocumentSymbol(name, SymbolKind.Namespace, Range(text, span), Range(text, new TextSpan(span.Start, 0)))
        {
            Detail = detail,
            Children = children,
        };
    }

    private static Protocol.Range Range(SourceText text, TextSpan span) => Conversions.ToRange(text, span);
}
