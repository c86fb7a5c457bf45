using System.Text.Json;
using Resolint.Lsp.Features;
using Resolint.Lsp.Protocol;
using StreamJsonRpc;

namespace Resolint.Lsp.Handlers;

/// <summary>
/// workspace/executeCommand. resolint.renumber [uri] renumbers the operative paragraphs of an open
/// document through workspace/applyEdit, for editors that bind commands to keys rather than code actions.
/// </summary>
internal sealed class ExecuteCommandHandler(DocumentStore documents, ServerSession session, JsonRpc rpc)
{
    public const string Renumber = "resolint.renumber";

    [JsonRpcMethod("workspace/executeCommand", UseSingleObjectParameterDeserialization = true)]
    public async Task<object?> ExecuteCommandAsync(ExecuteCommandParams request, CancellationToken cancellation)
    {
        if (request.Name != Renumber)
        {
            throw new LocalRpcException($"Unknown command '{request.Name}'; the server offers {Renumber}.") { ErrorCode = ErrorCodes.InvalidParams };
        }

        if (request.Arguments is not [{ ValueKind: JsonValueKind.String } argument])
        {
            throw new LocalRpcException($"{Renumber} takes one argument: the document's URI.") { ErrorCode = ErrorCodes.InvalidParams };
        }

        if (!session.ClientAppliesEdits)
        {
            throw new LocalRpcException("The client cannot apply edits (workspace/applyEdit); use the code action instead.") { ErrorCode = ErrorCodes.InvalidRequest };
        }

        WorkspaceEdit? edit = await documents.ReadAsync(new TextDocumentIdentifier(argument.GetString()!), cancellation, snapshot =>
            Core.Rules.Numbering.RES101OperativeNumbering.Renumber(snapshot.Draft.Operative).Edits is { Count: > 0 } edits ? Conversions.ToWorkspaceEdit(snapshot.Uri, snapshot.Text, edits) : null);
        if (edit is not null)
        {
            ApplyWorkspaceEditResult? result;
            try
            {
                result = await rpc.InvokeWithParameterObjectAsync<ApplyWorkspaceEditResult?>(
                    "workspace/applyEdit", new ApplyWorkspaceEditParams("Renumber operative paragraphs", edit), cancellation);
            }
            catch (RemoteInvocationException refused)
            {
                throw new LocalRpcException($"The editor refused the renumbering: {refused.Message}") { ErrorCode = ErrorCodes.RequestFailed };
            }

            // A client that answers null (or nothing usable) has not applied the edit either.
            if (result is not { Applied: true })
            {
                throw new LocalRpcException($"The editor did not apply the renumbering: {result?.FailureReason ?? "no reason given"}.") { ErrorCode = ErrorCodes.RequestFailed };
            }
        }

        return null;
    }
}
