using System.CommandLine;
using Resolint.Core.Documents;
using Resolint.Core.Drafts;
using Resolint.Core.Parsing;

namespace Resolint.Cli;

/// <summary>
/// `resolint export`: writes a draft in another form (Markdown, plain text, Word, Akoma Ntoso) from its layout. A Word or
/// Akoma Ntoso document exported to Markdown gives the text rendering resolint checks, the one whose lines its findings
/// name. A Word document is bytes, not text: it goes to standard output only when that is no terminal.
/// </summary>
public static class ExportCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var to = new Option<string>("--to") { Description = "The form to write: md (Markdown), txt (plain text), docx (Word), akn (Akoma Ntoso XML)", Required = true };
        to.AcceptOnlyFromAmong("md", "txt", "docx", "akn");
        var outputFile = new Option<string?>("-o", "--output") { Description = "The file to write (standard output when not given; a Word document only when standard output is no terminal)" };
        var draft = new Argument<string>("draft") { Description = "The draft to export (.md, .txt, .docx, .xml)" };
        var command = new Command("export", "Write a draft as Markdown, plain text, Word or Akoma Ntoso; a Word or Akoma Ntoso document as the Markdown resolint checks.")
        {
            to,
            outputFile,
            draft,
        };
        command.SetAction(result => Run(
            result.GetValue(draft)!,
            DraftExport.ParseForm(result.GetValue(to)!) ?? ExportForm.Markdown,
            result.GetValue(outputFile),
            result.InvocationConfiguration.Output,
            result.InvocationConfiguration.Error,
            environment));
        return command;
    }

    public static int Run(string path, ExportForm form, string? outputFile, TextWriter output, TextWriter error, CliEnvironment environment)
    {
        if (DraftExport.IsBinary(form) && outputFile is null && environment.StandardOutputIsTerminal())
        {
            error.WriteLine($"resolint: a Word document is not text: give -o FILE{DraftExport.FileExtension(form)}, or redirect standard output to a file");
            return ExitCodes.UsageOrIoError;
        }

        if (!DraftFile.TryRead(path, error, out DecodedDraft? read))
        {
            return ExitCodes.UsageOrIoError;
        }

        foreach (string note in read.Document?.Notes ?? [])
        {
            error.WriteLine($"resolint: note: {path}: {note}");
        }

        if (Export(read, read.Document?.Form ?? Core.Checking.Configuration.Default.FormOf(path), form, out string? refusal) is not { } bytes)
        {
            error.WriteLine($"resolint: cannot export '{path}': {refusal}");
            return ExitCodes.UsageOrIoError;
        }

        string? text = DraftExport.IsBinary(form) ? null : System.Text.Encoding.UTF8.GetString(bytes);
        try
        {
            if (outputFile is not null)
            {
                if (text is not null)
                {
                    File.WriteAllText(outputFile, text);
                }
                else
                {
                    File.WriteAllBytes(outputFile, bytes!);
                }
            }
            else if (text is not null)
            {
                output.Write(text);
            }
            else
            {
                output.Flush();
                using Stream stdout = environment.OpenStandardOutput();
                stdout.Write(bytes!);
            }
        }
        catch (Exception ex) when (DraftFile.IsFileError(ex))
        {
            error.WriteLine($"resolint: cannot write '{outputFile ?? "standard output"}': {ex.Message}");
            return ExitCodes.UsageOrIoError;
        }

        return ExitCodes.Clean;
    }

    /// <summary>
    /// A draft in a form, as the command line and the language server write it: a document's Markdown is its
    /// rendering, the very text whose lines the findings name; any other form is written from the parsed draft.
    /// Null when the draft reads as no resolution, which <paramref name="refusal"/> says.
    /// </summary>
    /// <param name="form">The form the draft's text is in (a document's is its rendering's).</param>
    public static byte[]? Export(DecodedDraft read, DraftForm? form, ExportForm to, out string? refusal)
    {
        refusal = null;
        if (read.Document is not null && to == ExportForm.Markdown)
        {
            return System.Text.Encoding.UTF8.GetBytes(read.Text);
        }

        Draft draft = DraftParser.Parse(read.Text, form);
        if (draft.Preamble.Count == 0 && draft.Operative.Count == 0)
        {
            refusal = "it holds no preambular or operative paragraph, so it reads as no resolution";
            return null;
        }

        return DraftExport.Write(draft, to);
    }
}
