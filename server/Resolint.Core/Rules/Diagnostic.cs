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

    /// <summary>
    /// The same finding on the same words standing <paramref name="delta"/> characters further on. A fix several findings
    /// share stays shared (<paramref name="fixes"/>: the fixes moved so far; null where the finding is alone), so that it
    /// is still applied once.
    /// </summary>
    internal Diagnostic Shifted(int delta, Dictionary<Fix, Fix>? fixes)
    {
        if (delta == 0)
        {
            return this;
        }

        Fix? fix = null;
        if (Fix is { } own && (fixes is null || !fixes.TryGetValue(own, out fix)))
        {
            // Moved on every keystroke for the findings after the edit: an array of the edits, not a query.
            var edits = new TextEdit[own.Edits.Count];
            for (int i = 0; i < edits.Length; i++)
            {
                edits[i] = own.Edits[i] with { Span = own.Edits[i].Span.Shifted(delta) };
            }

            fix = own with { Edits = edits };
            fixes?.Add(own, fix);
        }

        return this with
        {
            Span = Span.Shifted(delta),
            Fix = fix,
            Related = Related.Count == 0 ? Related : [.. Related.Select(related => related with { Span = related.Span.Shifted(delta) })],
        };
    }
}
