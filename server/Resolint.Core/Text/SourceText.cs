using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Resolint.Core.Text;

/// <summary>
/// An immutable text with its line starts. Columns are UTF-16 code units, the unit LSP positions use,
/// which is what .NET strings index by, so a column is simply an offset minus its line's start.
/// </summary>
public sealed class SourceText
{
    private readonly int[] _lineStarts;

    /// <summary>
    /// The text this one was made from by <see cref="WithEdit"/>, and where the edit changed it: a parse of this version
    /// after that one's learns what changed without comparing the two texts. Null when the text was made whole.
    /// </summary>
    private readonly string? _editedFrom;
    private readonly TextChange _edit;

    /// <summary>
    /// Where each string searched for (<see cref="Contains"/>) first stands in this text, a doubled space and a form feed
    /// from the start (<see cref="ReadLines"/>); -1 where nowhere. Replaced whole, never changed.
    /// </summary>
    private FirstPlace[] _firstPlaces = [];

    /// <summary>The first places the text this one was edited from knew when the edit was made: answered from them, a search reads only around the edit.</summary>
    private readonly FirstPlace[] _firstPlacesBefore = [];

    /// <summary>Where <see cref="Needle"/> first stands in a text; -1 where nowhere.</summary>
    private sealed record FirstPlace(string Needle, int First);

    public SourceText(string text)
    {
        Text = text ?? string.Empty;
        (_lineStarts, _firstPlaces) = ReadLines(Text);
    }

    private SourceText(string text, int[] lineStarts, string editedFrom, TextChange edit, FirstPlace[] firstPlacesBefore)
    {
        Text = text;
        _lineStarts = lineStarts;
        _editedFrom = editedFrom;
        _edit = edit;
        _firstPlacesBefore = firstPlacesBefore;
    }

    public string Text { get; }

    public int Length => Text.Length;

    public int LineCount => _lineStarts.Length;

    public static SourceText From(string text) => new(text);

    /// <summary>Offset of the first character of a line.</summary>
    public int LineStart(int line) => _lineStarts[Math.Clamp(line, 0, _lineStarts.Length - 1)];

    /// <summary>The span of a line without its line break.</summary>
    public TextSpan LineSpan(int line)
    {
        line = Math.Clamp(line, 0, _lineStarts.Length - 1);
        int start = _lineStarts[line];
        int end = line + 1 < _lineStarts.Length ? _lineStarts[line + 1] : Text.Length;
        while (end > start && (Text[end - 1] == '\n' || Text[end - 1] == '\r'))
        {
            end--;
        }

        return TextSpan.FromBounds(start, end);
    }

    public string LineText(int line) => Slice(LineSpan(line));

    public string Slice(TextSpan span)
    {
        int start = Math.Clamp(span.Start, 0, Text.Length);
        int end = Math.Clamp(span.End, start, Text.Length);
        return Text.Substring(start, end - start);
    }

    /// <summary>The line that holds an offset (an offset past the end belongs to the last line).</summary>
    public int LineOf(int offset)
    {
        offset = Math.Clamp(offset, 0, Text.Length);
        int index = Array.BinarySearch(_lineStarts, offset);
        return index >= 0 ? index : ~index - 1;
    }

    public LinePosition PositionOf(int offset)
    {
        offset = Math.Clamp(offset, 0, Text.Length);
        int line = LineOf(offset);
        return new LinePosition(line, offset - _lineStarts[line]);
    }

    /// <summary>Where this text differs from <paramref name="old"/>: the edit that made it from that text, else found by comparing them.</summary>
    internal TextChange ChangeFrom(string old) => ReferenceEquals(old, _editedFrom) ? _edit : TextChange.Between(old, Text);

    public SourceRange RangeOf(TextSpan span) => new(PositionOf(span.Start), PositionOf(span.End));

    /// <summary>
    /// The offset of a position. Positions out of range are clamped, as LSP asks: a character past the
    /// end of its line means the end of the line, a line past the end means the end of the text.
    /// </summary>
    public int OffsetOf(LinePosition position)
    {
        if (position.Line < 0)
        {
            return 0;
        }

        if (position.Line >= _lineStarts.Length)
        {
            return Text.Length;
        }

        TextSpan line = LineSpan(position.Line);
        int character = Math.Clamp(position.Character, 0, line.Length);
        int offset = line.Start + character;

        // Never split a surrogate pair: a column in the middle of one means the pair's start.
        if (offset > 0 && offset < Text.Length && char.IsLowSurrogate(Text[offset]) && char.IsHighSurrogate(Text[offset - 1]))
        {
            offset--;
        }

        return offset;
    }

    public TextSpan SpanOf(SourceRange range)
    {
        int start = OffsetOf(range.Start);
        int end = OffsetOf(range.End);
        return end < start ? TextSpan.FromBounds(end, start) : TextSpan.FromBounds(start, end);
    }

    /// <summary>
    /// The text with one span replaced, as an editor's keystroke changes it: the characters copied once, and only the
    /// line starts around the edit found again (those before it kept, those after it moved), not every line's. The new
    /// text remembers the edit (<see cref="ChangeFrom"/>).
    /// </summary>
    public SourceText WithEdit(TextSpan span, string newText)
    {
        int start = Math.Clamp(span.Start, 0, Text.Length);
        int end = Math.Clamp(span.End, start, Text.Length);
        string text = string.Create(Text.Length - (end - start) + newText.Length, (Text, start, end, newText), static (chars, edit) =>
        {
            edit.Text.AsSpan(0, edit.start).CopyTo(chars);
            edit.newText.AsSpan().CopyTo(chars[edit.start..]);
            edit.Text.AsSpan(edit.end).CopyTo(chars[(edit.start + edit.newText.Length)..]);
        });

        // A line starts after a line break; whether one does there depends on the break and the character after it, so
        // the starts from just before the edit to just after the new text are found again.
        int delta = text.Length - Text.Length;
        int low = Math.Max(0, start - 1);
        int high = Math.Min(text.Length, start + newText.Length + 1);
        int kept = Array.BinarySearch(_lineStarts, low + 1);
        kept = kept >= 0 ? kept : ~kept;
        int moved = Array.BinarySearch(_lineStarts, high - delta + 1);
        moved = moved >= 0 ? moved : ~moved;

        // The starts around the edit are counted first, so that all are written once into an array of their number.
        int found = 0;
        for (int i = low; i < high; i++)
        {
            found += StartsLineAfter(text, i) ? 1 : 0;
        }

        var starts = new int[kept + found + (_lineStarts.Length - moved)];
        Array.Copy(_lineStarts, starts, kept);
        int at = kept;
        for (int i = low; i < high; i++)
        {
            if (StartsLineAfter(text, i))
            {
                starts[at++] = i + 1;
            }
        }

        for (int i = moved; i < _lineStarts.Length; i++)
        {
            starts[at++] = _lineStarts[i] + delta;
        }

        return new SourceText(text, starts, Text, new TextChange(start, end, start + newText.Length), Volatile.Read(ref _firstPlaces));
    }

    /// <summary>
    /// Whether the text holds <paramref name="needle"/> (a short string; compared ordinally). A check asks it of the whole text
    /// on every keystroke ("  ", a form feed): a text made by <see cref="WithEdit"/> from one that was asked answers from
    /// that one's first place and reads only around the edit, not the whole text again.
    /// </summary>
    internal bool Contains(string needle)
    {
        if (PlaceOf(Volatile.Read(ref _firstPlaces), needle) is { } known)
        {
            return known.First >= 0;
        }

        int first = FirstAfterEdit(needle) ?? WholeTextSearch(needle, 0);

        // Added by a copy: a check on another thread may read the places while this one adds.
        FirstPlace[] places = Volatile.Read(ref _firstPlaces);
        Volatile.Write(ref _firstPlaces, [.. places, new FirstPlace(needle, first)]);
        return first >= 0;
    }

    /// <summary>Where <paramref name="needle"/> is known to first stand (-1: nowhere), or null where it is not known yet.</summary>
    /// <remarks>Internal for its tests.</remarks>
    internal int? KnownFirstPlace(string needle) => PlaceOf(Volatile.Read(ref _firstPlaces), needle)?.First;

    /// <summary>How many times this text was searched whole for a string (<see cref="Contains"/>), not answered from the version before it.</summary>
    internal int WholeTextSearches { get; private set; }

    private static FirstPlace? PlaceOf(FirstPlace[] places, string needle)
    {
        foreach (FirstPlace place in places)
        {
            if (place.Needle == needle)
            {
                return place;
            }
        }

        return null;
    }

    private int WholeTextSearch(string needle, int from)
    {
        WholeTextSearches++;
        int found = IndexIn(Text.AsSpan(from), needle);
        return found < 0 ? -1 : from + found;
    }

    /// <summary>Where <paramref name="needle"/> first stands in <paramref name="chars"/>: a doubled space, the commonest asked, by its own search.</summary>
    private static int IndexIn(ReadOnlySpan<char> chars, string needle) =>
        needle == DoubledSpaces.Pair ? DoubledSpaces.IndexIn(chars) : chars.IndexOf(needle, StringComparison.Ordinal);

    /// <summary>
    /// Where <paramref name="needle"/> first stands, worked out from where it first stood in the text before the edit; null
    /// when that text was not asked. Characters before the edit's start are those of that text, and so are those after its
    /// new end, moved: only an occurrence that reaches into the edit can be new.
    /// </summary>
    private int? FirstAfterEdit(string needle)
    {
        if (PlaceOf(_firstPlacesBefore, needle) is not { } before)
        {
            return null;
        }

        (int start, int oldEnd, int newEnd) = _edit;
        if (before.First >= 0 && before.First + needle.Length <= start)
        {
            // Wholly before the edit, and none stood before it.
            return before.First;
        }

        // None stands wholly before the edit: the first is one that reaches into it, else the first wholly after it.
        int from = Math.Max(0, start - needle.Length + 1);
        int to = Math.Min(Text.Length, newEnd + needle.Length - 1);
        int around = IndexIn(Text.AsSpan(from, Math.Max(0, to - from)), needle);
        if (around >= 0)
        {
            return from + around;
        }

        return before.First < 0 ? -1
            : before.First >= oldEnd ? before.First - oldEnd + newEnd
            : WholeTextSearch(needle, newEnd);
    }

    /// <summary>Whether a line starts after the character at <paramref name="i"/>: a line feed, or a carriage return not followed by one.</summary>
    private static bool StartsLineAfter(string text, int i) =>
        text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n'));

    /// <summary>Applies edits (non-overlapping, any order) and returns the new text.</summary>
    public SourceText WithEdits(IEnumerable<TextEdit> edits) => new(ApplyEdits(Text, edits));

    public static string ApplyEdits(string text, IEnumerable<TextEdit> edits)
    {
        var ordered = edits.OrderBy(e => e.Span.Start).ThenBy(e => e.Span.End).ToList();
        var builder = new System.Text.StringBuilder(text.Length);
        int cursor = 0;
        foreach (TextEdit edit in ordered)
        {
            int start = Math.Clamp(edit.Span.Start, cursor, text.Length);
            int end = Math.Clamp(edit.Span.End, start, text.Length);
            builder.Append(text, cursor, start - cursor).Append(edit.NewText);
            cursor = end;
        }

        builder.Append(text, cursor, text.Length - cursor);
        return builder.ToString();
    }

    /// <summary>A form feed, which <see cref="Contains"/> is asked of every whole text, as is <see cref="DoubledSpaces.Pair"/>.</summary>
    internal const string FormFeed = "\f";

    /// <summary>
    /// The line starts, and where a doubled space and a form feed first stand: every check asks <see cref="Contains"/> both
    /// of the whole text, and one reading by vector finds all three, where three searches read the text three times.
    /// </summary>
    private static (int[] LineStarts, FirstPlace[] FirstPlaces) ReadLines(string text)
    {
        var starts = new List<int> { 0 };
        int pair = -1;
        int formFeed = -1;
        int i = 0;
        if (Vector128.IsHardwareAccelerated)
        {
            ref ushort chars = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text.AsSpan()));
            for (; i <= text.Length - Vector128<byte>.Count - 1; i += Vector128<byte>.Count)
            {
                // Sixteen characters and, moved by one, the ones after them (read within the text: i + 17 <= its length).
                Vector128<byte> bytes = BytesAt(ref chars, i);
                Vector128<byte> breaks = Vector128.Equals(bytes, Vector128.Create((byte)'\n')) | Vector128.Equals(bytes, Vector128.Create((byte)'\r'));
                Vector128<byte> pairs = Vector128.Equals(bytes, Vector128.Create((byte)' ')) & Vector128.Equals(BytesAt(ref chars, i + 1), Vector128.Create((byte)' '));
                Vector128<byte> feeds = Vector128.Equals(bytes, Vector128.Create((byte)'\f'));
                if ((breaks | pairs | feeds) == Vector128<byte>.Zero)
                {
                    continue;
                }

                if (pair < 0 && pairs != Vector128<byte>.Zero)
                {
                    pair = i + BitOperations.TrailingZeroCount(pairs.ExtractMostSignificantBits());
                }

                if (formFeed < 0 && feeds != Vector128<byte>.Zero)
                {
                    formFeed = i + BitOperations.TrailingZeroCount(feeds.ExtractMostSignificantBits());
                }

                for (uint bits = breaks.ExtractMostSignificantBits(); bits != 0; bits &= bits - 1)
                {
                    AddLineAfter(starts, text, i + BitOperations.TrailingZeroCount(bits));
                }
            }
        }

        for (; i < text.Length; i++)
        {
            char c = text[i];
            if (c is '\n' or '\r')
            {
                AddLineAfter(starts, text, i);
            }
            else if (c == ' ' && pair < 0 && i > 0 && text[i - 1] == ' ')
            {
                pair = i - 1;
            }
            else if (c == '\f' && formFeed < 0)
            {
                formFeed = i;
            }
        }

        return (starts.ToArray(), [new FirstPlace(DoubledSpaces.Pair, pair), new FirstPlace(FormFeed, formFeed)]);
    }

    /// <summary>
    /// Sixteen characters from <paramref name="i"/> as bytes, each above 0xFF as 0 or 0xFF, so that none is taken for the
    /// character of its low byte. The caller reads within the text.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<byte> BytesAt(ref ushort chars, int i)
    {
        Vector128<ushort> low = Vector128.LoadUnsafe(ref chars, (nuint)i);
        Vector128<ushort> high = Vector128.LoadUnsafe(ref chars, (nuint)i + 8);
        return Sse2.IsSupported
            ? Sse2.PackUnsignedSaturate(low.AsInt16(), high.AsInt16())
            : Vector128.Narrow(Vector128.Min(low, Vector128.Create((ushort)0xFF)), Vector128.Min(high, Vector128.Create((ushort)0xFF)));
    }

    private static void AddLineAfter(List<int> starts, string text, int i)
    {
        if (StartsLineAfter(text, i))
        {
            starts.Add(i + 1);
        }
    }

    public override string ToString() => Text;
}
