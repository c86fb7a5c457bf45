using Resolint.Core.Text;

namespace Resolint.Core.Drafts;

/// <summary>
/// The words of a paragraph or footnote as a reader sees them: Markdown syntax, footnote markers and page
/// breaks removed, line breaks inside the paragraph folded to single spaces. Every character remembers
/// where it stands in the source, so what is found in the words can be reported at its exact place.
/// </summary>
public sealed class InlineText
{
    /// <summary>The source offsets of the characters and of the end (at <see cref="Length"/>), as runs.</summary>
    private readonly OffsetRun[] _runs;

    /// <summary>Added to every source offset: the same words reused where an edit before them moved them.</summary>
    private readonly int _shift;

    /// <param name="text">The reader's text.</param>
    /// <param name="sourceOffsets">For each character, its source offset; one more entry for the source end.</param>
    /// <param name="italics">Italic runs, in the reader's text.</param>
    public InlineText(string text, int[] sourceOffsets, IReadOnlyList<TextSpan> italics)
        : this(text, RunsOf(sourceOffsets), italics)
    {
        if (sourceOffsets.Length != text.Length + 1)
        {
            throw new ArgumentException("One source offset per character, plus the end.", nameof(sourceOffsets));
        }
    }

    /// <param name="runs">The source offsets of the characters and of the end, as runs.</param>
    internal InlineText(string text, OffsetRun[] runs, IReadOnlyList<TextSpan> italics)
    {
        Text = text;
        _runs = runs;
        Italics = italics;
    }

    private InlineText(InlineText words, int shift)
    {
        Text = words.Text;
        _runs = words._runs;
        Italics = words.Italics;
        _shift = shift;
    }

    private static OffsetRun[] RunsOf(int[] sourceOffsets)
    {
        var runs = new OffsetRun[Math.Min(sourceOffsets.Length, 4)];
        int count = 0;
        for (int i = 0; i < sourceOffsets.Length; i++)
        {
            OffsetRuns.Add(ref runs, ref count, i, sourceOffsets[i]);
        }

        return runs.AsSpan(0, count).ToArray();
    }

    public static InlineText Empty(int sourceOffset) => new(string.Empty, [new OffsetRun(0, sourceOffset)], []);

    public string Text { get; }

    /// <summary>Italic runs in <see cref="Text"/> coordinates.</summary>
    public IReadOnlyList<TextSpan> Italics { get; }

    public int Length => Text.Length;

    /// <summary>Where a character of the reader's text stands in the source.</summary>
    public int ToSourceOffset(int index) => OffsetAt(Math.Clamp(index, 0, Text.Length)) + _shift;

    /// <summary>The unshifted source offset of position <paramref name="index"/> (0 to <see cref="Length"/>).</summary>
    private int OffsetAt(int index) => OffsetRuns.SourceAt(_runs, index);

    /// <summary>The same words standing <paramref name="delta"/> characters further on in the source.</summary>
    internal InlineText Shifted(int delta) => delta == 0 ? this : new InlineText(this, _shift + delta);

    /// <summary>True when these are <paramref name="words"/> standing <paramref name="delta"/> characters further on (<see cref="Shifted"/>).</summary>
    internal bool IsShiftOf(InlineText words, int delta) =>
        ReferenceEquals(_runs, words._runs) && ReferenceEquals(Text, words.Text) && ReferenceEquals(Italics, words.Italics) && _shift == words._shift + delta;

    /// <summary>
    /// True when <paramref name="other"/> holds the same words, italics and source offsets relative to its first
    /// character as these, wherever each stands: what is found in one is found in the other, moved.
    /// </summary>
    internal bool ReadsAs(InlineText other)
    {
        if (ReferenceEquals(_runs, other._runs))
        {
            // The same words reused by the parse cache, perhaps shifted.
            return ReferenceEquals(Text, other.Text) && ReferenceEquals(Italics, other.Italics);
        }

        if (!string.Equals(Text, other.Text, StringComparison.Ordinal) || Italics.Count != other.Italics.Count)
        {
            return false;
        }

        for (int i = 0; i < Italics.Count; i++)
        {
            if (Italics[i] != other.Italics[i])
            {
                return false;
            }
        }

        int delta = other.ToSourceOffset(0) - ToSourceOffset(0);
        return OffsetRuns.Same(_runs, Length + 1, 0, other._runs, other.Length + 1, 0, Length + 1, _shift + delta - other._shift);
    }

    /// <summary>
    /// The source span that holds a run of the reader's text: from its first character to just after its
    /// last, so Markdown syntax inside the run is included and syntax around it is not.
    /// </summary>
    public TextSpan ToSource(TextSpan span)
    {
        int start = Math.Clamp(span.Start, 0, Text.Length);
        int end = Math.Clamp(span.End, start, Text.Length);
        if (end == start)
        {
            int at = OffsetAt(start) + _shift;
            return new TextSpan(at, 0);
        }

        return TextSpan.FromBounds(OffsetAt(start) + _shift, OffsetAt(end - 1) + 1 + _shift);
    }

    /// <summary>The index in the reader's text of a source offset, or -1 when the offset is not one of its characters.</summary>
    public int FromSourceOffset(int sourceOffset)
    {
        int index = Search(sourceOffset - _shift);
        return index >= 0 ? index : -1;
    }

    /// <summary>
    /// The index in the reader's text of the first character at or after a source offset (<see cref="Length"/> when none
    /// is): where something that stood there in the source, and was removed from the words (a footnote marker), goes.
    /// </summary>
    public int IndexAtOrAfter(int sourceOffset)
    {
        int index = Search(sourceOffset - _shift);
        return index >= 0 ? index : ~index;
    }

    /// <summary>
    /// The characters' offsets searched for <paramref name="offset"/> as <see cref="Array.BinarySearch{T}(T[], int, int, T)"/>
    /// searches an array of them (the same index among equal offsets): the index, or the complement of where it would go.
    /// </summary>
    private int Search(int offset)
    {
        int low = 0;
        int high = Text.Length - 1;
        while (low <= high)
        {
            int middle = low + ((high - low) >> 1);
            int at = OffsetAt(middle);
            if (at == offset)
            {
                return middle;
            }

            (low, high) = at < offset ? (middle + 1, high) : (low, middle - 1);
        }

        return ~low;
    }

    /// <summary>True when every letter of the run lies inside an italic run.</summary>
    public bool IsItalic(TextSpan span)
    {
        for (int i = span.Start; i < span.End && i < Text.Length; i++)
        {
            if (!char.IsLetter(Text[i]))
            {
                continue;
            }

            // Indexed, not enumerated: asked for every letter of every opening, an enumerator each time was a fifth of a keystroke's garbage.
            int end = -1;
            IReadOnlyList<TextSpan> italics = Italics;
            for (int run = 0; run < italics.Count; run++)
            {
                if (italics[run].Contains(i))
                {
                    end = italics[run].End;
                    break;
                }
            }

            if (end < 0)
            {
                return false;
            }

            // The letters up to the run's end lie inside it: the runs are looked through once per run, not once per letter.
            i = end - 1;
        }

        return span.Length > 0;
    }

    /// <summary>
    /// Index of the last character that is neither white space nor an invisible format character (a
    /// left-to-right mark a converter left after the comma), or -1.
    /// </summary>
    public int LastVisibleIndex()
    {
        for (int i = Text.Length - 1; i >= 0; i--)
        {
            if (!char.IsWhiteSpace(Text[i]) && char.GetUnicodeCategory(Text[i]) != System.Globalization.UnicodeCategory.Format)
            {
                return i;
            }
        }

        return -1;
    }

    public override string ToString() => Text;
}
