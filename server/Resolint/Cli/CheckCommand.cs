using System.CommandLine;
using Resolint.Core.Checking;

namespace Resolint.Cli;

/// <summary>`resolint check`: the linter CI runs. Exit 0 when clean, 1 on errors, 2 when the run itself failed.</summary>
public static class CheckCommand
{
    private static readonly Dictionary<string, IReportFormat> Formats = new(StringComparer.Ordinal)
    {
        ["text"] = new TextFormat(),
        ["json"] = new JsonFormat(),
        ["sarif"] = new SarifFormat(),
        ["github"] = new GitHubFormat(),
    };

    public static Command Create(CliEnvironment environment)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Drafts to check: files, folders (searched for .md, .txt and configured extensions), glob patterns, or - for standard input",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<string>("--format", "-f") { Description = "text, json (LSP diagnostics), sarif (SARIF 2.1.0) or github (workflow annotations)", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong([.. Formats.Keys]);
        var config = new Option<string?>("--config", "-c") { Description = "Use this configuration file instead of the nearest .resolint.json", HelpName = "file" };
        var corpus = new Option<string[]>("--corpus") { Description = "A folder of adopted resolutions to learn conventions from (repeatable)", HelpName = "folder" };
        var catalogue = new Option<string[]>("--catalogue") { Description = "A catalogue of resolutions to check citations against: a file, folder or pattern of the UN's JSON lines or CSV (repeatable), besides the configuration's", HelpName = "path" };
        var maxWarnings = new Option<int?>("--max-warnings") { Description = "Fail (exit 1) when there are more warnings than this", HelpName = "count" };
        maxWarnings.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int?>() is < 0)
            {
                result.AddError("--max-warnings must be 0 or more.");
            }
        });
        var fix = new Option<bool>("--fix") { Description = "Apply the certain fixes to the files, in place" };
        var fixDryRun = new Option<bool>("--fix-dry-run") { Description = "Print the fixes as a unified diff instead of applying them" };
        var stdinFileName = new Option<string?>("--stdin-filename") { Description = "The name to report standard input under (its extension sets the form)", HelpName = "path" };
        var reportUnused = new Option<bool>("--report-unused-suppressions") { Description = "Report suppression comments that silence nothing (RES900)" };

        var command = new Command("check", "Check drafts and report what a careful editor would correct.")
        {
            paths, format, config, corpus, catalogue, maxWarnings, fix, fixDryRun, stdinFileName, reportUnused,
        };
        command.Validators.Add(result =>
        {
            string[] given = result.GetValue(paths) ?? [];
            int standardInputs = given.Count(p => p == DraftInputs.StandardInput);
            foreach (string unknown in given.Where(p => p.StartsWith('-') && p != DraftInputs.StandardInput))
            {
                result.AddError($"Unknown option '{unknown}' (a file whose name starts with '-' is written ./{unknown}).");
            }

            if (result.GetValue(fix) && result.GetValue(fixDryRun))
            {
                result.AddError("--fix and --fix-dry-run cannot be used together.");
            }

            if (standardInputs > 1)
            {
                result.AddError("Standard input (-) can be named only once.");
            }

            if (standardInputs > 0 && result.GetValue(fix))
            {
                result.AddError("--fix cannot write to standard input; use --fix-dry-run to see the fixes.");
            }

            if (standardInputs == 0 && result.GetValue(stdinFileName) is not null)
            {
                result.AddError("--stdin-filename names standard input, but no - is among the paths.");
            }

            if ((result.GetValue(corpus) ?? []).Any(string.IsNullOrWhiteSpace))
            {
                // An empty folder name would quietly mean the working folder.
                result.AddError("--corpus needs a folder name; an empty one names no folder.");
            }

            if ((result.GetValue(catalogue) ?? []).Any(string.IsNullOrWhiteSpace))
            {
                result.AddError("--catalogue needs a file, folder or pattern; an empty one names none.");
            }
        });

        command.SetAction(parsed =>
        {
            var settings = new CheckSettings
            {
                Fix = parsed.GetValue(fix) ? FixMode.Apply : parsed.GetValue(fixDryRun) ? FixMode.DryRun : FixMode.None,
                ReportUnusedSuppressions = parsed.GetValue(reportUnused),
                CorpusFolders = (parsed.GetValue(corpus) ?? []).Select(f => Path.GetFullPath(f, environment.WorkingDirectory)).ToList(),
                CatalogueFiles = (parsed.GetValue(catalogue) ?? []).Select(f => Path.GetFullPath(f, environment.WorkingDirectory)).ToList(),
            };
            var invocation = new CheckInvocation(
                parsed.GetValue(paths)!,
                Formats[parsed.GetValue(format)!],
                parsed.GetValue(config),
                parsed.GetValue(maxWarnings),
                parsed.GetValue(stdinFileName),
                settings);
            return Run(invocation, environment, parsed.InvocationConfiguration.Output, parsed.InvocationConfiguration.Error);
        });
        return command;
    }

    public static int Run(CheckInvocation invocation, CliEnvironment environment, TextWriter output, TextWriter error)
    {
        var lookup = new ConfigurationLookup(ConfigurationReader.KnownRuleIds(environment.Descriptors));
        Func<string, Configuration> configurationOf = invocation.ConfigFile is { } named
            ? _ => lookup.Load(Path.GetFullPath(named, environment.WorkingDirectory))
            : lookup.ForFolder;

        var inputs = new DraftInputs(environment.WorkingDirectory, configurationOf);
        IReadOnlyList<DraftInput> drafts = inputs.Expand(invocation.Paths, invocation.StandardInputName);
        List<string> usageErrors = [.. inputs.Errors, .. invocation.Settings.CorpusFolders.Where(f => !Directory.Exists(f)).Select(f => $"corpus folder '{f}' does not exist")];
        var run = new CheckRun(environment, invocation.Settings);
        if (usageErrors.Count == 0)
        {
            // A catalogue that names no file is a mistake of the command or the configuration, found before any check.
            usageErrors.AddRange(run.Prepare(drafts));
        }

        DecodedDraft? standardInput = null;
        if (usageErrors.Count == 0 && drafts.Any(d => d.File is null))
        {
            try
            {
                using Stream stream = environment.OpenStandardInput();
                using var buffer = new MemoryStream();
                stream.CopyTo(buffer);
                standardInput = DraftFile.Decode(buffer.ToArray());
            }
            catch (Exception ex) when (DraftFile.IsFileError(ex))
            {
                usageErrors.Add($"cannot read standard input: {ex.Message}");
            }
        }

        if (usageErrors.Count > 0)
        {
            foreach (string message in usageErrors)
            {
                error.WriteLine($"resolint: {message}");
            }

            return ExitCodes.UsageOrIoError;
        }

        foreach (string problem in run.CorpusProblems.Concat(run.CatalogueProblems))
        {
            error.WriteLine($"resolint: warning: {problem}");
        }

        var totals = new CheckRunTotals();
        IReportWriter? writer = invocation.Settings.Fix == FixMode.DryRun
            ? null
            : invocation.Format.Start(new CheckRunContext(environment.Descriptors, environment.WorkingDirectory), output);
        foreach (DraftReport report in run.Check(drafts, standardInput))
        {
            totals.Add(report);
            foreach (string note in report.Notes)
            {
                error.WriteLine($"resolint: note: {report.Name}: {note}");
            }

            if (report.Error is { } message)
            {
                error.WriteLine($"resolint: {message}");
            }

            if (writer is not null)
            {
                writer.Write(report);
            }
            else if (report.OriginalText is not null)
            {
                // The BOM is part of the file's first line, so the diff applies to the file as it is.
                string bom = report.Encoding == DraftEncoding.Utf8WithBom ? "\uFEFF" : string.Empty;
                output.Write(UnifiedDiff.Create(bom + report.OriginalText, bom + report.Text.Text, report.Name));
            }
        }

        writer?.Finish(totals);
        return ExitCode(totals, invocation.MaxWarnings);
    }

    public static int ExitCode(CheckRunTotals totals, int? maxWarnings) =>
        totals.Failures.Count > 0 ? ExitCodes.UsageOrIoError
        : totals.Count(Core.Rules.Severity.Error) > 0 ? ExitCodes.ProblemsFound
        : maxWarnings is int limit && totals.Count(Core.Rules.Severity.Warning) > limit ? ExitCodes.ProblemsFound
        : ExitCodes.Clean;
}

/// <summary>One `resolint check` command line, parsed.</summary>
public sealed record CheckInvocation(
    IReadOnlyList<string> Paths,
    IReportFormat Format,
    string? ConfigFile,
    int? MaxWarnings,
    string? StandardInputName,
    CheckSettings Settings);
