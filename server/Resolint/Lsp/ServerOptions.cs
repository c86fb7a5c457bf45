using Microsoft.Extensions.Logging;
using Resolint.Core.Corpus;
using Resolint.Core.Rules;

namespace Resolint.Lsp;

/// <summary>What a server is built from; tests swap the parts they need to control.</summary>
public sealed record ServerOptions
{
    /// <summary>
    /// Learns the conventions from the configured corpus folders. Called off the dispatcher's thread,
    /// once per distinct folder list. The corpus learner plugs in here; until it does, no conventions.
    /// </summary>
    public Func<IReadOnlyList<string>, ConventionModel> LoadConventions { get; init; } = _ => ConventionModel.Empty;

    /// <summary>The rules to run; null means every rule of the engine.</summary>
    public IReadOnlyList<Rule>? Rules { get; init; }

    /// <summary>The least important messages logged; they go to the editor (window/logMessage) and to <see cref="Logging"/>.</summary>
    public LogLevel LogLevel { get; init; } = LogLevel.Information;

    /// <summary>Where else the log goes (the command line adds stderr).</summary>
    public Action<ILoggingBuilder> Logging { get; init; } = _ => { };
}
