using Resolint.Core.Catalogue;
using Resolint.Core.Checking;
using Resolint.Core.Corpus;
using Resolint.Core.Drafts;
using Resolint.Core.Text;

namespace Resolint.Core.Rules;

/// <summary>What a rule sees: the draft, the learned conventions, the catalogue of resolutions, the options; and where it reports.</summary>
public sealed class RuleContext
{
    /// <summary>
    /// The most findings one rule reports on one draft. A real resolution never comes near (the devset's worst has a
    /// few dozen of a rule); past it a rule has met something other than a draft, and one more finding that says so
    /// keeps the report, and its time and size, in proportion to what a person can read.
    /// </summary>
    public const int MaxFindingsPerRule = 500;

    private readonly List<Diagnostic> _sink;
    private int _reported;
    private readonly RuleDescriptor _rule;
    private readonly Severity _severity;

    internal RuleContext(DraftReading reading, Draft draft, ConventionModel conventions, ResolutionCatalogue catalogue, CheckOptions options, RuleDescriptor rule, Severity severity, List<Diagnostic> sink)
    {
        Reading = reading;
        Draft = draft;
        Conventions = conventions;
        Catalogue = catalogue;
        Options = options;
        _rule = rule;
        _severity = severity;
        _sink = sink;
    }

    public Draft Draft { get; }

    public ConventionModel Conventions { get; }

    /// <summary>The resolutions the organs adopted, as the UN lists them; empty when no catalogue is configured.</summary>
    public ResolutionCatalogue Catalogue { get; }

    public CheckOptions Options { get; }

    public SourceText Text => Draft.Text;

    /// <summary>What the rules of this check share of their reading of the draft.</summary>
    internal DraftReading Reading { get; }

    /// <param name="severity">The finding's own severity where it is weaker evidence than the rule's (a mark OCR may have misread); null for the rule's.</param>
    public void Report(TextSpan span, string message, Fix? fix = null, IReadOnlyList<RelatedLocation>? related = null, DiagnosticTags tags = DiagnosticTags.None, Severity? severity = null)
    {
        if (++_reported > MaxFindingsPerRule)
        {
            if (_reported == MaxFindingsPerRule + 1)
            {
                _sink.Add(new Diagnostic(_rule, Severity.Info, span, $"{_rule.Id} stopped after {MaxFindingsPerRule} findings in this draft; mend those and check again for the rest."));
            }

            return;
        }

        _sink.Add(new Diagnostic(_rule, severity is { } own && own < _severity ? own : _severity, span, message)
        {
            Fix = fix,
            Related = related ?? [],
            Tags = tags,
        });
    }

    /// <summary>A fix of a single replacement.</summary>
    public static Fix Replace(string title, TextSpan span, string newText) => new(title, [new TextEdit(span, newText)]);
}
