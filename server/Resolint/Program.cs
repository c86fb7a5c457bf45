using System.CommandLine;
using Resolint.Cli;

namespace Resolint;

public static class Program
{
    public static int Main(string[] args) => BuildCommandLine().Parse(args).Invoke();

    /// <summary>The command tree; each command lives in its own file beside its formatters or handlers.</summary>
    public static RootCommand BuildCommandLine()
    {
        var root = new RootCommand("Resolint checks draft United Nations resolutions: structure, numbering, italics, footnotes and citations.");
        root.Subcommands.Add(OutlineCommand.Create());
        root.Subcommands.Add(Lsp.LspCommand.Create());
        return root;
    }
}
