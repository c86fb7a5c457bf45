using Resolint.Core.Rules;
using Resolint.Core.Text;

namespace Resolint.Lsp.Features;

/// <summary>
/// Every fix of a document in one edit. Fixes whose edits overlap an earlier one are left out: applying
/// both would garble the text, and the one left out is offered again after the next check.
/// </summary>
internal static class FixAll
{
    public static IReadOnlyList<TextEdit> Edits(IEnumerable<Diagnostic> diagnostics)
    {
        var taken = new List<TextEdit>();
        foreach (Fix fix in diagnostics.Select(d => d.Fix).OfType<Fix>())
        {
            if (fix.Edits.All(edit => taken.All(other => !Collide(edit.Span, other.Span))))
            {
                taken.AddRange(fix.Edits);
            }
        }

        return taken;
    }

    /// <summary>Overlapping spans collide; so do two insertions at the same place, whose order would be a guess.</summary>
    private static bool Collide(TextSpan a, TextSpan b) =>
        a.OverlapsWith(b) || a.Start == b.Start || (a.IsEmpty && b.Contains(a.Start)) || (b.IsEmpty && a.Contains(b.Start));
}
