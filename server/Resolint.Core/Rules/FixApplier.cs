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
        // Taken edits ordered by where they start: whether a new edit overlaps one is asked of its neighbours
        // only, so collecting stays O(n log n) however many findings a draft has.
        var taken = new SortedSet<TextEdit>(ByPlace.Instance);
        var seen = new HashSet<Fix>(ReferenceEqualityComparer.Instance);
        foreach (Diagnostic diagnostic in diagnostics)
        {
            if (diagnostic.Fix is not { } fix || !seen.Add(fix))
            {
                continue;
            }

            // A fix is all or nothing: take it only if none of its edits overlaps one already taken.
            if (fix.Edits.Any(e => !taken.Contains(e) && Collides(taken, e)))
            {
                continue;
            }

            taken.UnionWith(fix.Edits);
        }

        return [.. taken];
    }

    public static string Apply(string text, IEnumerable<Diagnostic> diagnostics) => SourceText.ApplyEdits(text, Collect(diagnostics));

    /// <summary>Two edits overlap when their spans share a character, or both insert at the same place.</summary>
    private static bool Overlaps(TextEdit a, TextEdit b) =>
        a.Span.OverlapsWith(b.Span) || (a.Span.Start == b.Span.Start && (a.Span.IsEmpty || b.Span.IsEmpty));

    /// <summary>
    /// Whether an edit overlaps a taken one. Taken edits never overlap each other, so only the last one starting
    /// at or before the edit's start and the first one starting after it can.
    /// </summary>
    private static bool Collides(SortedSet<TextEdit> taken, TextEdit edit)
    {
        if (taken.Count == 0)
        {
            return false;
        }

        var low = new TextEdit(new TextSpan(int.MinValue / 2, 0), string.Empty);
        var at = new TextEdit(new TextSpan(edit.Span.Start, int.MaxValue / 2), string.Empty);
        TextEdit? before = taken.GetViewBetween(low, at).Max;
        TextEdit? after = taken.GetViewBetween(at, new TextEdit(new TextSpan(int.MaxValue / 2, 0), string.Empty)).Min;
        return before is not null && Overlaps(before, edit) || after is not null && Overlaps(after, edit);
    }

    /// <summary>Orders edits by start, then end, then text, so distinct edits never compare equal.</summary>
    private sealed class ByPlace : IComparer<TextEdit>
    {
        public static readonly ByPlace Instance = new();

        public int Compare(TextEdit? a, TextEdit? b) =>
            a!.Span.Start != b!.Span.Start ? a.Span.Start.CompareTo(b.Span.Start)
            : a.Span.End != b.Span.End ? a.Span.End.CompareTo(b.Span.End)
            : string.CompareOrdinal(a.NewText, b.NewText);
    }
}
