using System.Text.Json;
using Resolint.Lsp.Protocol;
using StreamJsonRpc;

namespace Resolint.Lsp.Commands;

/// <summary>
/// resolint.renumber [uri]: renumbers the operative paragraphs of an open document through workspace/applyEdit,
/// for editors that bind commands to keys rather than code actions.
/// </summary>
internal sealed class RenumberCommand(DocumentStore documents, ServerSession session, JsonRpc rpc) : IServerCommand
{
    public const string Command = "resolint.renumber";

    public string Name => Command;

    public async Task<object?> RunAsync(IReadOnlyList<JsonElement> arguments, CancellationToken cancellation)
    {
        string uri = CommandArguments.Uri(Command, arguments);
        if (!session.ClientAppliesEdits)
        {
            throw new LocalRpcException("The client cannot apply edits (workspace/applyEdit); use the code action instead.") { ErrorCode = ErrorCodes.InvalidRequest };
        }

        if (DocumentView.FileOf(uri) is not null)
        {
            throw CommandArguments.InvalidParams("The view of a Word or Akoma Ntoso draft is read-only: renumber the paragraphs in the document itself.");
        }

        WorkspaceEdit? edit = await documents.ReadAsync(new TextDocumentIdentifier(uri), cancellation, snapshot =>
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
                throw CommandArguments.Failed($"The editor refused the renumbering: {refused.Message}");
            }

            // A client that answers null (or nothing usable) has not applied the edit either.
            if (result is not { Applied: true })
            {
                throw CommandArguments.Failed($"The editor did not apply the renumbering: {result?.FailureReason ?? "no reason given"}.");
            }
        }

        return null;
    }
}
