using System.Text.RegularExpressions;
using Resolint.Core.Text;

namespace Resolint.Accuracy.Slips;

/// <summary>A run of non-blank lines: its place in the text (offsets, 1-based lines) and its text.</summary>
public sealed record Block(int Start, int End, int FirstLine, int LastLine, string Text)
{
    /// <summary>The offset of the block's last non-blank character.</summary>
    public int LastCharAt => Start + Text.TrimEnd().Length - 1;

    public char LastChar => Text.TrimEnd() is { Length: > 0 } t ? t[^1] : '\0';
}

/// <summary>An operative paragraph of the main run: its block and its number.</summary>
public sealed record Operative(Block Block, int Number, int NumberAt, int NumberLength);

/// <summary>A footnote text after the separator line: its number and its line's block.</summary>
public sealed record FootnoteText(int Number, Block Block);

/// <summary>
/// The injector's own plain reading of an adopted text, independent of the engine's parser, so that recall
/// is measured against what the text is, not against what the parser reads: blocks separated by blank lines
/// or opened by a tab,
/// the organ line, the preambular paragraphs, the main run of operative paragraphs numbered from 1,
/// sub-paragraphs, the footnote markers and texts, the closing lines. A slip is injected only where this reading
/// is sure of its place.
/// </summary>
public sealed partial class Layout
{
    private readonly Lazy<SourceText> _source;

    private Layout(string text, bool markdown)
    {
        Text = text;
        IsMarkdown = markdown;
        _source = new Lazy<SourceText>(() => SourceText.From(text));
        Blocks = ReadBlocks(text);
        int separator = Blocks.FindIndex(b => FootnoteSeparator().IsMatch(b.Text));
        int bodyEnd = separator < 0 ? Blocks.Count : separator;
        OrganLine = Blocks.Take(bodyEnd).FirstOrDefault(b => OrganLinePattern().IsMatch(b.Text.Trim()));
        int organ = OrganLine is null ? -1 : Blocks.IndexOf(OrganLine);
        int meeting = Blocks.FindIndex(organ + 1, b => MeetingLinePattern().IsMatch(b.Text));
        Closing = meeting >= 0 && meeting < bodyEnd ? Blocks[meeting] : null;
        bodyEnd = Closing is null ? bodyEnd : meeting;

        int bodyStart = organ + 1;
        Body = OrganLine is null ? [] : Blocks.Skip(bodyStart).Take(Math.Max(0, bodyEnd - bodyStart)).ToList();
        Operatives = ReadOperativeRun(Body);
        int firstOperative = Operatives.Count == 0 ? Body.Count : Body.IndexOf(Operatives[0].Block);
        Preambular = Body.Take(firstOperative).Where(b => char.IsLetter(OpeningWord(b.Text).FirstOrDefault()) && b.LastChar == ',').ToList();
        FootnoteTexts = separator < 0 ? [] : ReadFootnoteTexts(Blocks.Skip(separator + 1));
    }

    public string Text { get; }

    public bool IsMarkdown { get; }

    public List<Block> Blocks { get; }

    /// <summary>"The General Assembly," and the like; null where the text has none this reading knows.</summary>
    public Block? OrganLine { get; }

    /// <summary>The first block of the closing lines ("41st plenary meeting"), if the text has one.</summary>
    public Block? Closing { get; }

    /// <summary>The blocks between the organ line and the closing lines or footnotes.</summary>
    public List<Block> Body { get; }

    public List<Block> Preambular { get; }

    /// <summary>The operative paragraphs numbered 1, 2, 3 … from the first, until the numbering starts again (a part B, an annex).</summary>
    public List<Operative> Operatives { get; }

    public List<FootnoteText> FootnoteTexts { get; }

    public static Layout Read(string text, bool markdown) => new(text, markdown);

    /// <summary>The line (1-based) an offset stands on.</summary>
    public int LineOf(int offset) => _source.Value.LineOf(offset) + 1;

    /// <summary>The block that holds an offset, if any.</summary>
    public Block? BlockAt(int offset) => Blocks.FirstOrDefault(b => b.Start <= offset && offset <= b.End);

    /// <summary>The opening word of a paragraph, past its number and italics ("1. *Also requests*" gives "Also").</summary>
    public static string OpeningWord(string paragraph) => OpeningWordPattern().Match(paragraph) is { Success: true } m ? m.Groups["word"].Value : string.Empty;

    /// <summary>Where the opening word of a paragraph starts within it, or -1.</summary>
    public static int OpeningWordAt(string paragraph) => OpeningWordPattern().Match(paragraph) is { Success: true } m ? m.Groups["word"].Index : -1;

    /// <summary>The offset of footnote marker <paramref name="number"/> in the body, if it stands there exactly once and no glued marker may repeat it.</summary>
    public int? SoleMarker(int number)
    {
        string marker = IsMarkdown ? $"[^{number}]" : Superscript(number);
        int bodyEnd = FootnoteTexts.Count > 0 ? FootnoteTexts[0].Block.Start : Text.Length;
        var found = new List<int>();
        for (int at = Text.IndexOf(marker, StringComparison.Ordinal); at >= 0 && at < bodyEnd; at = Text.IndexOf(marker, at + 1, StringComparison.Ordinal))
        {
            bool alone = IsMarkdown
                ? at + marker.Length >= Text.Length || Text[at + marker.Length] != ':'
                : (at == 0 || !IsSuperscriptDigit(Text[at - 1])) && (at + marker.Length >= Text.Length || !IsSuperscriptDigit(Text[at + marker.Length]));
            if (alone)
            {
                found.Add(at);
            }
        }

        // A plain marker glued after a mark ("the report of the Office;1") may point at the same note again: removing the
        // other marker would leave the note referenced, which is no slip at all.
        return found.Count == 1 && !GluedNumbers(bodyEnd).Contains(number) ? found[0] : null;
    }

    private HashSet<int>? _gluedNumbers;

    /// <summary>The numbers glued after a mark in the body ("Office;1"), read once.</summary>
    private HashSet<int> GluedNumbers(int bodyEnd) =>
        _gluedNumbers ??= GluedNumber().Matches(Text[..bodyEnd]).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToHashSet();

    [GeneratedRegex(@"[,;.:)](\d{1,4})(?=\s|$)", RegexOptions.Multiline)]
    private static partial Regex GluedNumber();

    public static string Superscript(int number) => string.Concat(number.ToString(System.Globalization.CultureInfo.InvariantCulture).Select(d => SuperscriptDigits[d - '0']));

    private const string SuperscriptDigits = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    private static bool IsSuperscriptDigit(char c) => SuperscriptDigits.Contains(c, StringComparison.Ordinal);

    private static List<Block> ReadBlocks(string text)
    {
        var blocks = new List<Block>();
        int line = 1, start = -1, firstLine = 0, lastEnd = 0, lastLine = 0;
        for (int at = 0; at <= text.Length;)
        {
            int end = text.IndexOf('\n', at);
            if (end < 0)
            {
                end = text.Length;
            }

            bool blank = string.IsNullOrWhiteSpace(text[at..end]);

            // A tab-indented line opens a paragraph of its own (text extracted from a PDF, one paragraph a line).
            if (!blank && start >= 0 && text[at] == '\t')
            {
                blocks.Add(new Block(start, lastEnd, firstLine, lastLine, text[start..lastEnd]));
                start = -1;
            }

            if (!blank && start < 0)
            {
                start = at;
                firstLine = line;
            }

            if (!blank)
            {
                lastEnd = end;
                lastLine = line;
            }

            if ((blank || end == text.Length) && start >= 0)
            {
                blocks.Add(new Block(start, lastEnd, firstLine, lastLine, text[start..lastEnd]));
                start = -1;
            }

            at = end + 1;
            line++;
        }

        return blocks;
    }

    private static List<Operative> ReadOperativeRun(List<Block> body)
    {
        var run = new List<Operative>();
        foreach (Block block in body)
        {
            if (OperativeNumber().Match(block.Text) is not { Success: true } m)
            {
                if (run.Count > 0 && AnnexHeading().IsMatch(block.Text))
                {
                    break;
                }

                continue;
            }

            int number = int.Parse(m.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture);
            if (number == run.Count + 1)
            {
                run.Add(new Operative(block, number, block.Start + m.Groups["n"].Index, m.Groups["n"].Length));
            }
            else if (run.Count > 0)
            {
                break;
            }
        }

        return run;
    }

    private static List<FootnoteText> ReadFootnoteTexts(IEnumerable<Block> blocks)
    {
        var notes = new List<FootnoteText>();
        foreach (Block block in blocks)
        {
            // A block may hold several footnote texts, one a line.
            int at = block.Start;
            int line = block.FirstLine;
            foreach (string lineText in block.Text.Split('\n'))
            {
                if (FootnoteTextStart().Match(lineText) is { Success: true } m)
                {
                    string digits = m.Groups["plain"].Success ? m.Groups["plain"].Value : string.Concat(m.Groups["sup"].Value.Select(c => (char)('0' + SuperscriptDigits.IndexOf(c, StringComparison.Ordinal))));
                    notes.Add(new FootnoteText(int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture), new Block(at, at + lineText.Length, line, line, lineText)));
                }

                at += lineText.Length + 1;
                line++;
            }
        }

        return notes;
    }

    [GeneratedRegex(@"^_{5,}\s*$")]
    private static partial Regex FootnoteSeparator();

    [GeneratedRegex(@"^\*?The [A-Z][\w\-]*(?: [\w\-]+){0,6} (?:Assembly|Council|Commission|Conference|Board|Committee)\*?,\*?$")]
    private static partial Regex OrganLinePattern();

    [GeneratedRegex(@"^\s*\*?(?:\d+(?:st|nd|rd|th) (?:\(resumed\) )?(?:plenary )?meeting\b|Adopted (?:unanimously )?at the\b)", RegexOptions.IgnoreCase)]
    private static partial Regex MeetingLinePattern();

    [GeneratedRegex(@"^\s*(?<n>\d{1,3})\.[ \t]+\S")]
    private static partial Regex OperativeNumber();

    [GeneratedRegex(@"^\s*\**(?:Annex|ANNEX|Appendix)\b")]
    private static partial Regex AnnexHeading();

    [GeneratedRegex(@"^\s*(?:\d{1,3}\.[ \t]+)?\**(?<word>[A-Za-z][a-z\-]*)")]
    private static partial Regex OpeningWordPattern();

    [GeneratedRegex(@"^(?:\[\^(?<plain>\d+)\]:|(?<sup>[⁰¹²³⁴⁵⁶⁷⁸⁹]+))[ \t]")]
    private static partial Regex FootnoteTextStart();
}
