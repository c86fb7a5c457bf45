using System.Text;

namespace Resolint.Cli;

/// <summary>
/// The unified diff of two texts, as <c>diff -u</c> and <c>git diff</c> print it, for <c>--fix-dry-run</c>: lines are
/// split after '\n' only, so a CRLF line keeps its '\r' and the diff applies byte for byte with <c>git apply</c>.
/// </summary>
public static class UnifiedDiff
{
    /// <summary>Unchanged lines shown around each change.</summary>
    public const int ContextLines = 3;

    private enum Op
    {
        Keep,
        Delete,
        Insert,
    }

    /// <summary>The diff of one file; empty when the texts are equal.</summary>
    public static string Create(string oldText, string newText, string path)
    {
        if (oldText == newText)
        {
            return string.Empty;
        }

        List<(Op Op, string Line)> script = Script(Lines(oldText), Lines(newText));
        var diff = new StringBuilder();
        diff.Append("--- a/").Append(path.Replace('\\', '/')).Append('\n');
        diff.Append("+++ b/").Append(path.Replace('\\', '/')).Append('\n');

        // Line counts before each entry of the script, to number the hunks.
        var oldBefore = new int[script.Count + 1];
        var newBefore = new int[script.Count + 1];
        for (int i = 0; i < script.Count; i++)
        {
            oldBefore[i + 1] = oldBefore[i] + (script[i].Op == Op.Insert ? 0 : 1);
            newBefore[i + 1] = newBefore[i] + (script[i].Op == Op.Delete ? 0 : 1);
        }

        int next = 0;
        while (FirstChange(script, next) is int first)
        {
            // A hunk runs on while the next change is close enough for their contexts to meet.
            int last = first;
            while (FirstChange(script, last + 1) is int following && following - last <= 2 * ContextLines + 1)
            {
                last = following;
            }

            int start = Math.Max(0, first - ContextLines);
            int end = Math.Min(script.Count, last + ContextLines + 1);
            AppendHunk(diff, script, start, end, oldBefore, newBefore);
            next = end;
        }

        return diff.ToString();
    }

    private static void AppendHunk(StringBuilder diff, List<(Op Op, string Line)> script, int start, int end, int[] oldBefore, int[] newBefore)
    {
        int oldCount = oldBefore[end] - oldBefore[start];
        int newCount = newBefore[end] - newBefore[start];
        diff.Append("@@ -").Append(Range(oldBefore[start], oldCount)).Append(" +").Append(Range(newBefore[start], newCount)).Append(" @@\n");
        for (int i = start; i < end; i++)
        {
            (Op op, string line) = script[i];
            diff.Append(op switch { Op.Keep => ' ', Op.Delete => '-', _ => '+' }).Append(line);
            if (!line.EndsWith('\n'))
            {
                diff.Append("\n\\ No newline at end of file\n");
            }
        }
    }

    /// <summary>"start,count" with a 1-based start; an empty range names the line before it, and a count of one is left out.</summary>
    private static string Range(int linesBefore, int count) => count switch
    {
        0 => $"{linesBefore},0",
        1 => $"{linesBefore + 1}",
        _ => $"{linesBefore + 1},{count}",
    };

    private static int? FirstChange(List<(Op Op, string Line)> script, int from)
    {
        for (int i = from; i < script.Count; i++)
        {
            if (script[i].Op != Op.Keep)
            {
                return i;
            }
        }

        return null;
    }

    /// <summary>The lines of a text, each with its '\n' (the last may have none).</summary>
    private static string[] Lines(string text)
    {
        var lines = new List<string>();
        int start = 0;
        while (start < text.Length)
        {
            int end = text.IndexOf('\n', start);
            end = end < 0 ? text.Length : end + 1;
            lines.Add(text[start..end]);
            start = end;
        }

        return [.. lines];
    }

    /// <summary>A shortest edit script (Myers' algorithm) between two lists of lines, the common ends set aside first.</summary>
    private static List<(Op Op, string Line)> Script(string[] a, string[] b)
    {
        int prefix = 0;
        while (prefix < a.Length && prefix < b.Length && a[prefix] == b[prefix])
        {
            prefix++;
        }

        int suffix = 0;
        while (suffix < a.Length - prefix && suffix < b.Length - prefix && a[^(suffix + 1)] == b[^(suffix + 1)])
        {
            suffix++;
        }

        var script = new List<(Op, string)>();
        script.AddRange(a[..prefix].Select(l => (Op.Keep, l)));
        script.AddRange(Myers(a[prefix..^suffix], b[prefix..^suffix]));
        script.AddRange(a[^suffix..].Select(l => (Op.Keep, l)));
        return script;
    }

    private static List<(Op Op, string Line)> Myers(string[] a, string[] b)
    {
        int n = a.Length, m = b.Length, max = n + m, offset = max + 1;
        var v = new int[(2 * max) + 3];
        var trace = new List<int[]>();
        for (int d = 0; d <= max; d++)
        {
            trace.Add((int[])v.Clone());
            for (int k = -d; k <= d; k += 2)
            {
                int x = k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
                int y = x - k;
                while (x < n && y < m && a[x] == b[y])
                {
                    x++;
                    y++;
                }

                v[offset + k] = x;
                if (x >= n && y >= m)
                {
                    return Backtrack(a, b, trace, d, offset);
                }
            }
        }

        throw new InvalidOperationException("An edit script always exists within n + m steps.");
    }

    private static List<(Op Op, string Line)> Backtrack(string[] a, string[] b, List<int[]> trace, int distance, int offset)
    {
        var script = new List<(Op, string)>();
        int x = a.Length, y = b.Length;
        for (int d = distance; d >= 0; d--)
        {
            int[] v = trace[d];
            int k = x - y;
            int previousK = k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]) ? k + 1 : k - 1;
            int previousX = d == 0 ? 0 : v[offset + previousK];
            int previousY = d == 0 ? 0 : previousX - previousK;
            while (x > previousX && y > previousY)
            {
                script.Add((Op.Keep, a[x - 1]));
                x--;
                y--;
            }

            if (d > 0)
            {
                if (x == previousX)
                {
                    script.Add((Op.Insert, b[y - 1]));
                }
                else
                {
                    script.Add((Op.Delete, a[x - 1]));
                }

                x = previousX;
                y = previousY;
            }
        }

        script.Reverse();
        return script;
    }
}
