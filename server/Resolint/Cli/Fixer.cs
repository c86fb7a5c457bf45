using Resolint.Core.Rules;
using Resolint.Core.Text;

namespace Resolint.Cli;

/// <summary>A fixed text, what checking it found, and how many findings the fixes answered.</summary>
public sealed record FixOutcome<T>(string Text, T Check, int Fixed);

/// <summary>
/// Applies certain fixes until none is left. Fixes that overlap are never applied together (<see cref="FixApplier"/>):
/// the later one waits for the next pass, where it is computed afresh on the text the earlier fix left.
/// </summary>
public static class Fixer
{
    /// <summary>Enough for fixes that enable one another; a bound all the same, against fixes that never settle.</summary>
    public const int MaxPasses = 10;

    public static FixOutcome<T> Apply<T>(string text, Func<string, T> check, Func<T, IEnumerable<Diagnostic>> findings)
    {
        string current = text;
        int answered = 0;
        for (int pass = 0; pass < MaxPasses; pass++)
        {
            T result = check(current);
            List<Diagnostic> fixable = findings(result).Where(d => d.Fix is not null).ToList();
            IReadOnlyList<TextEdit> edits = FixApplier.Collect(fixable);
            string next = SourceText.ApplyEdits(current, edits);
            if (next == current)
            {
                return new FixOutcome<T>(current, result, answered);
            }

            // A finding is answered when every edit of its fix went in (several findings may share one fix).
            answered += fixable.Count(d => d.Fix!.Edits.All(edits.Contains));
            current = next;
        }

        return new FixOutcome<T>(current, check(current), answered);
    }
}
