using Microsoft.Extensions.Logging;
using Resolint.Core.Corpus;
using Resolint.Core.Rules;

namespace Resolint.Lsp;

/// <summary>What a server is built from; tests swap the parts they need to control.</summary>
public sealed record ServerOptions
{
    /// <summary>
    /// The conventions for the configured corpus folders (the bundled seeds plus those folders). Called off
    /// the dispatcher's thread whenever the settings change; it answers from its cache while the folders'
    /// files are unchanged, and the server keeps every check when the model it returns is the same one.
    /// </summary>
    public Func<IReadOnlyList<string>, ConventionModel> LoadConventions { get; init; } = new ConventionCache().Get;

    /// <summary>The catalogue of resolutions in these files (full paths); read again only when they change.</summary>
    public Func<IReadOnlyList<string>, Core.Catalogue.ResolutionCatalogue> LoadCatalogue { get; init; } = new Core.Catalogue.CatalogueCache().Get;

    /// <summary>The rules to run; null means every rule of the engine.</summary>
    public IReadOnlyList<Rule>? Rules { get; init; }

    /// <summary>The least important messages logged; they go to the editor (window/logMessage) and to <see cref="Logging"/>.</summary>
    public LogLevel LogLevel { get; init; } = LogLevel.Information;

    /// <summary>
    /// Whether the server warms the JIT up on a bundled seed while the drafter is idle (<see cref="KeystrokeWarmUp"/>):
    /// the command line's server does; in-process test servers do not spend their CPU on it.
    /// </summary>
    public bool WarmUp { get; init; }

    /// <summary>Where else the log goes (the command line adds stderr).</summary>
    public Action<ILoggingBuilder> Logging { get; init; } = _ => { };
}
