using Resolint.Core.Checking;
using Resolint.Core.Corpus;
using Resolint.Core.Drafts;
using Resolint.Core.Text;

namespace Resolint.Core.Rules;

/// <summary>What a rule sees: the draft, the learned conventions, the options; and where it reports.</summary>
public sealed class RuleContext
{
    private readonly List<Diagnostic> _sink;
    private readonly RuleDescriptor _rule;
    private readonly Severity _severity;

    internal RuleContext(DraftReading reading, Draft draft, ConventionModel conventions, CheckOptions options, RuleDescriptor rule, Severity severity, List<Diagnostic> sink)
    {
        Reading = reading;
        Draft = draft;
        Conventions = conventions;
        Options = options;
        _rule = rule;
        _severity = severity;
        _sink = sink;
    }

    public Draft Draft { get; }

    public ConventionModel Conventions { get; }

    public CheckOptions Options { get; }

    public SourceText Text => Draft.Text;

    /// <summary>What the rules of this check share of their reading of the draft.</summary>
    internal DraftReading Reading { get; }

    public void Report(TextSpan span, string message, Fix? fix = null, IReadOnlyList<RelatedLocation>? related = null, DiagnosticTags tags = DiagnosticTags.None)
    {
        _sink.Add(new Diagnostic(_rule, _severity, span, message)
        {
            Fix = fix,
            Related = related ?? [],
            Tags = tags,
        });
    }

    /// <summary>A fix of a single replacement.</summary>
    public static Fix Replace(string title, TextSpan span, string newText) => new(title, [new TextEdit(span, newText)]);
}
