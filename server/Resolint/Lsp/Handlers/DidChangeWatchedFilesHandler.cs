using Resolint.Core.Checking;
using Resolint.Lsp.Protocol;
using StreamJsonRpc;

namespace Resolint.Lsp.Handlers;

/// <summary>workspace/didChangeWatchedFiles: a <c>.resolint.json</c> was created, changed or deleted; the documents are checked again.</summary>
internal sealed class DidChangeWatchedFilesHandler(WorkspaceConfiguration configuration)
{
    [JsonRpcMethod("workspace/didChangeWatchedFiles", UseSingleObjectParameterDeserialization = true)]
    public void DidChangeWatchedFiles(DidChangeWatchedFilesParams request)
    {
        if (request.Changes.Any(change => change.Uri.EndsWith("/" + Configuration.FileName, StringComparison.Ordinal)))
        {
            configuration.ConfigurationFilesChanged();
        }
    }
}
