using System.Runtime.InteropServices;
using Markdig.Syntax;
using Resolint.Core.Text;

namespace Resolint.Core.Parsing;

/// <summary>
/// What Markdig read of one version of a Markdown draft, kept so that the next version is read again only where an
/// edit touched it: the blocks as the reader cut them (never changed: the parser is lent copies), and the places where
/// Markdig starts afresh (<see cref="MarkdownReader.StartsOf"/>). An edit is read again from the last such place before
/// it to the first one after it; the blocks on either side are the earlier ones, those after moved by the edit's length.
/// </summary>
internal sealed class MarkdownReading
{
    /// <summary>The blocks as read, each <c>Shift</c> code units further on in this version than where it was read.</summary>
    private readonly List<(Block Block, int Shift)> _blocks;

    public MarkdownReading(string source, List<Block> blocks, List<int> starts, TextSpan readAgain)
        : this(source, blocks.ConvertAll(block => (block, 0)), starts, readAgain)
    {
    }

    private MarkdownReading(string source, List<(Block Block, int Shift)> blocks, List<int> starts, TextSpan readAgain)
    {
        Source = source;
        _blocks = blocks;
        Starts = starts;
        ReadAgain = readAgain;
    }

    /// <summary>The text of the version read.</summary>
    public string Source { get; }

    /// <summary>Where Markdig starts afresh, in order.</summary>
    public List<int> Starts { get; }

    /// <summary>The stretch of this version's text that Markdig read (all of it when no earlier reading could serve).</summary>
    public TextSpan ReadAgain { get; }

    /// <summary>The blocks, copied for a parser to change as it likes.</summary>
    public List<Block> Lend()
    {
        var blocks = new List<Block>(_blocks.Count);
        foreach ((Block block, int shift) in CollectionsMarshal.AsSpan(_blocks))
        {
            blocks.Add(block.Shifted(shift));
        }

        return blocks;
    }

    /// <summary>
    /// The reading of <paramref name="lines"/>, the next version of <paramref name="previous"/>'s text, with Markdig reading
    /// only the stretch the edit touched; null when the whole text must be read again: the stretch holds a link, a footnote
    /// or its definition (whose reading depends on the rest of the text), leaves a fenced code or HTML block open, or has
    /// words Markdig places in a string of its own.
    /// </summary>
    public static MarkdownReading? Edited(MarkdownReading previous, SourceLines lines)
    {
        string old = previous.Source;
        string now = lines.Text.Text;
        (int prefix, int editEnd, _) = lines.ChangeFrom(old);
        if (prefix == old.Length && old.Length == now.Length)
        {
            return new MarkdownReading(now, previous._blocks, previous.Starts, new TextSpan(0, 0));
        }

        int delta = now.Length - old.Length;

        // From the last fresh start before the edit (its line begins before the edit, so the blank line above it stands) ...
        int at = previous.Starts.BinarySearch(prefix);
        int startIndex = (at >= 0 ? at : ~at) - 1;

        // ... and before the edit's own line when the edit leaves that line blank or noise: it then starts nothing, and the
        // block above owns it and the noise after it.
        int editLine = lines.Text.LineOf(prefix);
        if (startIndex >= 0 && previous.Starts[startIndex] == lines.Text.LineStart(editLine) && (lines.IsBlank(editLine) || lines.Noise[editLine] is not null))
        {
            startIndex--;
        }

        int start = startIndex >= 0 ? previous.Starts[startIndex] : 0;

        // ... to the first one whose blank line above, and the line break before that, stand after the edit.
        int endIndex = startIndex + 1;
        while (endIndex < previous.Starts.Count && LineBefore(old, previous.Starts[endIndex]) - 1 < editEnd)
        {
            endIndex++;
        }

        int end = endIndex < previous.Starts.Count ? previous.Starts[endIndex] : old.Length;
        if (old.AsSpan(start, end - start).Contains('[') || now.AsSpan(start, end + delta - start).Contains('['))
        {
            return null;
        }

        MarkdownDocument? document = MarkdownReader.Parse(lines, start, end + delta, out string window);
        if (document is null || (end < old.Length && document.LastChild is FencedCodeBlock or HtmlBlock))
        {
            return null;
        }

        List<Block> read = MarkdownReader.Visit(document, window, now, start, out bool detached);
        if (detached)
        {
            // Places Markdig counts from a string of its own would move with the stretch's start: read as the whole text reads them.
            return null;
        }

        int first = FirstAtOrAfter(previous._blocks, start);
        int after = FirstAtOrAfter(previous._blocks, end);
        // Added in place, not through copies of the ranges: a keystroke keeps every block of the draft.
        var blocks = new List<(Block Block, int Shift)>(previous._blocks.Count - (after - first) + read.Count);
        blocks.AddRange(CollectionsMarshal.AsSpan(previous._blocks)[..first]);
        foreach (Block block in read)
        {
            blocks.Add((block, 0));
        }

        for (int i = after; i < previous._blocks.Count; i++)
        {
            blocks.Add((previous._blocks[i].Block, previous._blocks[i].Shift + delta));
        }

        var starts = new List<int>(previous.Starts.Count + 4);
        starts.AddRange(CollectionsMarshal.AsSpan(previous.Starts)[..Math.Max(0, startIndex)]);
        starts.AddRange(MarkdownReader.StartsOf(document, lines, start));

        for (int i = endIndex; i < previous.Starts.Count; i++)
        {
            starts.Add(previous.Starts[i] + delta);
        }

        return new MarkdownReading(now, blocks, starts, TextSpan.FromBounds(start, end + delta));
    }

    /// <summary>The index of the first block that stands at or after <paramref name="offset"/>.</summary>
    private static int FirstAtOrAfter(List<(Block Block, int Shift)> blocks, int offset)
    {
        int low = 0;
        int high = blocks.Count;
        while (low < high)
        {
            int middle = (low + high) / 2;
            (low, high) = blocks[middle].Block.Span.Start + blocks[middle].Shift < offset ? (middle + 1, high) : (low, middle);
        }

        return low;
    }

    /// <summary>Where the line before the one starting at <paramref name="lineStart"/> starts.</summary>
    private static int LineBefore(string text, int lineStart)
    {
        int end = lineStart - 1;
        if (end > 0 && text[end] == '\n' && text[end - 1] == '\r')
        {
            end--;
        }

        return text.AsSpan(0, Math.Max(0, end)).LastIndexOfAny('\n', '\r') + 1;
    }
}
