using Resolint.Core.Text;

namespace Resolint.Accuracy.Slips;

/// <summary>
/// A text with one slip injected: the text before and after, and the lines (1-based) the slip stands on in the
/// text after: the paragraph it changed, from <see cref="Line"/> to <see cref="LastLine"/>.
/// </summary>
public sealed record Slip(string Before, string After, int Line)
{
    private readonly int _lastLine;

    /// <summary>The slip's last line: a hard-wrapped paragraph spans several, and a rule may report on any.</summary>
    public int LastLine { get => Math.Max(Line, _lastLine); init => _lastLine = value; }

    /// <summary>Replaces each original, which must occur exactly once; null when one does not, so a slip never lands in a place it was not meant for. The slip's line is the first replacement's.</summary>
    public static Slip? Inject(string text, params (string Original, string Replacement)[] edits)
    {
        string after = text;
        int first = -1;
        foreach ((string original, string replacement) in edits)
        {
            int at = after.IndexOf(original, StringComparison.Ordinal);
            if (at < 0 || after.IndexOf(original, at + 1, StringComparison.Ordinal) >= 0)
            {
                return null;
            }

            after = string.Concat(after.AsSpan(0, at), replacement, after.AsSpan(at + original.Length));
            first = first < 0 ? at : Math.Min(first, at);
        }

        return new Slip(text, after, SourceText.From(after).LineOf(first) + 1);
    }

    /// <summary>Replaces the first <paramref name="oldText"/> of one line; null when the line does not hold it.</summary>
    public static string? ReplaceIn(string line, string oldText, string newText)
    {
        int at = line.IndexOf(oldText, StringComparison.Ordinal);
        return at < 0 ? null : string.Concat(line.AsSpan(0, at), newText, line.AsSpan(at + oldText.Length));
    }
}

/// <summary>
/// Where a slip goes in a text, before it is made: the edits at offsets (none overlapping) and the lines (1-based)
/// the slip will stand on, which the edits do not shift unless they add or remove line breaks before them. A kind
/// lists every place a text offers; only the one chosen is made into a copy.
/// </summary>
public sealed record SlipPlace(int Line, int LastLine, IReadOnlyList<(int Start, int Length, string Replacement)> Edits)
{
    public static SlipPlace At(int line, int lastLine, params (int Start, int Length, string Replacement)[] edits) => new(line, lastLine, edits);

    /// <summary>The copy of <paramref name="text"/> with the slip made.</summary>
    public Slip Apply(string text)
    {
        string after = text;
        foreach ((int start, int length, string replacement) in Edits.OrderByDescending(e => e.Start))
        {
            after = string.Concat(after.AsSpan(0, start), replacement, after.AsSpan(start + length));
        }

        return new Slip(text, after, Line) { LastLine = LastLine };
    }
}
