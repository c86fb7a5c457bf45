using Resolint.Core.Text;

namespace Resolint.Core.Rules;

/// <summary>A certain repair: applying its edits makes the finding go away and changes nothing else.</summary>
public sealed record Fix(string Title, IReadOnlyList<TextEdit> Edits);

/// <summary>Another place that explains a finding (for a repeat: the paragraph it repeats).</summary>
public sealed record RelatedLocation(TextSpan Span, string Message);

[Flags]
public enum DiagnosticTags
{
    None = 0,
    Unnecessary = 1,
}

/// <summary>One finding of one rule.</summary>
public sealed record Diagnostic(RuleDescriptor Rule, Severity Severity, TextSpan Span, string Message)
{
    public Fix? Fix { get; init; }

    public IReadOnlyList<RelatedLocation> Related { get; init; } = [];

    public DiagnosticTags Tags { get; init; }

    public string Id => Rule.Id;
}
