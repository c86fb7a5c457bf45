using Resolint.Core.Drafts;
using Resolint.Core.Text;

namespace Resolint.Core.Parsing;

/// <summary>A footnote marker found while reading: where it stands in a block's raw text and its number.</summary>
internal readonly record struct RawMarker(int Index, int Length, int Number, MarkerForm Form)
{
    /// <summary>Where a marker that has no characters in the raw text (Markdown's [^1]) stands in the source.</summary>
    public TextSpan? SourceSpan { get; init; }
}

/// <summary>
/// A block's characters as read, each with its source offset and whether it is italic, before footnote
/// markers are taken out and white space is folded into an <see cref="InlineText"/>.
/// </summary>
internal sealed class RawText
{
    private readonly List<char> _chars = [];
    private readonly List<int> _offsets = [];
    private readonly List<bool> _italic = [];

    public int Length => _chars.Count;

    public List<RawMarker> Markers { get; } = [];

    /// <summary>The source offset just after the last character read (where an insertion would go).</summary>
    public int EndOffset { get; set; }

    public char this[int index] => _chars[index];

    public int OffsetAt(int index) => _offsets[index];

    public bool ItalicAt(int index) => _italic[index];

    public void Append(char c, int sourceOffset, bool italic)
    {
        _chars.Add(c);
        _offsets.Add(sourceOffset);
        _italic.Add(italic);
        EndOffset = sourceOffset + 1;
    }

    /// <summary>Appends a source run character for character.</summary>
    public void AppendSource(string source, int start, int end, bool italic)
    {
        for (int i = start; i < end; i++)
        {
            Append(source[i], i, italic);
        }
    }

    public void AppendAll(RawText other)
    {
        int shift = _chars.Count;
        for (int i = 0; i < other.Length; i++)
        {
            Append(other._chars[i], other._offsets[i], other._italic[i]);
        }

        foreach (RawMarker marker in other.Markers)
        {
            Markers.Add(marker with { Index = marker.Index + shift });
        }

        EndOffset = other.EndOffset;
    }

    public string Substring(int start, int length)
    {
        var buffer = new char[length];
        _chars.CopyTo(start, buffer, 0, length);
        return new string(buffer);
    }

    public override string ToString() => Substring(0, _chars.Count);

    /// <summary>
    /// The reader's text: markers removed, runs of white space folded to one space, ends trimmed.
    /// A folded run keeps the offset of its first character.
    /// </summary>
    public InlineText ToInlineText()
    {
        var removed = new bool[_chars.Count];
        foreach (RawMarker marker in Markers)
        {
            for (int i = marker.Index; i < marker.Index + marker.Length && i < removed.Length; i++)
            {
                removed[i] = true;
            }
        }

        var text = new System.Text.StringBuilder(_chars.Count);
        var offsets = new List<int>(_chars.Count + 1);
        var italics = new List<TextSpan>();
        int italicStart = -1;
        int italicEnd = -1;
        bool pendingSpace = false;
        int pendingSpaceOffset = 0;
        for (int i = 0; i < _chars.Count; i++)
        {
            if (removed[i])
            {
                continue;
            }

            char c = _chars[i];
            if (char.IsWhiteSpace(c) && c != '\u00A0')
            {
                if (!pendingSpace)
                {
                    pendingSpace = true;
                    pendingSpaceOffset = _offsets[i];
                }

                continue;
            }

            if (pendingSpace && text.Length > 0)
            {
                text.Append(' ');
                offsets.Add(pendingSpaceOffset);
            }

            pendingSpace = false;
            if (_italic[i])
            {
                if (italicStart < 0)
                {
                    italicStart = text.Length;
                }

                italicEnd = text.Length + 1;
            }
            else if (italicStart >= 0)
            {
                // A run ends at its last italic character, not at the space after it.
                italics.Add(TextSpan.FromBounds(italicStart, italicEnd));
                italicStart = -1;
            }

            text.Append(c);
            offsets.Add(_offsets[i]);
        }

        if (italicStart >= 0)
        {
            italics.Add(TextSpan.FromBounds(italicStart, italicEnd));
        }

        offsets.Add(text.Length == 0 ? EndOffset : offsets[^1] + 1);
        return new InlineText(text.ToString(), offsets.ToArray(), italics);
    }
}
