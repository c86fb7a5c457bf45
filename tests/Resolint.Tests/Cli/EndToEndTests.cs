using System.CommandLine;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Resolint.Cli;
using Resolint.Tests.Outline;

namespace Resolint.Tests.Cli;

/// <summary>
/// The built executable as CI runs it — a separate process, standard input, exit codes — and the real rule catalogue
/// on real drafts. These depend on the rules that exist, so they assert only what any catalogue must keep true.
/// </summary>
public class EndToEndTests
{
    private const string Gap = "The General Assembly,\n\n1. *Decides* to act;\n\n3. *Requests* the Secretary-General to report.\n";
    private const string Clean = "The General Assembly,\n\n1. *Decides* to act;\n\n2. *Requests* the Secretary-General to report.\n";

    [Fact]
    public void StandardInputIsCheckedByTheBuiltExecutable()
    {
        (int exit, string output, string error) = Resolint(Clean, "check", "-", "--stdin-filename", "drafts/new.md");

        Assert.Equal((0, "No problems in 1 file.\n", string.Empty), (exit, output, error));
    }

    [Fact]
    public void ANumberingSlipOnStandardInputExitsOne()
    {
        (int exit, string output, _) = Resolint(Gap, "check", "--format", "github", "-", "--stdin-filename", "new.md");

        Assert.Equal(1, exit);
        Assert.StartsWith("::error file=new.md,line=5,col=1,", output, StringComparison.Ordinal);
        Assert.Contains("title=RES101%3A ", output, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingFileExitsTwoFromTheBuiltExecutable()
    {
        (int exit, string output, string error) = Resolint(string.Empty, "check", "no/such/draft.md");

        Assert.Equal((2, string.Empty, "resolint: no such file or folder: 'no/such/draft.md'\n"), (exit, output, error));
    }

    [Fact]
    public void UsageErrorExitsTwoFromTheBuiltExecutable()
    {
        (int exit, _, string error) = Resolint(string.Empty, "check", "--format", "xml", "x.md");

        Assert.Equal(2, exit);
        Assert.Contains("xml", error, StringComparison.Ordinal);
    }

    [Fact]
    public void TheSeedsCheckWithTheRealCatalogueAndGiveValidSarif()
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var environment = new CliEnvironment { WorkingDirectory = OutlineCommandTests.RepositoryRoot() };

        int exit = Program.Run(["check", "--format", "sarif", "seeds"], new InvocationConfiguration { Output = output, Error = error }, environment);

        Assert.True(exit is 0 or 1, error.ToString());
        JsonElement sarif = JsonDocument.Parse(output.ToString()).RootElement;
        Assert.Empty(new JsonSchemaValidator(JsonDocument.Parse(File.ReadAllText(Path.Combine(OutlineCommandTests.RepositoryRoot(), "tests", "Resolint.Tests", "Cli", "sarif-2.1.0-subset.schema.json"))).RootElement).Validate(sarif));
        Assert.Contains("RES101", sarif.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()));
    }

    [Fact]
    public void ARealFixRenumbersInPlaceAndTheDraftRechecksClean()
    {
        string folder = Directory.CreateTempSubdirectory("resolint-e2e-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "draft.md"), Gap.Replace("\n", "\r\n", StringComparison.Ordinal));
            var environment = new CliEnvironment { WorkingDirectory = folder };
            var output = new StringWriter();

            int exit = Program.Run(["check", "--fix", "draft.md"], new InvocationConfiguration { Output = output, Error = new StringWriter() }, environment);

            Assert.Equal(0, exit);
            Assert.Equal(Clean.Replace("\n", "\r\n", StringComparison.Ordinal), File.ReadAllText(Path.Combine(folder, "draft.md")));
            Assert.StartsWith("Fixed 1 problem in 1 file.", output.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Runs the resolint.dll built beside the tests, in a folder of its own, with standard input.</summary>
    private static (int Exit, string Output, string Error) Resolint(string standardInput, params string[] args)
    {
        string folder = Directory.CreateTempSubdirectory("resolint-e2e-").FullName;
        try
        {
            var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
            {
                WorkingDirectory = folder,
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                StandardInputEncoding = new UTF8Encoding(false),
                StandardOutputEncoding = Encoding.UTF8,
                StandardErrorEncoding = Encoding.UTF8,
            };
            start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "resolint.dll"));
            foreach (string arg in args)
            {
                start.ArgumentList.Add(arg);
            }

            using Process process = Process.Start(start)!;
            process.StandardInput.Write(standardInput);
            process.StandardInput.Close();
            Task<string> output = process.StandardOutput.ReadToEndAsync();
            Task<string> error = process.StandardError.ReadToEndAsync();
            Assert.True(process.WaitForExit(60_000), "resolint did not finish within a minute");
            return (process.ExitCode, output.Result, error.Result);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
