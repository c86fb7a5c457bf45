using Resolint.Core.Checking;
using Resolint.Core.Corpus;
using Resolint.Core.Rules;

namespace Resolint.Cli;

/// <summary>
/// What the commands take from the world beyond their arguments: the rules, the conventions, the working folder and
/// standard input. The executable uses the real ones; tests give their own, so that they do not depend on
/// which rules the catalogue holds today or on the process's current folder.
/// </summary>
public sealed record CliEnvironment
{
    public IReadOnlyList<Rule> Rules { get; init; } = RuleCatalogue.All;

    private static readonly ConventionCache SharedConventions = new();

    /// <summary>
    /// The conventions learned from the bundled seeds plus the given corpus folders. Called once per distinct set of
    /// folders in a run; the cache learns each set once.
    /// </summary>
    public Func<IReadOnlyList<string>, ConventionModel> LearnConventions { get; init; } = SharedConventions.Get;

    private static readonly Core.Catalogue.CatalogueCache SharedCatalogues = new();

    /// <summary>The catalogue of resolutions in these files (full paths), read once per set of unchanged files.</summary>
    public Func<IReadOnlyList<string>, Core.Catalogue.ResolutionCatalogue> LoadCatalogue { get; init; } = SharedCatalogues.Get;

    /// <summary>The folder relative paths are read from and reported against.</summary>
    public string WorkingDirectory { get; init; } = Directory.GetCurrentDirectory();

    public Func<Stream> OpenStandardInput { get; init; } = Console.OpenStandardInput;

    /// <summary>Standard output as bytes, for what is no text (an exported Word document).</summary>
    public Func<Stream> OpenStandardOutput { get; init; } = Console.OpenStandardOutput;

    /// <summary>True when standard output is a terminal, where bytes that are no text must not go.</summary>
    public Func<bool> StandardOutputIsTerminal { get; init; } = () => !Console.IsOutputRedirected;

    /// <summary>Every finding the run can report: the rules' and the suppression step's own.</summary>
    public IReadOnlyList<RuleDescriptor> Descriptors => [.. Rules.Select(r => r.Descriptor), Suppressions.UnusedSuppression];

    public RuleDescriptor? FindDescriptor(string id) =>
        Descriptors.FirstOrDefault(d => string.Equals(d.Id, id, StringComparison.OrdinalIgnoreCase));
}
