using System.CommandLine;

namespace Resolint.Cli;

/// <summary>
/// `resolint export`: writes a draft in another form. A Word or Akoma Ntoso document exported to Markdown gives the
/// text rendering resolint checks, the one whose lines its findings name.
/// </summary>
public static class ExportCommand
{
    public static Command Create()
    {
        var to = new Option<string>("--to") { Description = "The form to write: md (Markdown)", Required = true };
        to.AcceptOnlyFromAmong("md");
        var outputFile = new Option<string?>("-o", "--output") { Description = "The file to write (standard output when not given)" };
        var draft = new Argument<string>("draft") { Description = "The draft to export (.md, .txt, .docx, .xml)" };
        var command = new Command("export", "Write a draft in another form; a Word or Akoma Ntoso document as the Markdown resolint checks.")
        {
            to,
            outputFile,
            draft,
        };
        command.SetAction(result => Run(result.GetValue(draft)!, result.GetValue(outputFile), result.InvocationConfiguration.Output, result.InvocationConfiguration.Error));
        return command;
    }

    public static int Run(string path, string? outputFile, TextWriter output, TextWriter error)
    {
        if (!DraftFile.TryRead(path, error, out DecodedDraft? draft))
        {
            return ExitCodes.UsageOrIoError;
        }

        foreach (string note in draft.Document?.Notes ?? [])
        {
            error.WriteLine($"resolint: note: {path}: {note}");
        }

        if (outputFile is null)
        {
            output.Write(draft.Text);
            return ExitCodes.Clean;
        }

        try
        {
            File.WriteAllText(outputFile, draft.Text);
        }
        catch (Exception ex) when (DraftFile.IsFileError(ex))
        {
            error.WriteLine($"resolint: cannot write '{outputFile}': {ex.Message}");
            return ExitCodes.UsageOrIoError;
        }

        return ExitCodes.Clean;
    }
}
