using System.CommandLine;
using Resolint.Cli;

namespace Resolint;

public static class Program
{
    public static int Main(string[] args) => Run(args, new InvocationConfiguration());

    /// <summary>
    /// Runs a command line. A usage error (an unknown option, a missing path) exits with 2, as CI tools expect, so that
    /// it is never mistaken for "errors found" (1).
    /// </summary>
    public static int Run(string[] args, InvocationConfiguration invocation, CliEnvironment? environment = null)
    {
        ParseResult parsed = BuildCommandLine(environment).Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                invocation.Error.WriteLine($"resolint: {error.Message}");
            }

            string command = parsed.CommandResult.Command is RootCommand ? "resolint" : $"resolint {parsed.CommandResult.Command.Name}";
            invocation.Error.WriteLine($"Run '{command} --help' for usage.");
            return ExitCodes.UsageOrIoError;
        }

        return parsed.Invoke(invocation);
    }

    /// <summary>The command tree; each command lives in its own file beside its formatters or handlers.</summary>
    public static RootCommand BuildCommandLine(CliEnvironment? environment = null)
    {
        environment ??= new CliEnvironment();
        var root = new RootCommand("Resolint checks draft United Nations resolutions: structure, numbering, italics, footnotes and citations.");
        root.Subcommands.Add(OutlineCommand.Create());
        root.Subcommands.Add(CheckCommand.Create(environment));
        root.Subcommands.Add(RulesCommand.Create(environment));
        root.Subcommands.Add(ExplainCommand.Create(environment));
        return root;
    }
}
