using Resolint.Core.Drafts;
using Resolint.Core.Text;
using Resolint.Lsp.Protocol;
using StreamJsonRpc;

namespace Resolint.Lsp.Handlers;

/// <summary>
/// textDocument/semanticTokens/full: opening words, operative verbs, citations and footnote markers, as
/// standard token types so that every colour theme already has a colour for them.
/// </summary>
internal sealed class SemanticTokensHandler(DocumentStore documents)
{
    public static readonly SemanticTokensLegend Legend = new(["keyword", "function", "string", "number"], []);

    private const int Opener = 0;
    private const int Verb = 1;
    private const int Citation = 2;
    private const int Marker = 3;

    [JsonRpcMethod("textDocument/semanticTokens/full", UseSingleObjectParameterDeserialization = true)]
    public Task<SemanticTokens> SemanticTokensAsync(SemanticTokensParams request, CancellationToken cancellation) =>
        documents.ReadAsync(request.TextDocument, cancellation, snapshot => new SemanticTokens(Encode(snapshot.Text, Tokens(snapshot.Draft))));

    private static IEnumerable<(TextSpan Span, int Type)> Tokens(Draft draft) =>
        draft.Preamble.Select(p => (p.Opener.Span, Opener))
            .Concat(draft.Operative.Select(p => (p.Verb.Span, Verb)))
            .Concat(draft.Citations.Select(c => (c.Span, Citation)))
            .Concat(draft.FootnoteReferences.Select(r => (r.Span, Marker)));

    /// <summary>
    /// LSP's relative encoding: five integers per token (line delta, start delta, length, type, modifiers),
    /// in document order, one line each, no overlaps. A citation around a marker yields to the marker.
    /// </summary>
    private static int[] Encode(SourceText text, IEnumerable<(TextSpan Span, int Type)> tokens)
    {
        var data = new List<int>();
        int previousLine = 0;
        int previousCharacter = 0;
        int covered = 0;
        foreach ((TextSpan span, int type) in tokens.Where(t => !t.Span.IsEmpty).OrderBy(t => t.Span.Start).ThenBy(t => t.Span.Length))
        {
            if (span.Start < covered)
            {
                continue;
            }

            foreach (TextSpan piece in OnePerLine(text, span))
            {
                LinePosition start = text.PositionOf(piece.Start);
                data.Add(start.Line - previousLine);
                data.Add(start.Line == previousLine ? start.Character - previousCharacter : start.Character);
                data.Add(piece.Length);
                data.Add(type);
                data.Add(0);
                previousLine = start.Line;
                previousCharacter = start.Character;
            }

            covered = span.End;
        }

        return data.ToArray();
    }

    private static IEnumerable<TextSpan> OnePerLine(SourceText text, TextSpan span)
    {
        int first = text.LineOf(span.Start);
        int last = text.LineOf(span.End);
        for (int line = first; line <= last; line++)
        {
            TextSpan lineSpan = text.LineSpan(line);
            var piece = TextSpan.FromBounds(Math.Max(span.Start, lineSpan.Start), Math.Min(span.End, lineSpan.End));
            if (!piece.IsEmpty)
            {
                yield return piece;
            }
        }
    }
}
