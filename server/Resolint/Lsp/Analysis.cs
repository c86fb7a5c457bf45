using Resolint.Core.Catalogue;
using Resolint.Core.Checking;
using Resolint.Core.Corpus;
using Resolint.Core.Rules;

namespace Resolint.Lsp;

/// <summary>
/// How the documents under one configuration file are checked right now: the options (the file's, with the
/// editor's settings over them), what is known (the conventions learned from their corpus, the catalogue of
/// resolutions), and the checker built from them. Any
/// change makes a new <see cref="Analysis"/> with a later <see cref="Generation"/>, so a diagnostic report can
/// tell which configuration produced it.
/// </summary>
internal sealed class Analysis
{
    public Analysis(int generation, Configuration configuration, CheckOptions options, Knowledge knowledge, IReadOnlyList<Rule>? rules, bool provisional = false)
    {
        Generation = generation;
        Provisional = provisional;
        Configuration = configuration;
        Knowledge = knowledge;
        Checker = new Checker(knowledge.Conventions, options, rules, knowledge.Catalogue);
    }

    public int Generation { get; }

    /// <summary>
    /// True while the documents' own corpus or catalogue is still being read: requests are answered meanwhile, but
    /// no diagnostics are published, since they would change a moment later.
    /// </summary>
    public bool Provisional { get; }

    /// <summary>The <c>.resolint.json</c> the documents follow (<see cref="Configuration.Default"/> when none).</summary>
    public Configuration Configuration { get; }

    public Knowledge Knowledge { get; }

    public ConventionModel Conventions => Knowledge.Conventions;

    public ResolutionCatalogue Catalogue => Knowledge.Catalogue;

    public Checker Checker { get; }
}

/// <summary>What the documents under one configuration know beyond their text: the corpus's conventions and the catalogue.</summary>
internal sealed record Knowledge(ConventionModel Conventions, ResolutionCatalogue Catalogue)
{
    public static Knowledge Empty { get; } = new(ConventionModel.Empty, ResolutionCatalogue.Empty);

    /// <summary>True when both check and answer alike: the very same conventions and catalogue.</summary>
    public bool SameAs(Knowledge other) =>
        ReferenceEquals(Conventions, other.Conventions) && ReferenceEquals(Catalogue, other.Catalogue);
}
