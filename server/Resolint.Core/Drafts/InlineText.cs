using Resolint.Core.Text;

namespace Resolint.Core.Drafts;

/// <summary>
/// The words of a paragraph or footnote as a reader sees them: Markdown syntax, footnote markers and page
/// breaks removed, line breaks inside the paragraph folded to single spaces. Every character remembers
/// where it stands in the source, so what is found in the words can be reported at its exact place.
/// </summary>
public sealed class InlineText
{
    private readonly int[] _sourceOffsets;

    /// <summary>Added to every source offset: the same words reused where an edit before them moved them.</summary>
    private readonly int _shift;

    /// <param name="text">The reader's text.</param>
    /// <param name="sourceOffsets">For each character, its source offset; one more entry for the source end.</param>
    /// <param name="italics">Italic runs, in the reader's text.</param>
    public InlineText(string text, int[] sourceOffsets, IReadOnlyList<TextSpan> italics)
    {
        if (sourceOffsets.Length != text.Length + 1)
        {
            throw new ArgumentException("One source offset per character, plus the end.", nameof(sourceOffsets));
        }

        Text = text;
        _sourceOffsets = sourceOffsets;
        Italics = italics;
    }

    private InlineText(InlineText words, int shift)
    {
        Text = words.Text;
        _sourceOffsets = words._sourceOffsets;
        Italics = words.Italics;
        _shift = shift;
    }

    public static InlineText Empty(int sourceOffset) => new(string.Empty, [sourceOffset], []);

    public string Text { get; }

    /// <summary>Italic runs in <see cref="Text"/> coordinates.</summary>
    public IReadOnlyList<TextSpan> Italics { get; }

    public int Length => Text.Length;

    /// <summary>Where a character of the reader's text stands in the source.</summary>
    public int ToSourceOffset(int index) => _sourceOffsets[Math.Clamp(index, 0, Text.Length)] + _shift;

    /// <summary>The same words standing <paramref name="delta"/> characters further on in the source.</summary>
    internal InlineText Shifted(int delta) => delta == 0 ? this : new InlineText(this, _shift + delta);

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
            int at = _sourceOffsets[start] + _shift;
            return new TextSpan(at, 0);
        }

        return TextSpan.FromBounds(_sourceOffsets[start] + _shift, _sourceOffsets[end - 1] + 1 + _shift);
    }

    /// <summary>The index in the reader's text of a source offset, or -1 when the offset is not one of its characters.</summary>
    public int FromSourceOffset(int sourceOffset)
    {
        int index = Array.BinarySearch(_sourceOffsets, 0, Text.Length, sourceOffset - _shift);
        return index >= 0 ? index : -1;
    }

    /// <summary>
    /// The index in the reader's text of the first character at or after a source offset (<see cref="Length"/> when none
    /// is): where something that stood there in the source, and was removed from the words (a footnote marker), goes.
    /// </summary>
    public int IndexAtOrAfter(int sourceOffset)
    {
        int index = Array.BinarySearch(_sourceOffsets, 0, Text.Length, sourceOffset - _shift);
        return index >= 0 ? index : ~index;
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
            bool inside = false;
            IReadOnlyList<TextSpan> italics = Italics;
            for (int run = 0; run < italics.Count; run++)
            {
                if (italics[run].Contains(i))
                {
                    inside = true;
                    break;
                }
            }

            if (!inside)
            {
                return false;
            }
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
