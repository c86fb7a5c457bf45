using Resolint.Core.Text;

namespace Resolint.Core.Parsing;

/// <summary>
/// Reads a plain-text draft into blocks, a line at a time: every line that is not blank or noise is a
/// block of its own (the classifier joins hard-wrapped lines). "1.<TAB>" opens a numbered item.
/// </summary>
internal static class PlainTextReader
{
    public static List<Block> Read(SourceLines lines)
    {
        var blocks = new List<Block>();
        var state = default(LineState);
        for (int line = 0; line < lines.Text.LineCount; line++)
        {
            ReadLine(lines, line, ref state, blocks);
        }

        return blocks;
    }

    /// <summary>
    /// What the lines read so far tell the next text line: a blank line or a page break stands before it. Nothing else
    /// crosses lines but a number alone on its line, which takes in the next line's words (the last block read).
    /// </summary>
    internal struct LineState
    {
        public bool Blank;
        public bool PageBreak;
    }

    /// <summary>Reads one line onto <paramref name="blocks"/>: a block of its own, the words of a number alone before it, or nothing.</summary>
    internal static void ReadLine(SourceLines lines, int line, ref LineState state, List<Block> blocks)
    {
        if (lines.Noise[line] is not null)
        {
            state.PageBreak = true;
            return;
        }

        if (lines.IsBlank(line))
        {
            state.Blank = true;
            return;
        }

        string source = lines.Text.Text;
        TextSpan span = lines.Text.LineSpan(line);
        int start = span.Start;
        while (start < span.End && char.IsWhiteSpace(source[start]))
        {
            start++;
        }

        int end = span.End;
        while (end > start && char.IsWhiteSpace(source[end - 1]))
        {
            end--;
        }

        Block block = ReadLine(source, start, end, state.Blank);
        block.AfterPageBreak = state.PageBreak;
        state = default;
        if (blocks.Count > 0 && IsBareNumber(blocks[^1]) && block.Kind == BlockKind.Paragraph)
        {
            // "3." alone on its line, the paragraph's words on the next: one numbered item.
            blocks[^1].Continue(block, "the words of a number that stands alone on the line before");
            return;
        }

        blocks.Add(block);
    }

    /// <summary>"3." alone on its line: the words on the next line, if they are a paragraph's, are its own.</summary>
    internal static bool IsBareNumber(Block block) => block is { Kind: BlockKind.NumberedItem, Text.Length: 0 };

    /// <summary>One line's block, as plain text reads it: a numbered item, else a paragraph (also for lines Markdown holds as code).</summary>
    internal static Block ReadLine(string source, int start, int end, bool afterBlank) =>
        ReadNumberedItem(source, start, end, afterBlank) ?? Paragraph(source, start, end, afterBlank);

    private static Block Paragraph(string source, int start, int end, bool afterBlank)
    {
        var text = new RawText();
        text.AppendSource(source, start, end, italic: false);
        return new Block(BlockKind.Paragraph, text, TextSpan.FromBounds(start, end)) { AfterBlank = afterBlank };
    }

    /// <summary>
    /// "12.<TAB>Requests …" or "12. Requests …": a number of one to three digits, a full stop, white space; or
    /// "12." alone on its line (its words follow on the next).
    /// </summary>
    private static Block? ReadNumberedItem(string source, int start, int end, bool afterBlank)
    {
        int i = start;
        while (i < end && i - start < 3 && char.IsAsciiDigit(source[i]))
        {
            i++;
        }

        if (i == start || i >= end || source[i] != '.' || (i + 1 < end && !char.IsWhiteSpace(source[i + 1])))
        {
            return null;
        }

        int numberEnd = i + 1;
        int textStart = numberEnd;
        while (textStart < end && char.IsWhiteSpace(source[textStart]))
        {
            textStart++;
        }

        var text = new RawText();
        text.AppendSource(source, textStart, end, italic: false);
        text.EndOffset = end;
        return new Block(BlockKind.NumberedItem, text, TextSpan.FromBounds(start, end))
        {
            AfterBlank = afterBlank,
            Number = int.Parse(source.AsSpan(start, i - start), System.Globalization.CultureInfo.InvariantCulture),
            NumberText = source[start..numberEnd],
            NumberSpan = TextSpan.FromBounds(start, numberEnd),
        };
    }
}
