using Resolint.Core.Text;

namespace Resolint.Core.Rules;

/// <summary>
/// Applies the fixes of many findings at once. Several findings may share one fix (a renumbering answers every
/// numbering slip): each fix is applied once; an edit that overlaps one already taken waits for the next pass.
/// </summary>
public static class FixApplier
{
    /// <summary>The edits to apply together: distinct fixes, in order, without overlaps.</summary>
    public static IReadOnlyList<TextEdit> Collect(IEnumerable<Diagnostic> diagnostics)
    {
        var taken = new List<TextEdit>();
        var seen = new HashSet<Fix>(ReferenceEqualityComparer.Instance);
        foreach (Diagnostic diagnostic in diagnostics)
        {
            if (diagnostic.Fix is not { } fix || !seen.Add(fix))
            {
                continue;
            }

            // A fix is all or nothing: take it only if none of its edits overlaps one already taken.
            if (fix.Edits.Any(e => taken.Any(t => Overlaps(t, e))))
            {
                continue;
            }

            taken.AddRange(fix.Edits.Where(e => !taken.Contains(e)));
        }

        taken.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return taken;
    }

    public static string Apply(string text, IEnumerable<Diagnostic> diagnostics) => SourceText.ApplyEdits(text, Collect(diagnostics));

    /// <summary>Two edits overlap when their spans share a character, or both insert at the same place.</summary>
    private static bool Overlaps(TextEdit a, TextEdit b) =>
        a.Span.OverlapsWith(b.Span) || (a.Span.Start == b.Span.Start && (a.Span.IsEmpty || b.Span.IsEmpty));
}
