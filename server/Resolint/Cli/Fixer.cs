using Resolint.Core.Rules;
using Resolint.Core.Text;

namespace Resolint.Cli;

/// <summary>A fixed text, what checking it found, and how many fixes went into it.</summary>
public sealed record FixOutcome<T>(string Text, T Check, int Applied);

/// <summary>
/// Applies certain fixes until none is left. Fixes whose edits overlap or touch are never applied together: the one
/// further on waits for the next pass, where it is computed afresh on the text the earlier fix left.
/// </summary>
public static class Fixer
{
    /// <summary>Enough for fixes that enable one another (a renumbering after an inserted paragraph); a bound all the same.</summary>
    public const int MaxPasses = 10;

    public static FixOutcome<T> Apply<T>(string text, Func<string, T> check, Func<T, IEnumerable<Diagnostic>> findings)
    {
        string current = text;
        int applied = 0;
        for (int pass = 0; pass < MaxPasses; pass++)
        {
            T result = check(current);
            List<Fix> fixes = Compatible(findings(result));
            if (fixes.Count == 0)
            {
                return new FixOutcome<T>(current, result, applied);
            }

            string next = SourceText.ApplyEdits(current, fixes.SelectMany(f => f.Edits));
            if (next == current)
            {
                return new FixOutcome<T>(current, result, applied);
            }

            current = next;
            applied += fixes.Count;
        }

        return new FixOutcome<T>(current, check(current), applied);
    }

    /// <summary>The fixes of the findings, in text order, leaving out any that overlaps or touches one already taken.</summary>
    public static List<Fix> Compatible(IEnumerable<Diagnostic> findings)
    {
        var taken = new List<Fix>();
        var spans = new List<TextSpan>();
        foreach (Fix fix in findings.Select(d => d.Fix).OfType<Fix>().Where(f => f.Edits.Count > 0).OrderBy(f => f.Edits.Min(e => e.Span.Start)))
        {
            if (fix.Edits.Any(e => spans.Any(s => e.Span.Start <= s.End && s.Start <= e.Span.End)))
            {
                continue;
            }

            taken.Add(fix);
            spans.AddRange(fix.Edits.Select(e => e.Span));
        }

        return taken;
    }
}
