using System.Buffers;
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
/// markers are taken out and white space is folded into an <see cref="InlineText"/>. Built on every
/// keystroke for the whole draft, so it keeps plain arrays and builds its inline text once per change.
/// </summary>
internal sealed class RawText
{
    private char[] _chars = [];
    private int[] _offsets = [];
    private bool[] _italic = [];
    private readonly List<RawMarker> _markers = [];
    private int _endOffset;
    private InlineText? _inline;

    /// <summary>True while the arrays are shared with the text this one was lent from (<see cref="Lent"/>): a change copies them first.</summary>
    private bool _shared;

    /// <summary>A raw text with room for <paramref name="capacity"/> characters.</summary>
    public RawText(int capacity = 0)
    {
        Reserve(Math.Max(0, capacity));
    }

    public int Length { get; private set; }

    /// <summary>The markers, in the order they were added (sorted by <see cref="SortMarkers"/>).</summary>
    public IReadOnlyList<RawMarker> Markers => _markers;

    /// <summary>The source offset just after the last character read (where an insertion would go).</summary>
    public int EndOffset
    {
        get => _endOffset;
        set
        {
            _endOffset = value;
            _inline = null;
        }
    }

    /// <summary>The characters read so far.</summary>
    public ReadOnlySpan<char> Chars => _chars.AsSpan(0, Length);

    /// <summary>Each character's source offset.</summary>
    public ReadOnlySpan<int> Offsets => _offsets.AsSpan(0, Length);

    /// <summary>Whether each character is italic.</summary>
    public ReadOnlySpan<bool> Italic => _italic.AsSpan(0, Length);

    public char this[int index] => index < Length ? _chars[index] : throw new ArgumentOutOfRangeException(nameof(index));

    public int OffsetAt(int index) => index < Length ? _offsets[index] : throw new ArgumentOutOfRangeException(nameof(index));

    public void Append(char c, int sourceOffset, bool italic)
    {
        Reserve(1);
        _chars[Length] = c;
        _offsets[Length] = sourceOffset;
        _italic[Length] = italic;
        Length++;
        EndOffset = sourceOffset + 1;
    }

    /// <summary>Appends a source run character for character.</summary>
    public void AppendSource(string source, int start, int end, bool italic)
    {
        if (end <= start)
        {
            return;
        }

        AppendRun(source.AsSpan(start, end - start), start, italic);
    }

    /// <summary>Appends characters that stand one to one at <paramref name="sourceStart"/> and after.</summary>
    public void AppendRun(ReadOnlySpan<char> chars, int sourceStart, bool italic)
    {
        Reserve(chars.Length);
        chars.CopyTo(_chars.AsSpan(Length));
        for (int i = 0; i < chars.Length; i++)
        {
            _offsets[Length + i] = sourceStart + i;
        }

        _italic.AsSpan(Length, chars.Length).Fill(italic);
        Length += chars.Length;
        EndOffset = sourceStart + chars.Length;
    }

    public void AppendAll(RawText other)
    {
        AppendRange(other, 0, other.Length);
        EndOffset = other.EndOffset;
    }

    /// <summary>
    /// Appends the characters <paramref name="start"/> to <paramref name="end"/> of another raw text with the
    /// markers that stand among them (a marker just after the last character goes with it).
    /// </summary>
    public void AppendRange(RawText other, int start, int end)
    {
        int count = end - start;
        int shift = Length - start;
        Reserve(count);
        other._chars.AsSpan(start, count).CopyTo(_chars.AsSpan(Length));
        other._offsets.AsSpan(start, count).CopyTo(_offsets.AsSpan(Length));
        other._italic.AsSpan(start, count).CopyTo(_italic.AsSpan(Length));
        Length += count;
        foreach (RawMarker marker in other._markers)
        {
            if (marker.Index >= start && (marker.Index < end || (end == other.Length && marker.Index == end)))
            {
                _markers.Add(marker with { Index = marker.Index + shift });
            }
        }

        EndOffset = count > 0 ? _offsets[Length - 1] + 1 : EndOffset;
    }

    /// <summary>
    /// This text standing <paramref name="delta"/> code units further on in the source: what an edit before a block makes
    /// of it, so that the block need not be read again. The copy shares the characters (and, unmoved, the offsets) with
    /// this text until it is changed itself (a paragraph continued, markers found), when it copies them first.
    /// </summary>
    public RawText Lent(int delta)
    {
        var copy = new RawText
        {
            _chars = _chars,
            _italic = _italic,
            _offsets = delta == 0 ? _offsets : ShiftedOffsets(delta),
            _shared = true,
            Length = Length,
            // An empty text whose end no reader set stands nowhere, wherever its block stands.
            _endOffset = Length == 0 && _endOffset == 0 ? 0 : _endOffset + delta,
            _inline = delta == 0 ? _inline : null,
        };
        foreach (RawMarker marker in _markers)
        {
            copy._markers.Add(marker.SourceSpan is { } span ? marker with { SourceSpan = span.Shifted(delta) } : marker);
        }

        return copy;
    }

    private int[] ShiftedOffsets(int delta)
    {
        var shifted = new int[Length];
        ReadOnlySpan<int> offsets = _offsets.AsSpan(0, Length);
        int i = 0;
        if (System.Numerics.Vector.IsHardwareAccelerated)
        {
            var shift = new System.Numerics.Vector<int>(delta);
            for (; i + System.Numerics.Vector<int>.Count <= offsets.Length; i += System.Numerics.Vector<int>.Count)
            {
                (new System.Numerics.Vector<int>(offsets[i..]) + shift).CopyTo(shifted.AsSpan(i));
            }
        }

        for (; i < offsets.Length; i++)
        {
            shifted[i] = offsets[i] + delta;
        }

        return shifted;
    }

    public void AddMarker(RawMarker marker)
    {
        _markers.Add(marker);
        _inline = null;
    }

    public void SortMarkers()
    {
        _markers.Sort((a, b) => a.Index.CompareTo(b.Index));
        _inline = null;
    }

    public string Substring(int start, int length) => new(_chars, start, length);

    public override string ToString() => Substring(0, Length);

    /// <summary>
    /// The reader's text after the first <paramref name="skip"/> characters (a label, a footnote number):
    /// markers removed, runs of white space folded to one space, ends trimmed. A folded run keeps the offset of
    /// its first character. The whole text's is built once until the text or its markers change.
    /// </summary>
    public InlineText ToInlineText(int skip = 0) => skip == 0 ? _inline ??= Fold(0) : Fold(skip);

    private InlineText Fold(int skip)
    {
        int count = Math.Max(0, Length - skip);
        bool[]? removed = null;
        foreach (RawMarker marker in _markers)
        {
            if (marker.Index < skip || marker.Length == 0)
            {
                continue;
            }

            if (removed is null)
            {
                removed = ArrayPool<bool>.Shared.Rent(count);
                Array.Clear(removed, 0, count);
            }

            for (int at = marker.Index; at < marker.Index + marker.Length && at < Length; at++)
            {
                removed[at - skip] = true;
            }
        }

        char[] text = ArrayPool<char>.Shared.Rent(count);
        int[] offsets = ArrayPool<int>.Shared.Rent(count + 1);
        var italics = new List<TextSpan>();
        ReadOnlySpan<char> chars = _chars.AsSpan(skip, count);
        ReadOnlySpan<int> sourceOffsets = _offsets.AsSpan(skip, count);
        ReadOnlySpan<bool> italic = _italic.AsSpan(skip, count);
        int length = 0;
        int italicStart = -1;
        int italicEnd = -1;
        bool pendingSpace = false;
        int pendingSpaceOffset = 0;
        int i = 0;
        while (i < chars.Length)
        {
            if (removed is not null && removed[i])
            {
                i++;
                continue;
            }

            char c = chars[i];
            if (IsFoldedSpace(c))
            {
                if (!pendingSpace)
                {
                    pendingSpace = true;
                    pendingSpaceOffset = sourceOffsets[i];
                }

                i++;
                continue;
            }

            if (pendingSpace && length > 0)
            {
                text[length] = ' ';
                offsets[length] = pendingSpaceOffset;
                length++;
            }

            pendingSpace = false;

            // The visible characters from here on that share this one's italics are copied at once, with the single
            // spaces between them (a space takes its own place either way, whatever its italics): a stretch of words at a
            // time, not a character or a word (this runs over every block of the draft).
            bool isItalic = italic[i];
            int end = i + 1;
            while (end < chars.Length && !(removed is not null && removed[end]))
            {
                if (italic[end] == isItalic && !IsFoldedSpace(chars[end]))
                {
                    end++;
                }
                else if (chars[end] == ' ' && end + 1 < chars.Length && italic[end + 1] == isItalic && !IsFoldedSpace(chars[end + 1])
                    && !(removed is not null && removed[end + 1]))
                {
                    end += 2;
                }
                else
                {
                    break;
                }
            }

            if (isItalic)
            {
                if (italicStart < 0)
                {
                    italicStart = length;
                }

                italicEnd = length + (end - i);
            }
            else if (italicStart >= 0)
            {
                // A run ends at its last italic character, not at the space after it.
                italics.Add(TextSpan.FromBounds(italicStart, italicEnd));
                italicStart = -1;
            }

            chars[i..end].CopyTo(text.AsSpan(length));
            sourceOffsets[i..end].CopyTo(offsets.AsSpan(length));
            length += end - i;
            i = end;
        }

        if (italicStart >= 0)
        {
            italics.Add(TextSpan.FromBounds(italicStart, italicEnd));
        }

        offsets[length] = length == 0 ? EndOffset : offsets[length - 1] + 1;
        var inline = new InlineText(new string(text, 0, length), offsets.AsSpan(0, length + 1).ToArray(), italics);
        ArrayPool<char>.Shared.Return(text);
        ArrayPool<int>.Shared.Return(offsets);
        if (removed is not null)
        {
            ArrayPool<bool>.Shared.Return(removed);
        }

        return inline;
    }

    /// <summary>Where the characters from <paramref name="skip"/> on start in the source (their end when there are none).</summary>
    public int BaseOffset(int skip) => skip < Length ? _offsets[skip] : EndOffset;

    /// <summary>White space that folds to one space; the no-break space is kept as written.</summary>
    private static bool IsFoldedSpace(char c) =>
        c <= ' ' ? c == ' ' || c is >= '\t' and <= '\r' or >= '\u001C' and <= '\u001F' : c >= '\u0085' && c != '\u00A0' && char.IsWhiteSpace(c);

    private void Reserve(int more)
    {
        if (_shared)
        {
            _shared = false;
            int room = Length + more;
            _chars = _chars.AsSpan(0, Length).ToArray();
            _offsets = _offsets.AsSpan(0, Length).ToArray();
            _italic = _italic.AsSpan(0, Length).ToArray();
            Array.Resize(ref _chars, room);
            Array.Resize(ref _offsets, room);
            Array.Resize(ref _italic, room);
            return;
        }

        if (Length + more <= _chars.Length)
        {
            return;
        }

        int capacity = Math.Max(Length + more, _chars.Length * 2);
        Array.Resize(ref _chars, capacity);
        Array.Resize(ref _offsets, capacity);
        Array.Resize(ref _italic, capacity);
    }
}
