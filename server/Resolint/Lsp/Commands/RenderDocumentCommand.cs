using System.Text.Json;
using Resolint.Cli;
using Resolint.Core.Checking;
using Resolint.Core.Documents;
using Resolint.Core.Drafts;
using Resolint.Core.Parsing;
using Resolint.Core.Text;
using Resolint.Lsp.Protocol;

namespace Resolint.Lsp.Commands;

/// <summary>
/// resolint.renderDocument [uri]: a Word (.docx) or Akoma Ntoso (.xml) draft read by the server, as the Markdown
/// rendering the command line checks, with the URI of its read-only view and its findings located in the rendering
/// (under the file's <c>.resolint.json</c>, as on the command line). An editor opens the view with that text; the
/// server then checks the view as it checks any open document.
/// </summary>
internal sealed class RenderDocumentCommand(DocumentStore documents, WorkspaceConfiguration configuration) : IServerCommand
{
    public const string Command = "resolint.renderDocument";

    public string Name => Command;

    public async Task<object?> RunAsync(IReadOnlyList<JsonElement> arguments, CancellationToken cancellation)
    {
        string uri = CommandArguments.Uri(Command, arguments);
        string path = DocumentView.LocalPath(uri) ?? throw CommandArguments.InvalidParams($"{uri} is not a file: {Command} reads Word and Akoma Ntoso files on disk.");
        if (!DocumentReader.IsDocument(path))
        {
            throw CommandArguments.InvalidParams($"'{path}' is not a Word (.docx) or Akoma Ntoso (.xml) document; open it as it is.");
        }

        await documents.SettledAsync(cancellation).ConfigureAwait(false);
        return await Task.Run(() => Render(path), cancellation).ConfigureAwait(false);
    }

    private RenderedDocument Render(string path)
    {
        DocumentText document;
        try
        {
            document = DraftFile.Read(path).Document!;
        }
        catch (Exception ex) when (DraftFile.IsFileError(ex) || ex is DocumentFormatException)
        {
            throw CommandArguments.Failed($"Cannot read '{path}': {ex.Message}");
        }

        string view = DocumentView.UriOf(path);
        (Analysis analysis, DraftForm? form) = configuration.For(view, unsavedForm: null);
        var text = SourceText.From(document.Text);
        CheckResult result = analysis.Checker.Check(DraftParser.Parse(text, form));
        Diagnostic[] diagnostics = result.Diagnostics.Select(d => Conversions.ToDiagnostic(view, 0, text, d)).ToArray();
        return new RenderedDocument(view, document.Kind, document.Text, document.Notes, diagnostics);
    }
}
