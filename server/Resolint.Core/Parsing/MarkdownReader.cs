using System.Runtime.InteropServices;
using Markdig;
using Markdig.Extensions.Footnotes;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Resolint.Core.Drafts;
using Footnote = Markdig.Extensions.Footnotes.Footnote;
using Resolint.Core.Text;

namespace Resolint.Core.Parsing;

/// <summary>
/// Reads a Markdown draft into blocks with Markdig: paragraphs, ordered list items (operative paragraphs),
/// footnote definitions ([^1]: …), emphasis (italics), links ([39/17](#)) and footnote links ([^1]).
/// Noise lines are blanked (same length, so offsets hold) before Markdig sees the text, but for a closing rule it reads as a break.
/// </summary>
internal static class MarkdownReader
{
    /// <remarks>Internal so that a test can read a text as the reader does.</remarks>
    internal static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePreciseSourceLocation()
        .UseFootnotes()
        .Build();

    /// <summary>
    /// The draft's blocks; null when Markdig refuses the text for nesting deeper than it reads (a line of 128 "&gt;"
    /// or 130 "- "): no resolution is shaped so, and the caller reads such a text as plain text rather than fail.
    /// </summary>
    public static List<Block>? TryRead(SourceLines lines) => TryRead(lines, null, keep: false, out _);

    /// <summary>
    /// The draft's blocks, as <see cref="TryRead(SourceLines)"/> reads them; given the <paramref name="previous"/> version's
    /// reading, Markdig reads again only the stretch of text an edit touched (<see cref="MarkdownReading"/>). With
    /// <paramref name="keep"/>, <paramref name="reading"/> is this version's reading, for the next.
    /// </summary>
    public static List<Block>? TryRead(SourceLines lines, MarkdownReading? previous, bool keep, out MarkdownReading? reading)
    {
        reading = keep && previous is not null ? MarkdownReading.Edited(previous, lines) : null;
        List<Block> blocks;
        if (reading is not null)
        {
            blocks = reading.Lend();
        }
        else
        {
            MarkdownDocument? document = Parse(lines, 0, lines.Text.Length, out string read);
            if (document is null)
            {
                return null;
            }

            blocks = Visit(document, read, lines.Text.Text, 0, out bool detached);

            // Places Markdig counts from a string of its own would be moved with the block by the next edit before it.
            if (keep && !detached)
            {
                reading = new MarkdownReading(lines.Text.Text, blocks, StartsOf(document, lines, 0), TextSpan.FromBounds(0, lines.Text.Length));
                blocks = reading.Lend();
            }
        }

        AddUnreferencedDefinitions(lines, blocks);
        TextOrder.Sort(blocks, b => b.Span.Start, (a, b) => a.Span.Start.CompareTo(b.Span.Start));
        MarkPageBreaks(blocks, lines);
        return JoinBareNumbers(blocks);
    }

    /// <summary>Markdig's reading of the text from <paramref name="start"/> to <paramref name="end"/>, noise blanked; null when it refuses the text.</summary>
    internal static MarkdownDocument? Parse(SourceLines lines, int start, int end, out string read)
    {
        read = BlankNoise(lines, start, end, out bool rulesLeft);
        try
        {
            MarkdownDocument document = Markdown.Parse(read, Pipeline);
            if (rulesLeft && !ReadAsBreaks(document, lines, start, end))
            {
                // A rule Markdig read inside another block (a fence, an HTML block, a list) is not a break: blank it after all.
                read = Blanked(lines, start, end);
                document = Markdown.Parse(read, Pipeline);
            }

            return document;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>
    /// The blocks of a document Markdig read from <paramref name="read"/>, the source from its offset <paramref name="origin"/>
    /// on, in the order they stand. <paramref name="detached"/> tells that Markdig gave some words in a string of its own
    /// (a heading whose "#" a tab follows), whose places it counts from that string's start, not the text's.
    /// </summary>
    internal static List<Block> Visit(MarkdownDocument document, string read, string source, int origin, out bool detached)
    {
        var blocks = new List<Block>();
        var reader = new Reader(source, blocks, origin, read);
        foreach (Markdig.Syntax.Block block in document)
        {
            reader.Visit(block);
        }

        blocks.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        detached = reader.Detached;
        return blocks;
    }

    /// <summary>
    /// Where Markdig starts afresh in a document it read from <paramref name="origin"/> on: the start of a block (a list's
    /// item, a footnote) at the start of its line after a blank line, outside any open block. Reading the text from such
    /// a place on, or up to it, reads the blocks on either side as the whole text does.
    /// </summary>
    internal static List<int> StartsOf(MarkdownDocument document, SourceLines lines, int origin)
    {
        var starts = new List<int>();
        foreach (Markdig.Syntax.Block block in document)
        {
            switch (block)
            {
                case ListBlock list:
                    foreach (Markdig.Syntax.Block item in list)
                    {
                        AddStart(starts, lines, origin + item.Span.Start);
                    }

                    break;
                case FootnoteGroup group:
                    foreach (Markdig.Syntax.Block footnote in group)
                    {
                        AddStart(starts, lines, origin + footnote.Span.Start);
                    }

                    break;
                default:
                    AddStart(starts, lines, origin + block.Span.Start);
                    break;
            }
        }

        starts.Sort();
        return starts;
    }

    private static void AddStart(List<int> starts, SourceLines lines, int at)
    {
        string text = lines.Text.Text;
        if (at <= 0 || at >= text.Length || char.IsWhiteSpace(text[at]))
        {
            return;
        }

        int line = lines.Text.LineOf(at);
        if (line > 0 && lines.Text.LineStart(line) == at && (lines.IsBlank(line - 1) || lines.Noise[line - 1] is not null))
        {
            starts.Add(at);
        }
    }

    /// <summary>"3." alone (an empty list item), the paragraph's words in the next block: one numbered item, as in plain text.</summary>
    private static List<Block> JoinBareNumbers(List<Block> blocks)
    {
        // Made at the first block taken in: a keystroke passes every block of the draft here, and most drafts have no bare number.
        List<Block>? joined = null;
        ReadOnlySpan<Block> given = CollectionsMarshal.AsSpan(blocks);
        for (int i = 1; i < given.Length; i++)
        {
            Block last = joined is null ? given[i - 1] : joined[^1];
            if (last is { Kind: BlockKind.NumberedItem, Text.Length: 0 } && given[i].Kind == BlockKind.Paragraph)
            {
                joined ??= [.. given[..i]];
                last.Continue(given[i], "the words of a number that stands alone on the line before");
            }
            else
            {
                joined?.Add(given[i]);
            }
        }

        return joined ?? blocks;
    }

    /// <summary>
    /// Markdig drops a footnote definition no reference points at; the draft still holds its text, which RES402
    /// must report. Each "[^n]: …" line whose number no definition read has becomes a footnote text, its words
    /// read as they stand. A line some block already holds (a code block's line, a paragraph's) is that block's.
    /// </summary>
    /// <summary>
    /// Whether a block overlaps the line, given the blocks' starts in order and, for each, the furthest end of it and
    /// the blocks before it: only blocks starting before the line's end can, and the furthest of their ends says.
    /// </summary>
    private static bool IsHeld((int[] Starts, int[] FurthestEnds) held, TextSpan line)
    {
        // The number of blocks that start before the line's end.
        int low = 0;
        int high = held.Starts.Length;
        while (low < high)
        {
            int middle = (low + high) / 2;
            (low, high) = held.Starts[middle] < line.End ? (middle + 1, high) : (low, middle);
        }

        return low > 0 && held.FurthestEnds[low - 1] > line.Start;
    }

    private static (int[] Starts, int[] FurthestEnds) Held(List<Block> blocks)
    {
        int[] starts = new int[blocks.Count];
        int[] furthest = new int[blocks.Count];
        for (int i = 0; i < blocks.Count; i++)
        {
            (starts[i], furthest[i]) = (blocks[i].Span.Start, blocks[i].Span.End);
        }

        // Blocks that start together may come in any order: the furthest end after them all is the same.
        Array.Sort(starts, furthest);
        for (int i = 1; i < furthest.Length; i++)
        {
            furthest[i] = Math.Max(furthest[i], furthest[i - 1]);
        }

        return (starts, furthest);
    }

    /// <summary>How a footnote's definition opens its line: "[^1]: …".</summary>
    private const string DefinitionOpening = "[^";

    private static void AddUnreferencedDefinitions(SourceLines lines, List<Block> blocks)
    {
        // Every keystroke passes here: a text with no "[^" has no definition, and a line is measured only when it opens with one.
        string visible = lines.Text.Text;
        if (!lines.Text.Contains(DefinitionOpening))
        {
            return;
        }

        HashSet<int>? read = null;
        (int[] Starts, int[] FurthestEnds)? held = null;
        for (int line = 0; line < lines.Text.LineCount; line++)
        {
            int lineStart = lines.Text.LineStart(line);
            if (lines.Noise[line] is not null || !visible.AsSpan(lineStart).StartsWith(DefinitionOpening))
            {
                // Blanked (Markdig never saw it), or no definition.
                continue;
            }

            TextSpan span = lines.Text.LineSpan(line);
            int digits = span.Start + 2;
            int end = digits;
            int number = 0;
            while (end < span.End && end - digits < 4 && char.IsAsciiDigit(visible[end]))
            {
                number = (number * 10) + (visible[end] - '0');
                end++;
            }

            if (!(span.Length > 5 && visible[span.Start] == '[' && visible[span.Start + 1] == '^' && end > digits
                && end + 1 < span.End && visible[end] == ']' && visible[end + 1] == ':'))
            {
                continue;
            }

            // A number already read is skipped, held or not: most definitions are Markdig's own footnotes, and the blocks'
            // places are then never sorted. (The blocks added here end before the lines after them start: none holds those.)
            read ??= FootnoteNumbers(blocks);
            if (read.Contains(number))
            {
                continue;
            }

            held ??= Held(blocks);
            if (IsHeld(held.Value, span))
            {
                continue;
            }

            read.Add(number);

            int words = end + 2;
            while (words < span.End && visible[words] == ' ')
            {
                words++;
            }

            var raw = new RawText(span.End - words) { EndOffset = span.End };
            AppendUnescaped(raw, visible, words, span.End);
            blocks.Add(new Block(BlockKind.FootnoteText, raw, span)
            {
                Number = number,
                NumberText = visible[span.Start..(end + 2)],
                NumberSpan = TextSpan.FromBounds(span.Start, end + 2),
            });
        }
    }

    /// <summary>The numbers of the footnotes among the blocks (0 for one without).</summary>
    private static HashSet<int> FootnoteNumbers(List<Block> blocks)
    {
        var numbers = new HashSet<int>();
        foreach (Block block in CollectionsMarshal.AsSpan(blocks))
        {
            if (block.Kind == BlockKind.FootnoteText)
            {
                numbers.Add(block.Number ?? 0);
            }
        }

        return numbers;
    }

    /// <summary>A line's words as they stand but for Markdown's backslash escapes ("\\*" is "*"), which are no words.</summary>
    private static void AppendUnescaped(RawText raw, string visible, int start, int end)
    {
        int from = start;
        for (int i = start; i + 1 < end; i++)
        {
            if (visible[i] == '\\' && char.IsAscii(visible[i + 1]) && (char.IsPunctuation(visible[i + 1]) || char.IsSymbol(visible[i + 1])))
            {
                raw.AppendSource(visible, from, i, false);
                from = i + 1;
                i++;
            }
        }

        raw.AppendSource(visible, from, end, false);
    }

    /// <summary>
    /// The text from <paramref name="start"/> to <paramref name="end"/> with noise lines replaced by spaces, so Markdig never
    /// reads "* 1 7 1 7 7 9 9 *" as a list.
    /// </summary>
    /// <remarks>
    /// With <paramref name="rulesLeft"/>, noise lines were left as they stand, each a rule that <see cref="IsRuleBeforeNotes"/>
    /// finds read as a blank line is, when Markdig reads it as a thematic break of the document's own.
    /// </remarks>
    private static string BlankNoise(SourceLines lines, int start, int end, out bool rulesLeft)
    {
        string text = lines.Text.Text;
        int first = lines.Text.LineOf(start);
        int last = end > start ? lines.Text.LineOf(end - 1) : first - 1;
        bool noise = false;
        rulesLeft = false;
        for (int line = first; line <= last && !noise; line++)
        {
            if (lines.Noise[line] is not null)
            {
                noise = !IsRuleBeforeNotes(lines, first, last, line);
                rulesLeft = true;
            }
        }

        if (noise)
        {
            rulesLeft = false;
            return Blanked(lines, start, end);
        }

        return start == 0 && end == text.Length ? text : text[start..end];
    }

    /// <summary>Whether Markdig read each noise line from <paramref name="start"/> to <paramref name="end"/> as a thematic break outside any block.</summary>
    private static bool ReadAsBreaks(MarkdownDocument document, SourceLines lines, int start, int end)
    {
        int first = lines.Text.LineOf(start);
        int last = lines.Text.LineOf(end - 1);
        for (int line = first; line <= last; line++)
        {
            if (lines.Noise[line] is null)
            {
                continue;
            }

            int at = lines.Text.LineStart(line) - start;
            bool found = false;
            for (int i = document.Count - 1; i >= 0 && !found; i--)
            {
                found = document[i] is ThematicBreakBlock && document[i].Span.Start == at;
            }

            if (!found)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether Markdig reads the noise <paramref name="line"/> as it reads a blank one: a rule of underscores after a blank
    /// line, before the footnotes' definitions. Markdig takes it for a thematic break, which ends what a blank line ends,
    /// and the definition after it ends all else; the blocks read are the same, and the text need not be copied to blank
    /// the page's closing rule, the one noise line of most drafts.
    /// </summary>
    private static bool IsRuleBeforeNotes(SourceLines lines, int first, int last, int line)
    {
        SourceText text = lines.Text;
        ReadOnlySpan<char> rule = text.Text.AsSpan(text.LineStart(line), text.LineSpan(line).Length);
        if (rule.Length < 3 || rule.IndexOfAnyExcept('_') >= 0 || (line > first && !lines.IsBlank(line - 1)))
        {
            return false;
        }

        // An indented line before would be code, which takes in the blank lines after it, not a thematic break.
        int before = line - 1;
        while (before >= first && lines.Noise[before] is null && lines.IsBlank(before))
        {
            before--;
        }

        if (before >= first && (lines.Noise[before] is not null || text.Text[text.LineStart(before)] is ' ' or '\t'))
        {
            return false;
        }

        int next = line + 1;
        while (next <= last && lines.Noise[next] is null && lines.IsBlank(next))
        {
            next++;
        }

        return next <= last && lines.Noise[next] is null && text.Text.AsSpan(text.LineStart(next)).StartsWith(DefinitionOpening);
    }

    /// <summary>The text from <paramref name="start"/> to <paramref name="end"/> with every noise line blanked.</summary>
    /// <remarks>Internal so that a test can read a text so and find what the reading that leaves some noise finds.</remarks>
    internal static string Blanked(SourceLines lines, int start, int end)
    {
        int first = lines.Text.LineOf(start);
        int last = end > start ? lines.Text.LineOf(end - 1) : first - 1;
        return string.Create(end - start, (lines, start, first, last), static (chars, state) =>
        {
            (SourceLines lines, int start, int first, int last) = state;
            lines.Text.Text.AsSpan(start, chars.Length).CopyTo(chars);
            for (int line = first; line <= last; line++)
            {
                if (lines.Noise[line] is not null)
                {
                    TextSpan span = lines.Text.LineSpan(line);
                    int from = Math.Max(span.Start, start);
                    int to = Math.Min(span.End, start + chars.Length);
                    chars[(from - start)..(to - start)].Fill(' ');
                }
            }
        });
    }

    /// <summary>
    /// A block that follows footnote texts or noise stands after a page break: the block after each noise line, when the
    /// noise stands between it and the block before it. Found from the noise lines (a few), not from every block's lines.
    /// </summary>
    private static void MarkPageBreaks(List<Block> blocks, SourceLines lines)
    {
        SourceText text = lines.Text;
        for (int line = 0; line + 1 < lines.Noise.Length; line++)
        {
            if (lines.Noise[line] is null)
            {
                continue;
            }

            // The first block on a line after the noise, and the block before it, which must end on a line before the noise.
            int next = FirstStartingAt(blocks, text.LineStart(line + 1));
            if (next < blocks.Count && (next == 0 || Math.Max(blocks[next - 1].Span.Start, blocks[next - 1].Span.End - 1) < text.LineStart(line)))
            {
                blocks[next].AfterPageBreak = true;
            }
        }
    }

    /// <summary>The index of the first block (in text order) that starts at or after <paramref name="offset"/>.</summary>
    private static int FirstStartingAt(List<Block> blocks, int offset)
    {
        int low = 0;
        int high = blocks.Count;
        while (low < high)
        {
            int middle = (low + high) / 2;
            (low, high) = blocks[middle].Span.Start < offset ? (middle + 1, high) : (low, middle);
        }

        return low;
    }

    /// <summary>
    /// Whether the <paramref name="length"/> characters of <paramref name="text"/> from <paramref name="start"/> on are
    /// the source's at <paramref name="place"/> in the text Markdig <paramref name="read"/> from <paramref name="origin"/> on.
    /// Words Markdig left where they stand in the text it read are: that text is the source's but for its noise lines,
    /// blanked, which Markdig reads as blank lines, never as words. Others (a paragraph's lines joined in a string of
    /// Markdig's own) are compared.
    /// </summary>
    /// <remarks>Internal for tests.</remarks>
    internal static bool IsOneToOne(string source, int origin, string read, string text, int start, int length, SourceSpan place) =>
        place.Length == length && origin + place.End < source.Length + 1
        && ((ReferenceEquals(text, read) && start == place.Start) || string.CompareOrdinal(source, origin + place.Start, text, start, length) == 0);

    /// <summary>Reads Markdig's blocks of a document it read from the source's offset <paramref name="origin"/> on.</summary>
    private sealed class Reader(string source, List<Block> blocks, int origin, string read)
    {
        /// <summary>Some words stood in a string of Markdig's own: their places are not the text's.</summary>
        public bool Detached { get; private set; }

        /// <summary>The words read now are a heading's.</summary>
        private bool _inHeading;

        public void Visit(Markdig.Syntax.Block block)
        {
            switch (block)
            {
                case FootnoteGroup group:
                    foreach (Markdig.Syntax.Block footnote in group)
                    {
                        Visit(footnote);
                    }

                    break;
                case Footnote footnote:
                    ReadFootnoteDefinition(footnote);
                    break;
                case ListBlock { IsOrdered: true } list:
                    foreach (Markdig.Syntax.Block item in list)
                    {
                        if (item is ListItemBlock listItem)
                        {
                            ReadNumberedItem(listItem);
                        }
                    }

                    break;
                case ContainerBlock container:
                    foreach (Markdig.Syntax.Block child in container)
                    {
                        Visit(child);
                    }

                    break;
                case HeadingBlock heading when heading.Inline is not null:
                    blocks.Add(new Block(BlockKind.Heading, ReadInlines(heading.Inline, heading), SpanOf(heading)));
                    break;
                case LeafBlock { Inline: not null } leaf:
                    AddSplitAtLabels(BlockKind.Paragraph, ReadInlines(leaf.Inline, leaf), SpanOf(leaf));
                    break;
                case FencedCodeBlock fenced:
                    // The fences (``` or ~~~) are markup, not the drafter's words: the lines between them (all the rest,
                    // after a fence left open) are read as plain text reads lines, numbers included, so nothing is lost
                    // and a fix never numbers a paragraph twice.
                    for (int i = 0; i < fenced.Lines.Count; i++)
                    {
                        Markdig.Helpers.StringSlice line = fenced.Lines.Lines[i].Slice;
                        if (!line.IsEmptyOrWhitespace())
                        {
                            line.TrimStart();
                            line.TrimEnd();
                            blocks.Add(PlainTextReader.ReadLine(source, origin + line.Start, origin + line.End + 1, afterBlank: i == 0 || fenced.Lines.Lines[i - 1].Slice.IsEmptyOrWhitespace()));
                        }
                    }

                    break;
                case LeafBlock leaf when leaf is not HtmlBlock and not ThematicBreakBlock and not LinkReferenceDefinition:
                    // Code blocks and the like: keep their words as written, never lose text.
                    TextSpan span = SpanOf(leaf);
                    if (!span.IsEmpty)
                    {
                        var raw = new RawText();
                        raw.AppendSource(source, span.Start, span.End, italic: false);
                        AddSplitAtLabels(BlockKind.Paragraph, raw, span);
                    }

                    break;
            }
        }

        private void ReadNumberedItem(ListItemBlock item)
        {
            TextSpan itemSpan = SpanOf(item);
            int start = itemSpan.Start;
            while (start < itemSpan.End && char.IsWhiteSpace(source[start]))
            {
                start++;
            }

            int i = start;
            while (i < itemSpan.End && char.IsAsciiDigit(source[i]))
            {
                i++;
            }

            int numberEnd = Math.Min(i + 1, itemSpan.End);
            bool first = true;
            foreach (Markdig.Syntax.Block child in item)
            {
                if (first && child is LeafBlock { Inline: not null } leaf)
                {
                    RawText raw = ReadInlines(leaf.Inline, leaf);
                    TextSpan span = TextSpan.FromBounds(start, SpanOf(leaf).End);
                    int? number = i > start && i - start <= 9
                        ? int.Parse(source.AsSpan(start, i - start), System.Globalization.CultureInfo.InvariantCulture)
                        : null;
                    List<(RawText Text, TextSpan Span)>? parts = SplitAtLabels(raw, span);
                    (RawText firstText, TextSpan firstSpan) = parts?[0] ?? (raw, span);
                    blocks.Add(new Block(BlockKind.NumberedItem, firstText, firstSpan)
                    {
                        Number = number,
                        NumberText = source[start..numberEnd],
                        NumberSpan = TextSpan.FromBounds(start, numberEnd),
                    });
                    for (int part = 1; parts is not null && part < parts.Count; part++)
                    {
                        blocks.Add(new Block(BlockKind.Paragraph, parts[part].Text, parts[part].Span));
                    }
                }
                else
                {
                    Visit(child);
                }

                first = false;
            }

            if (first)
            {
                // "5." alone: an item with no words.
                var raw = new RawText { EndOffset = numberEnd };
                blocks.Add(new Block(BlockKind.NumberedItem, raw, TextSpan.FromBounds(start, numberEnd))
                {
                    Number = i > start && i - start <= 9 ? int.Parse(source.AsSpan(start, i - start), System.Globalization.CultureInfo.InvariantCulture) : null,
                    NumberText = source[start..numberEnd],
                    NumberSpan = TextSpan.FromBounds(start, numberEnd),
                });
            }
        }

        private void ReadFootnoteDefinition(Footnote footnote)
        {
            int number = int.TryParse(footnote.Label?.TrimStart('^'), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int n) ? n : footnote.Order;
            TextSpan whole = SpanOf(footnote);
            var raw = new RawText { EndOffset = whole.End };
            ReadNoteBlocks(footnote, raw);

            // The label "[^1]:" is the footnote's number; its text follows.
            int labelEnd = source.IndexOf(':', whole.Start, Math.Max(0, Math.Min(whole.Length, 40)));
            blocks.Add(new Block(BlockKind.FootnoteText, raw, whole)
            {
                Number = number,
                NumberText = labelEnd > whole.Start ? source[whole.Start..(labelEnd + 1)] : string.Empty,
                NumberSpan = labelEnd > whole.Start ? TextSpan.FromBounds(whole.Start, labelEnd + 1) : new TextSpan(whole.Start, 0),
            });
        }

        /// <summary>
        /// A note's words, its paragraphs a space apart. A note's text that Markdig reads as a list ("[^1]: * Reissued
        /// for technical reasons", the cover page's mark) keeps its bullet: it is the note's mark, a word of its text.
        /// </summary>
        private void ReadNoteBlocks(ContainerBlock container, RawText raw)
        {
            foreach (Markdig.Syntax.Block child in container)
            {
                if (child is LeafBlock { Inline: not null } leaf)
                {
                    // A leaf without words (an empty heading "#" the note took in) adds nothing, not even a space: Markdig
                    // places it nowhere in the source, and a space there would stand at no real offset.
                    RawText words = ReadInlines(leaf.Inline, leaf);
                    if (words.Length == 0)
                    {
                        continue;
                    }

                    if (raw.Length > 0)
                    {
                        raw.Append(' ', SpanOf(leaf).Start, false);
                    }

                    raw.AppendAll(words);
                }
                else if (child is ContainerBlock inner)
                {
                    if (inner is ListItemBlock item && item.Count > 0 && item.Span.Start >= 0)
                    {
                        int bullet = origin + item.Span.Start;
                        if (raw.Length > 0)
                        {
                            raw.Append(' ', bullet, false);
                        }

                        int bulletEnd = bullet;
                        while (bulletEnd < source.Length && !char.IsWhiteSpace(source[bulletEnd]))
                        {
                            bulletEnd++;
                        }

                        raw.AppendSource(source, bullet, bulletEnd, false);
                    }

                    ReadNoteBlocks(inner, raw);
                }
            }
        }

        private void AddSplitAtLabels(BlockKind kind, RawText raw, TextSpan span)
        {
            if (raw.Length == 0)
            {
                return;
            }

            if (SplitAtLabels(raw, span) is not { } parts)
            {
                blocks.Add(new Block(kind, raw, span));
                return;
            }

            foreach ((RawText text, TextSpan part) in parts)
            {
                blocks.Add(new Block(kind, text, part));
            }
        }

        /// <summary>
        /// Sub-paragraphs written on their own lines without blank lines between them are one Markdown
        /// paragraph; cut it where a line opens with a label such as "(a)" or with a footnote number. Null when no line
        /// does (most paragraphs): the paragraph is one block, and no list is made for it.
        /// </summary>
        private List<(RawText Text, TextSpan Span)>? SplitAtLabels(RawText raw, TextSpan span)
        {
            List<(RawText, TextSpan)>? parts = null;
            int partStart = 0;
            for (int i = LineBreakFrom(raw, 0); i >= 0; i = LineBreakFrom(raw, i + 1))
            {
                int next = i + 1;
                while (next < raw.Length && raw[next] is ' ' or '\t')
                {
                    next++;
                }

                if (next < raw.Length && (SubParagraphLabels.TryRead(raw, next, out _) || IsSuperscriptDigit(raw[next])))
                {
                    (parts ??= []).Add(Slice(raw, partStart, i));
                    partStart = next;
                }
            }

            if (parts is null)
            {
                return null;
            }

            parts.Add(Slice(raw, partStart, raw.Length));
            parts[0] = (parts[0].Item1, TextSpan.FromBounds(span.Start, parts[0].Item2.End));

            // The parts hold the characters now.
            raw.Release();
            return parts;
        }

        /// <summary>The next line break at or after <paramref name="from"/>, or -1; a vectorised search, as every paragraph is looked through.</summary>
        private static int LineBreakFrom(RawText raw, int from) => raw.Chars[from..].IndexOf('\n') is int found and >= 0 ? from + found : -1;

        private static (RawText, TextSpan) Slice(RawText raw, int start, int end)
        {
            var part = new RawText();
            part.AppendRange(raw, start, end);
            int spanStart = end > start ? raw.OffsetAt(start) : 0;
            int spanEnd = end > start ? raw.OffsetAt(end - 1) + 1 : 0;
            part.EndOffset = spanEnd;
            return (part, TextSpan.FromBounds(spanStart, spanEnd));
        }

        private RawText ReadInlines(ContainerInline container, LeafBlock leaf)
        {
            _inHeading = leaf is HeadingBlock;
            // The words are about as long as the source they are read from: one allocation per block.
            var raw = new RawText(leaf.Span.Length + 1);
            ReadInline(container, raw, italic: false);
            return ItaliciseLoneMarks(raw);
        }

        /// <summary>
        /// "…discrimination*,*": a converter that italicises a mark after an italic word writes the mark between
        /// asterisks, which CommonMark cannot read as emphasis after a letter, so they stay as literal asterisks. The
        /// drafter's text is the mark, in italics: the asterisks are taken out.
        /// </summary>
        private RawText ItaliciseLoneMarks(RawText raw)
        {
            List<int>? delimiters = null;
            for (int i = 0; i + 2 < raw.Length; i++)
            {
                // Only an asterisk or an underscore can open such a mark: a vectorised search for the next.
                int mark = raw.Chars[i..^2].IndexOfAny('*', '_');
                if (mark < 0)
                {
                    break;
                }

                i += mark;
                if (IsLiteralDelimiter(raw, i) && Roles.PunctuationOf.IsClosingMark(raw[i + 1]) && raw[i + 2] == raw[i] && IsLiteralDelimiter(raw, i + 2))
                {
                    (delimiters ??= []).Add(i);
                    i += 2;
                }
            }

            if (delimiters is null)
            {
                return raw;
            }

            // Each character's index in the new reading (the index of the mark for a removed asterisk), so the markers follow.
            var read = new RawText(raw.Length);
            var moved = new int[raw.Length + 1];
            int next = 0;
            for (int i = 0; i < raw.Length; i++)
            {
                if (next < delimiters.Count && i == delimiters[next])
                {
                    moved[i] = read.Length;
                    moved[i + 1] = read.Length;
                    read.Append(raw[i + 1], raw.OffsetAt(i + 1), italic: true);
                    moved[i + 2] = read.Length;
                    i += 2;
                    next++;
                    continue;
                }

                moved[i] = read.Length;
                read.Append(raw[i], raw.OffsetAt(i), raw.IsItalicAt(i));
            }

            moved[raw.Length] = read.Length;
            foreach (RawMarker marker in raw.Markers)
            {
                read.AddMarker(marker with { Index = moved[marker.Index] });
            }

            read.EndOffset = raw.EndOffset;
            raw.Release();
            return read;
        }

        /// <summary>An asterisk or underscore typed as such in the source (not escaped, not from an entity).</summary>
        private bool IsLiteralDelimiter(RawText raw, int index)
        {
            char c = raw[index];
            if (c is not ('*' or '_'))
            {
                return false;
            }

            int offset = raw.OffsetAt(index);
            return offset < source.Length && source[offset] == c && (offset == 0 || source[offset - 1] != '\\');
        }

        private void ReadInline(Inline inline, RawText raw, bool italic)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    bool oneToOne = AppendSlice(raw, literal.Content.Text, literal.Content.Start, literal.Content.Length, literal.Span, italic);

                    // A paragraph of several lines is read into a string of Markdig's own, its places still the text's; a
                    // heading whose "#" a tab follows is too, but its places count from that string's start.
                    Detached |= !ReferenceEquals(literal.Content.Text, read) && (!oneToOne || _inHeading);
                    break;
                case EmphasisInline emphasis:
                    bool isItalic = italic || emphasis.DelimiterCount % 2 == 1;
                    foreach (Inline child in emphasis)
                    {
                        ReadInline(child, raw, isItalic);
                    }

                    break;
                case FootnoteLink { IsBackLink: false } link:
                    int number = int.TryParse(link.Footnote?.Label?.TrimStart('^'), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int n) ? n : link.Footnote?.Order ?? link.Index + 1;
                    AddGluedMarkers(raw, link.Span);
                    raw.AddMarker(new RawMarker(raw.Length, 0, number, MarkerForm.Markdown) { SourceSpan = LastLabel(link.Span) });
                    break;
                case CodeInline code:
                    AppendSlice(raw, code.Content, 0, code.Content.Length, code.Span, italic);
                    break;
                case LineBreakInline lineBreak:
                    raw.Append('\n', origin + lineBreak.Span.Start, italic);
                    break;
                case HtmlEntityInline entity:
                    AppendSlice(raw, entity.Transcoded.Text, entity.Transcoded.Start, entity.Transcoded.Length, entity.Span, italic);
                    break;
                case HtmlInline:
                    break;
                case DelimiterInline delimiter:
                    // An unmatched "[" stays a delimiter in Markdig's tree: its characters are still the draft's text.
                    string delimiterText = delimiter.ToLiteral();
                    AppendSlice(raw, delimiterText, 0, delimiterText.Length, delimiter.Span, italic);
                    foreach (Inline child in delimiter)
                    {
                        ReadInline(child, raw, italic);
                    }

                    break;
                case ContainerInline container:
                    foreach (Inline child in container)
                    {
                        ReadInline(child, raw, italic);
                    }

                    break;
            }
        }

        /// <summary>
        /// Markdig reads "[^3][^4]" (two markers side by side) as one link, the first label its text and the second its
        /// reference: the markers before the last are added here, each with its own label's number and place.
        /// </summary>
        private void AddGluedMarkers(RawText raw, SourceSpan link)
        {
            int at = origin + link.Start;
            TextSpan last = LastLabel(link);
            while (at < last.Start && LabelAt(at) is { } label)
            {
                raw.AddMarker(new RawMarker(raw.Length, 0, label.Number, MarkerForm.Markdown) { SourceSpan = label.Span });
                at = label.Span.End;
            }
        }

        /// <summary>The last "[^n]" of a footnote link's source (the whole link when it is one label), in the source's offsets.</summary>
        private TextSpan LastLabel(SourceSpan link)
        {
            int first = origin + link.Start;
            int end = origin + link.End;
            int start = link.End >= 0 && end < source.Length ? source.LastIndexOf("[^", end, end - first + 1, StringComparison.Ordinal) : -1;
            return start > first ? TextSpan.FromBounds(start, end + 1) : new TextSpan(first, link.Length);
        }

        /// <summary>A footnote label "[^12]" with a number at <paramref name="at"/>; null for anything else.</summary>
        private (int Number, TextSpan Span)? LabelAt(int at)
        {
            int digits = at + 2;
            int end = digits;
            while (end < source.Length && end - digits < 4 && char.IsAsciiDigit(source[end]))
            {
                end++;
            }

            return digits < source.Length && source[at] == '[' && source[at + 1] == '^' && end > digits && end < source.Length && source[end] == ']'
                ? (int.Parse(source.AsSpan(digits, end - digits), System.Globalization.CultureInfo.InvariantCulture), TextSpan.FromBounds(at, end + 1))
                : null;
        }

        /// <summary>
        /// Adds characters with their source offsets. When the source run is as long as the text the map is
        /// one to one; otherwise (an escape, an entity) every character maps to the end of the run. True when one to one.
        /// </summary>
        private bool AppendSlice(RawText raw, string text, int start, int length, SourceSpan place, bool italic)
        {
            if (length <= 0 || place.Start < 0)
            {
                return true;
            }

            var span = new SourceSpan(origin + place.Start, origin + place.End);
            if (IsOneToOne(source, origin, read, text, start, length, place))
            {
                raw.AppendRun(text.AsSpan(start, length), span.Start, italic);
                return true;
            }

            for (int i = 0; i < length; i++)
            {
                int offset = Math.Max(span.Start, span.End - length + 1 + i);
                raw.Append(text[start + i], Math.Min(offset, Math.Max(0, source.Length - 1)), italic);
            }

            return false;
        }

        private TextSpan SpanOf(Markdig.Syntax.Block block)
        {
            int start = Math.Clamp(origin + block.Span.Start, 0, source.Length);
            int end = Math.Clamp(origin + block.Span.End + 1, start, source.Length);
            while (end > start && char.IsWhiteSpace(source[end - 1]))
            {
                end--;
            }

            return TextSpan.FromBounds(start, end);
        }
    }

    public static bool IsSuperscriptDigit(char c) => SuperscriptDigits.ValueOf(c) >= 0;
}
