namespace Resolint.Core.Text;

/// <summary>A run of UTF-16 code units in a source text: [Start, Start + Length).</summary>
public readonly record struct TextSpan(int Start, int Length)
{
    public int End => Start + Length;

    public bool IsEmpty => Length == 0;

    public static TextSpan FromBounds(int start, int end) => new(start, Math.Max(0, end - start));

    public bool Contains(int offset) => offset >= Start && offset < End;

    /// <summary>True when the offset lies inside or touches either end (a cursor at the end of a word is "on" it).</summary>
    public bool Touches(int offset) => offset >= Start && offset <= End;

    public bool OverlapsWith(TextSpan other) => Start < other.End && other.Start < End;

    /// <summary>The same span <paramref name="delta"/> code units further on.</summary>
    public TextSpan Shifted(int delta) => new(Start + delta, Length);

    public override string ToString() => $"[{Start}..{End})";
}

/// <summary>A 0-based line and a 0-based UTF-16 column, as LSP counts them.</summary>
public readonly record struct LinePosition(int Line, int Character) : IComparable<LinePosition>
{
    public int CompareTo(LinePosition other) =>
        Line != other.Line ? Line.CompareTo(other.Line) : Character.CompareTo(other.Character);

    public override string ToString() => $"{Line}:{Character}";
}

/// <summary>A start and end position (end exclusive), as LSP's Range.</summary>
public readonly record struct SourceRange(LinePosition Start, LinePosition End)
{
    public override string ToString() => $"{Start}-{End}";
}

/// <summary>Replace the text of a span with new text.</summary>
public sealed record TextEdit(TextSpan Span, string NewText);
