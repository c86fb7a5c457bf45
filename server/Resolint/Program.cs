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
        ParseResult parsed = BuildCommandLine(environment, args.FirstOrDefault()).Parse(args);
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

    /// <summary>
    /// The command tree; each command lives in its own file beside its formatters or handlers. When the command
    /// line names a command, only that one is built: an editor starts `resolint lsp` for every session, and
    /// building the whole tree took 38 ms of the language server's 300 ms start-up budget.
    /// </summary>
    public static RootCommand BuildCommandLine(CliEnvironment? environment = null, string? named = null)
    {
        environment ??= new CliEnvironment();
        (string Name, Func<Command> Create)[] commands =
        [
            ("outline", OutlineCommand.Create),
            ("export", () => ExportCommand.Create(environment)),
            ("check", () => CheckCommand.Create(environment)),
            ("rules", () => RulesCommand.Create(environment)),
            ("explain", () => ExplainCommand.Create(environment)),
            ("catalogue", () => CatalogueCommand.Create(environment)),
            ("lsp", Lsp.LspCommand.Create),
        ];
        bool oneNamed = commands.Any(c => c.Name == named);
        var root = new RootCommand("Resolint checks draft United Nations resolutions: structure, numbering, italics, footnotes and citations.");
        foreach ((string _, Func<Command> create) in commands.Where(c => !oneNamed || c.Name == named))
        {
            root.Subcommands.Add(create());
        }

        return root;
    }
}
