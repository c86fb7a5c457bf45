using System.Runtime.InteropServices;
using Resolint.Core.Text;

namespace Resolint.Core.Parsing;

internal enum BlockKind
{
    /// <summary>A paragraph of running text.</summary>
    Paragraph,

    /// <summary>A numbered item: "1.<TAB>Decides", "1. *Decides*".</summary>
    NumberedItem,

    /// <summary>A footnote text: "1 See …", "¹ A/HRC/34/24.", "[^1]: …".</summary>
    FootnoteText,

    /// <summary>A Markdown heading ("# 74/156. Title", "## Participation").</summary>
    Heading,
}

/// <summary>A block of the draft as the readers cut it, before the parser says what it is.</summary>
internal sealed class Block
{
    public Block(BlockKind kind, RawText text, TextSpan span)
    {
        Kind = kind;
        Text = text;
        Span = span;
    }

    public BlockKind Kind { get; set; }

    public RawText Text { get; }

    /// <summary>From the first segment's start to the last segment's end.</summary>
    public TextSpan Span { get; private set; }

    /// <summary>The pieces of the block's text, one unless it took in others (<see cref="Continue"/>).</summary>
    public IReadOnlyList<TextSpan> Segments => (IReadOnlyList<TextSpan>?)_segments ?? [Span];

    /// <summary>The pieces when the block took in others; null when it is one piece, <see cref="Span"/>.</summary>
    public IReadOnlyList<TextSpan>? Pieces => _segments;

    /// <summary>Made when the first block is taken in: a block is lent anew on every keystroke, and most stay one piece.</summary>
    private List<TextSpan>? _segments;

    /// <summary>For numbered items: the number as written ("12."), its value and where it stands.</summary>
    public string NumberText { get; init; } = string.Empty;

    public int? Number { get; init; }

    public TextSpan NumberSpan { get; init; }

    /// <summary>True when a page break (footnote texts or production noise) stands just before this block.</summary>
    public bool AfterPageBreak { get; set; }

    /// <summary>The blocks taken in by <see cref="Continue"/>, and why each carries this one on.</summary>
    /// <remarks>A span: the parse asks every block's on every keystroke, most of them empty, and a list's enumerator would be an interface call each.</remarks>
    public ReadOnlySpan<(TextSpan Span, string Reason)> Joined => CollectionsMarshal.AsSpan(_joined);

    /// <summary>Made when the first block is taken in: most blocks take in none.</summary>
    private List<(TextSpan Span, string Reason)>? _joined;

    /// <summary>True when a blank line stands just before this block (plain text; Markdown's paragraphs are Markdig's).</summary>
    public bool AfterBlank { get; init; }

    /// <summary>
    /// A copy of a block as a reader cut it standing <paramref name="delta"/> code units further on: the parser changes the
    /// blocks it is given, so a block kept from an earlier version is lent as a copy. The plain-text reader joins a number
    /// alone on its line to the words on the next, so what it took in is lent with it.
    /// </summary>
    public Block Shifted(int delta)
    {
        var copy = new Block(Kind, Text.Lent(delta), Span.Shifted(delta))
        {
            NumberText = NumberText,
            Number = Number,
            NumberSpan = Kind is BlockKind.NumberedItem or BlockKind.FootnoteText ? NumberSpan.Shifted(delta) : NumberSpan,
            AfterBlank = AfterBlank,
            AfterPageBreak = AfterPageBreak,
        };
        if (_joined is not null)
        {
            copy._joined = ShiftedAll(_joined, delta, static (joined, by) => (joined.Span.Shifted(by), joined.Reason));
            copy._segments = _segments is null ? null : ShiftedAll(_segments, delta, static (segment, by) => segment.Shifted(by));
        }

        return copy;
    }

    // Static lambdas given delta, not lambdas over it: those would make their closure on every block lent, joined or not.
    private static List<T> ShiftedAll<T>(List<T> items, int delta, Func<T, int, T> shift)
    {
        var shifted = new List<T>(items.Count);
        foreach (T item in items)
        {
            shifted.Add(shift(item, delta));
        }

        return shifted;
    }

    /// <summary>Takes in a block that continues this one (a hard-wrapped line, the rest of a paragraph after a page break).</summary>
    public void Continue(Block next, string reason)
    {
        _joined ??= [];
        _joined.Add((next.Span, reason));
        _joined.AddRange(next.Joined);
        if (Text.Length > 0)
        {
            Text.Append(' ', next.Span.Start, false);
        }

        Text.AppendAll(next.Text);
        _segments ??= [Span];
        _segments.AddRange(next.Segments);
        Span = TextSpan.FromBounds(Span.Start, next.Span.End);
    }
}
