using Resolint.Lsp.Protocol;
using StreamJsonRpc;

namespace Resolint.Lsp.Handlers;

/// <summary>textDocument/diagnostic: diagnostics pulled by the client, "unchanged" when it already has them.</summary>
internal sealed class DocumentDiagnosticHandler(DocumentStore documents)
{
    [JsonRpcMethod("textDocument/diagnostic", UseSingleObjectParameterDeserialization = true)]
    public async Task<DocumentDiagnosticReport> DiagnosticAsync(DocumentDiagnosticParams request, CancellationToken cancellation)
    {
        await documents.SettledAsync(cancellation).ConfigureAwait(false);
        return await documents.ReadAsync(request.TextDocument, cancellation, snapshot =>
        {
            if (request.PreviousResultId == snapshot.ResultId)
            {
                return new DocumentDiagnosticReport(DocumentDiagnosticReport.Unchanged, snapshot.ResultId);
            }

            Diagnostic[] items = snapshot.Check.Diagnostics
                .Select(d => Conversions.ToDiagnostic(snapshot.Uri, snapshot.Version, snapshot.Text, d))
                .ToArray();
            return new DocumentDiagnosticReport(DocumentDiagnosticReport.Full, snapshot.ResultId) { Items = items };
        }).ConfigureAwait(false);
    }
}
