using System.CommandLine;
using Resolint.Core.Rules;

namespace Resolint.Cli;

/// <summary>`resolint explain RES201`: a rule's page — what it checks, why, examples and its fix.</summary>
public static class ExplainCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var rule = new Argument<string>("rule") { Description = "A rule id, as reports print it (RES201)" };
        var command = new Command("explain", "Print a rule's documentation.") { rule };
        command.SetAction(parsed => Run(environment, parsed.GetValue(rule)!, parsed.InvocationConfiguration.Output, parsed.InvocationConfiguration.Error));
        return command;
    }

    public static int Run(CliEnvironment environment, string id, TextWriter output, TextWriter error)
    {
        if (environment.FindDescriptor(id) is not { } rule)
        {
            error.WriteLine($"resolint: there is no rule '{id}'; `resolint rules` lists them.");
            return ExitCodes.UsageOrIoError;
        }

        // A rule without a page of its own still says what it is.
        output.WriteLine(RuleDocs.Find(rule.Id)?.TrimEnd() ?? $"# {rule.Id}: {rule.Title}\n\n{rule.Description}\n\nCategory: {rule.Category}. Default severity: {TextFormat.SeverityName(rule.DefaultSeverity)}.\n{rule.HelpUri}");
        return ExitCodes.Clean;
    }
}
