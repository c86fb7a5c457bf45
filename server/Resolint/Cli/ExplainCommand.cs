using System.CommandLine;
using Resolint.Core.Corpus;
using Resolint.Core.Rules;

namespace Resolint.Cli;

/// <summary>
/// `resolint explain RES201`: a rule's page — what it checks, why, examples and its fix. `resolint explain
/// "Recalling"` (an opener, a verb, a resolution number, a spelling, "italics"): what the corpus teaches about
/// it and where it was seen.
/// </summary>
public static class ExplainCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var term = new Argument<string>("rule-or-term") { Description = "A rule id (RES201), or a convention: an opener, a verb, a resolution number, a spelling, \"italics\"" };
        var corpus = new Option<string[]>("--corpus") { Description = "A folder of adopted resolutions to learn from too (repeatable)", AllowMultipleArgumentsPerToken = false };
        var command = new Command("explain", "Print a rule's documentation, or what the corpus teaches about a convention and where it was seen.") { term, corpus };
        command.SetAction(parsed => Run(
            environment,
            parsed.GetValue(term)!,
            parsed.GetValue(corpus) ?? [],
            parsed.InvocationConfiguration.Output,
            parsed.InvocationConfiguration.Error));
        return command;
    }

    public static int Run(CliEnvironment environment, string term, IReadOnlyList<string> corpusFolders, TextWriter output, TextWriter error)
    {
        if (environment.FindDescriptor(term) is { } rule)
        {
            // A rule without a page of its own still says what it is.
            output.WriteLine(RuleDocs.Find(rule.Id)?.TrimEnd() ?? $"# {rule.Id}: {rule.Title}\n\n{rule.Description}\n\nCategory: {rule.Category}. Default severity: {TextFormat.SeverityName(rule.DefaultSeverity)}.\n{rule.HelpUri}");
            return ExitCodes.Clean;
        }

        ConventionModel model = environment.LearnConventions(corpusFolders);
        IReadOnlyList<Evidence> evidence = model.Explain(term);
        if (evidence.Count == 0)
        {
            error.WriteLine($"resolint: '{term}' is neither a rule (`resolint rules` lists them) nor a convention the corpus shows.");
            return ExitCodes.UsageOrIoError;
        }

        foreach (Evidence item in evidence)
        {
            foreach (string line in item.ToLines())
            {
                output.WriteLine(line);
            }

            output.WriteLine();
        }

        return ExitCodes.Clean;
    }
}
