using Resolint.Core.Checking;
using Resolint.Core.Corpus;
using Resolint.Core.Rules;

namespace Resolint.Lsp;

/// <summary>
/// How documents are checked right now: the settings, the conventions learned from the corpus, and the
/// checker built from both. A new configuration makes a new <see cref="Analysis"/> with the next
/// <see cref="Generation"/>, so a diagnostic report can tell which configuration produced it.
/// </summary>
internal sealed class Analysis
{
    public Analysis(int generation, ResolintSettings settings, ConventionModel conventions, IReadOnlyList<Rule>? rules)
    {
        Generation = generation;
        Settings = settings;
        Conventions = conventions;
        Checker = new Checker(conventions, settings.CheckOptions, rules);
    }

    public int Generation { get; }

    public ResolintSettings Settings { get; }

    public ConventionModel Conventions { get; }

    public Checker Checker { get; }
}
