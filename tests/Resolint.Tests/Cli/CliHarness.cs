using System.CommandLine;
using System.Text;
using Resolint.Cli;
using Resolint.Core.Corpus;
using Resolint.Core.Rules;

namespace Resolint.Tests.Cli;

/// <summary>What one run of the command line printed and returned.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error);

/// <summary>
/// Runs `resolint` in-process in a folder of its own, with the test rules, as a user in that folder would run it.
/// </summary>
internal sealed class CliHarness : IDisposable
{
    public CliHarness(IReadOnlyList<Rule>? rules = null)
    {
        Directory.CreateDirectory(Folder);
        Environment = new CliEnvironment
        {
            Rules = rules ?? TestRules.All,
            WorkingDirectory = Folder,
            OpenStandardInput = () => new MemoryStream(StandardInput),
            OpenStandardOutput = () => StandardOutputBytes,
            StandardOutputIsTerminal = () => OutputIsTerminal,
            LearnConventions = folders =>
            {
                lock (LearnedFrom)
                {
                    LearnedFrom.Add(folders);
                }

                return ConventionModel.Empty;
            },
        };
    }

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "resolint-cli-" + Guid.NewGuid().ToString("N"));

    public CliEnvironment Environment { get; set; }

    public byte[] StandardInput { get; set; } = [];

    /// <summary>What a command wrote to standard output as bytes (an exported Word document); readable after it closed it.</summary>
    public MemoryStream StandardOutputBytes { get; } = new();

    /// <summary>Whether the run's standard output is to pass for a terminal.</summary>
    public bool OutputIsTerminal { get; set; }

    /// <summary>The corpus folder sets the run asked conventions for.</summary>
    public List<IReadOnlyList<string>> LearnedFrom { get; } = [];

    public string Write(string relativePath, string content) => WriteBytes(relativePath, Encoding.UTF8.GetBytes(content));

    public string WriteBytes(string relativePath, byte[] content)
    {
        string file = Path.Combine(Folder, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllBytes(file, content);
        return file;
    }

    public string Read(string relativePath) => File.ReadAllText(Path.Combine(Folder, relativePath));

    public byte[] ReadBytes(string relativePath) => File.ReadAllBytes(Path.Combine(Folder, relativePath));

    public CliRun Run(params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        int exit = Program.Run(args, new InvocationConfiguration { Output = output, Error = error }, Environment);
        return new CliRun(exit, output.ToString(), error.ToString());
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
