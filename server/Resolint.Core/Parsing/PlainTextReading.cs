using Resolint.Core.Text;

namespace Resolint.Core.Parsing;

/// <summary>
/// What the plain-text reader read of one version of a draft, kept so that the next version is read again only where an
/// edit touched it: the blocks as the reader cut them (never changed: the parser is lent copies). A line reads alike
/// wherever it stands, given only whether a blank line or a page break stands before it and whether the line before is a
/// number alone (<see cref="PlainTextReader.LineState"/>). So an edit is read again from the line after the last block that
/// ends before it, until, past the edit, a line begins an earlier block and the lines read tell it what they told it then;
/// the blocks on either side are the earlier ones, those after moved by the edit's length.
/// </summary>
internal sealed class PlainTextReading
{
    /// <summary>The blocks as read, each <c>Shift</c> code units further on in this version than where it was read.</summary>
    private readonly List<(Block Block, int Shift)> _blocks;

    private PlainTextReading(string source, List<(Block Block, int Shift)> blocks, TextSpan readAgain)
    {
        Source = source;
        _blocks = blocks;
        ReadAgain = readAgain;
    }

    /// <summary>The text of the version read.</summary>
    public string Source { get; }

    /// <summary>The stretch of this version's text that was read (all of it when there was no earlier reading).</summary>
    public TextSpan ReadAgain { get; }

    /// <summary>
    /// The draft's blocks, as <see cref="PlainTextReader.Read"/> reads them; given the <paramref name="previous"/> version's
    /// reading, only the lines an edit touched are read again. With <paramref name="keep"/>, <paramref name="reading"/> is
    /// this version's reading, for the next.
    /// </summary>
    public static List<Block> Read(SourceLines lines, PlainTextReading? previous, bool keep, out PlainTextReading? reading)
    {
        if (!keep)
        {
            reading = null;
            return PlainTextReader.Read(lines);
        }

        reading = previous is null
            ? new PlainTextReading(lines.Text.Text, PlainTextReader.Read(lines).ConvertAll(block => (block, 0)), new TextSpan(0, lines.Text.Length))
            : Edited(previous, lines);
        return reading.Lend();
    }

    /// <summary>The blocks, copied for a parser to change as it likes.</summary>
    private List<Block> Lend()
    {
        var blocks = new List<Block>(_blocks.Count);
        foreach ((Block block, int shift) in _blocks)
        {
            blocks.Add(block.Shifted(shift));
        }

        return blocks;
    }

    /// <summary>The reading of <paramref name="lines"/>, the next version of <paramref name="previous"/>'s text.</summary>
    private static PlainTextReading Edited(PlainTextReading previous, SourceLines lines)
    {
        string old = previous.Source;
        SourceText text = lines.Text;
        (int changeStart, int oldEnd, int newEnd) = lines.ChangeFrom(old);
        if (changeStart == old.Length && old.Length == text.Length)
        {
            return new PlainTextReading(text.Text, previous._blocks, new TextSpan(0, 0));
        }

        int delta = newEnd - oldEnd;
        List<(Block Block, int Shift)> kept = previous._blocks;

        // From the line after the last block that ends on a line before the edit's (the line before it too: a line break
        // the edit completes, "\r" then "\n", may belong to it), unless that block is a number alone, whose words the
        // edited lines may bring ...
        int editLineStart = text.LineStart(Math.Max(0, text.LineOf(changeStart) - 1));
        int first = FirstAtOrAfter(kept, editLineStart);
        while (first > 0 && (End(kept[first - 1]) >= editLineStart || PlainTextReader.IsBareNumber(kept[first - 1].Block)))
        {
            first--;
        }

        int fromLine = first == 0 ? 0 : text.LineOf(End(kept[first - 1])) + 1;

        // ... to the first line past the edit that begins an earlier block which the lines read before it tell what they told it then.
        var read = new List<Block>();
        var state = default(PlainTextReader.LineState);
        int lastEdited = text.LineOf(newEnd);
        int line = fromLine;
        int after = kept.Count;
        for (; line < text.LineCount; line++)
        {
            if (line > lastEdited && lines.Noise[line] is null && !lines.IsBlank(line)
                && BeginsBlock(kept, text.LineSpan(line), delta, state, read) is int next)
            {
                after = next;
                break;
            }

            PlainTextReader.ReadLine(lines, line, ref state, read);
        }

        var blocks = new List<(Block Block, int Shift)>(first + read.Count + kept.Count - after);
        blocks.AddRange(kept.GetRange(0, first));
        blocks.AddRange(read.ConvertAll(block => (block, 0)));
        for (int i = after; i < kept.Count; i++)
        {
            blocks.Add((kept[i].Block, kept[i].Shift + delta));
        }

        int readEnd = line < text.LineCount ? text.LineStart(line) : text.Length;
        return new PlainTextReading(text.Text, blocks, TextSpan.FromBounds(text.LineStart(fromLine), readEnd));
    }

    /// <summary>
    /// The index of the earlier block that begins on <paramref name="line"/> (a line past the edit, moved by <paramref name="delta"/>),
    /// when it was read after what <paramref name="state"/> and the blocks <paramref name="read"/> now tell that line; else null.
    /// </summary>
    private static int? BeginsBlock(List<(Block Block, int Shift)> kept, TextSpan line, int delta, PlainTextReader.LineState state, List<Block> read)
    {
        int index = FirstAtOrAfter(kept, line.Start - delta);
        if (index == kept.Count || Start(kept[index]) + delta >= line.End)
        {
            return null;
        }

        Block block = kept[index].Block;
        bool joins = read.Count > 0 && PlainTextReader.IsBareNumber(read[^1]) && block.Kind == BlockKind.Paragraph;
        return block.AfterBlank == state.Blank && block.AfterPageBreak == state.PageBreak && !joins ? index : null;
    }

    private static int Start((Block Block, int Shift) kept) => kept.Block.Span.Start + kept.Shift;

    private static int End((Block Block, int Shift) kept) => kept.Block.Span.End + kept.Shift;

    /// <summary>The index of the first block that stands at or after <paramref name="offset"/>.</summary>
    private static int FirstAtOrAfter(List<(Block Block, int Shift)> blocks, int offset)
    {
        int low = 0;
        int high = blocks.Count;
        while (low < high)
        {
            int middle = (low + high) / 2;
            (low, high) = Start(blocks[middle]) < offset ? (middle + 1, high) : (low, middle);
        }

        return low;
    }
}
