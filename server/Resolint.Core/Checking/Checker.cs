using Resolint.Core.Catalogue;
using Resolint.Core.Corpus;
using Resolint.Core.Drafts;
using Resolint.Core.Rules;

namespace Resolint.Core.Checking;

/// <summary>The findings on one draft.</summary>
public sealed record CheckResult(Draft Draft, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>Findings that a suppression comment in the draft silenced.</summary>
    public IReadOnlyList<Diagnostic> Suppressed { get; init; } = [];

    /// <summary>Suppression comments that silenced nothing (<see cref="Suppressions.UnusedSuppression"/>), shown on request.</summary>
    public IReadOnlyList<Diagnostic> UnusedSuppressions { get; init; } = [];
}

/// <summary>
/// Runs every enabled rule over a parsed draft. Reads the learned conventions and the catalogue of resolutions,
/// never learns or reads files: this runs on every keystroke, so its cost grows with the draft and not with the
/// corpus or the catalogue.
/// </summary>
public sealed class Checker
{
    private readonly IReadOnlyList<Rule> _rules;

    public Checker(ConventionModel conventions, CheckOptions? options = null, IReadOnlyList<Rule>? rules = null, ResolutionCatalogue? catalogue = null)
    {
        Conventions = conventions;
        Catalogue = catalogue ?? ResolutionCatalogue.Empty;
        Options = options ?? CheckOptions.Default;
        _rules = rules ?? RuleCatalogue.All;
    }

    public ConventionModel Conventions { get; }

    /// <summary>What the UN lists the organs adopting (<c>"catalogue"</c> in .resolint.json); empty when none is given.</summary>
    public ResolutionCatalogue Catalogue { get; }

    public CheckOptions Options { get; }

    /// <summary>
    /// Checks a draft; given the <paramref name="cache"/> of the document's earlier versions, passages that read as
    /// before keep their findings (the result is the same either way).
    /// </summary>
    public CheckResult Check(Draft draft, CheckCache? cache = null)
    {
        var diagnostics = new List<Diagnostic>();
        CheckCache.Session? session = cache?.Begin(this, draft);
        var reading = new DraftReading(draft, session);
        foreach (Rule rule in _rules)
        {
            if (Options.SeverityOf(rule.Descriptor) is not { } severity)
            {
                continue;
            }

            var context = new RuleContext(reading, draft, Conventions, Catalogue, Options, rule.Descriptor, severity, diagnostics);
            if (rule.Scope == RuleScope.Passage)
            {
                context.CheckEachPassage((PassageRule)rule);
            }
            else
            {
                rule.Check(context);
            }
        }

        session?.Commit();

        diagnostics.Sort((a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : string.CompareOrdinal(a.Id, b.Id));
        SuppressionOutcome outcome = Suppressions.Read(draft).Apply(diagnostics, Options);
        return new CheckResult(draft, outcome.Reported) { Suppressed = outcome.Suppressed, UnusedSuppressions = outcome.Unused };
    }
}
