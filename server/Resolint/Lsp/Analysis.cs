using Resolint.Core.Checking;
using Resolint.Core.Corpus;
using Resolint.Core.Rules;

namespace Resolint.Lsp;

/// <summary>
/// How the documents under one configuration file are checked right now: the options (the file's, with the
/// editor's settings over them), the conventions learned from their corpus, and the checker built from both. Any
/// change makes a new <see cref="Analysis"/> with a later <see cref="Generation"/>, so a diagnostic report can
/// tell which configuration produced it.
/// </summary>
internal sealed class Analysis
{
    public Analysis(int generation, Configuration configuration, CheckOptions options, ConventionModel conventions, IReadOnlyList<Rule>? rules)
    {
        Generation = generation;
        Configuration = configuration;
        Conventions = conventions;
        Checker = new Checker(conventions, options, rules);
    }

    public int Generation { get; }

    /// <summary>The <c>.resolint.json</c> the documents follow (<see cref="Configuration.Default"/> when none).</summary>
    public Configuration Configuration { get; }

    public ConventionModel Conventions { get; }

    public Checker Checker { get; }
}
