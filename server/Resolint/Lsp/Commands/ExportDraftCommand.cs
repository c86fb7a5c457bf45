using System.Text.Json;
using Resolint.Cli;
using Resolint.Core.Documents;
using Resolint.Core.Drafts;
using Resolint.Lsp.Protocol;

namespace Resolint.Lsp.Commands;

/// <summary>
/// resolint.export [{ uri, to, target }]: writes a draft as Word, Akoma Ntoso, Markdown or plain text, as
/// <c>resolint export</c> does. A document open in the editor is exported as it stands there, unsaved changes
/// included; any other draft (and the file behind a document's read-only view) is read from disk.
/// </summary>
internal sealed class ExportDraftCommand(DocumentStore documents, WorkspaceConfiguration configuration) : IServerCommand
{
    public const string Command = "resolint.export";

    public string Name => Command;

    public async Task<object?> RunAsync(IReadOnlyList<JsonElement> arguments, CancellationToken cancellation)
    {
        if (arguments is not [{ ValueKind: JsonValueKind.Object } named]
            || CommandArguments.String(named, "uri") is not { } uri
            || CommandArguments.String(named, "to") is not { } to
            || CommandArguments.String(named, "target") is not { } target)
        {
            throw CommandArguments.InvalidParams($"{Command} takes one argument: {{ \"uri\": the draft's URI, \"to\": \"docx\", \"akn\", \"md\" or \"txt\", \"target\": the file to write (a file URI or an absolute path) }}.");
        }

        ExportForm form = DraftExport.ParseForm(to)
            ?? throw CommandArguments.InvalidParams($"Cannot export to '{to}': the forms are docx (Word), akn (Akoma Ntoso), md (Markdown) and txt (plain text).");
        string output = TargetPath(target);
        string? file = DocumentView.LocalPath(uri);
        if (file is not null && string.Equals(Path.GetFullPath(file), output, OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase))
        {
            throw CommandArguments.InvalidParams($"'{output}' is the draft itself: export it to another file.");
        }

        // The view of a document is its file's rendering: the file is read, as the command line reads it.
        DocumentSnapshot? open = DocumentView.FileOf(uri) is null ? documents.Find(uri) : null;
        if (open is null && file is null)
        {
            throw CommandArguments.InvalidParams($"{uri} is neither open nor a file: open it before exporting it.");
        }

        byte[] bytes = await Task.Run(() => open is not null ? Export(open, form) : Export(file!, form), cancellation).ConfigureAwait(false);
        try
        {
            File.WriteAllBytes(output, bytes);
        }
        catch (Exception ex) when (DraftFile.IsFileError(ex))
        {
            throw CommandArguments.Failed($"Cannot write '{output}': {ex.Message}");
        }

        return new ExportedDraft(output, new Uri(output).AbsoluteUri);
    }

    private static byte[] Export(DocumentSnapshot open, ExportForm form) =>
        Export(new DecodedDraft(open.Text.Text, DraftEncoding.Utf8), open.Form, form, open.Uri);

    private byte[] Export(string file, ExportForm form)
    {
        DecodedDraft read;
        try
        {
            read = DraftFile.Read(file);
        }
        catch (Exception ex) when (DraftFile.IsFileError(ex) || ex is DocumentFormatException)
        {
            throw CommandArguments.Failed($"Cannot read '{file}': {ex.Message}");
        }

        DraftForm? draftForm = read.Document?.Form ?? configuration.For(new Uri(file).AbsoluteUri, unsavedForm: null).Form;
        return Export(read, draftForm, form, file);
    }

    private static byte[] Export(DecodedDraft read, DraftForm? draftForm, ExportForm form, string name) =>
        ExportCommand.Export(read, draftForm, form, out string? refusal)
            ?? throw CommandArguments.Failed($"Cannot export '{name}': {refusal}");

    /// <summary>Where to write: a file URI's path, or an absolute path.</summary>
    private static string TargetPath(string target) =>
        Uri.TryCreate(target, UriKind.Absolute, out Uri? parsed) && parsed.IsFile
            ? Path.GetFullPath(parsed.LocalPath)
            : throw CommandArguments.InvalidParams($"Cannot write to '{target}': the target is a file URI or an absolute path.");
}
