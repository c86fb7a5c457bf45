using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
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

    /// <summary>
    /// The characters were rented from the shared pool and no other text reads them (none was lent them): they go back
    /// when they are outgrown or <see cref="Release"/>d, so that the next block or draft read takes them up again.
    /// </summary>
    private bool _owned;

    /// <summary>
    /// Where the italics change, in order: a character is italic when an odd number of changes stand at or before it. A
    /// paragraph has a few (its opening words, a title), not a flag per character; null while none is italic (a plain text
    /// never has one).
    /// </summary>
    private int[]? _italicChanges;
    private int _italicChangeCount;

    /// <summary>
    /// The source offsets, as runs of characters that stand one after another in the source: a run's characters from its
    /// start to the next run's stand at its source offset and on. A paragraph has a few runs (a line, an emphasis, an
    /// entity), not an offset per character.
    /// </summary>
    private OffsetRun[] _runs = [];
    private int _runCount;

    /// <summary>Added to every run's source offset: a lent text shares the runs of the one it was lent from (<see cref="Lent"/>).</summary>
    private int _shift;

    /// <summary>The markers; null while there are none (most paragraphs have none).</summary>
    private List<RawMarker>? _markers;
    private int _endOffset;
    private InlineText? _inline;

    /// <summary>True while the characters, italics and runs are shared with the text this one was lent from (<see cref="Lent"/>): a change copies them first.</summary>
    private bool _shared;

    /// <summary>A raw text with room for <paramref name="capacity"/> characters.</summary>
    public RawText(int capacity = 0)
    {
        Reserve(Math.Max(0, capacity));
    }

    public int Length { get; private set; }

    /// <summary>The markers, in the order they were added (sorted by <see cref="SortMarkers"/>).</summary>
    public IReadOnlyList<RawMarker> Markers => (IReadOnlyList<RawMarker>?)_markers ?? [];

    /// <summary>The markers as a span, for loops run over every block (no enumerator to box).</summary>
    public ReadOnlySpan<RawMarker> MarkerSpan => CollectionsMarshal.AsSpan(_markers);

    /// <summary>
    /// The text this one was lent from (<see cref="Lent"/>) while its characters, italics and offsets read as that one's do,
    /// moved; null once it changed (a paragraph continued) or when it was not lent. Markers found later do not count: they
    /// are compared apart. A cache finds the words of a lent text by this reference instead of comparing characters.
    /// </summary>
    public RawText? ReadsAs { get; private set; }

    /// <summary>The source offset just after the last character read (where an insertion would go).</summary>
    public int EndOffset
    {
        get => _endOffset;
        set
        {
            _endOffset = value;
            _inline = null;
            ReadsAs = null;
        }
    }

    /// <summary>The characters read so far.</summary>
    public ReadOnlySpan<char> Chars => _chars.AsSpan(0, Length);

    public bool IsItalicAt(int index) => index < Length ? ItalicAt(ItalicChanges, index) : throw new ArgumentOutOfRangeException(nameof(index));

    /// <summary>True when <paramref name="count"/> characters of <paramref name="a"/> from <paramref name="aStart"/> have the italics of those of <paramref name="b"/> from <paramref name="bStart"/>.</summary>
    public static bool SameItalics(RawText a, int aStart, RawText b, int bStart, int count)
    {
        if (count <= 0)
        {
            return true;
        }

        // The same italics at the first characters, and the same changes after them, as far from them.
        ReadOnlySpan<int> aChanges = a.ItalicChanges;
        ReadOnlySpan<int> bChanges = b.ItalicChanges;
        int aFirst = ChangesUpTo(aChanges, aStart);
        int bFirst = ChangesUpTo(bChanges, bStart);
        int aCount = ChangesUpTo(aChanges, aStart + count - 1) - aFirst;
        if (((aFirst ^ bFirst) & 1) != 0 || aCount != ChangesUpTo(bChanges, bStart + count - 1) - bFirst)
        {
            return false;
        }

        for (int k = 0; k < aCount; k++)
        {
            if (aChanges[aFirst + k] - aStart != bChanges[bFirst + k] - bStart)
            {
                return false;
            }
        }

        return true;
    }

    private ReadOnlySpan<int> ItalicChanges => _italicChanges.AsSpan(0, _italicChangeCount);

    /// <summary>How many of the <paramref name="changes"/> stand at or before <paramref name="index"/>.</summary>
    private static int ChangesUpTo(ReadOnlySpan<int> changes, int index)
    {
        int found = changes.BinarySearch(index);
        return found >= 0 ? found + 1 : ~found;
    }

    private static bool ItalicAt(ReadOnlySpan<int> changes, int index) => (ChangesUpTo(changes, index) & 1) == 1;

    /// <summary>Gives the characters from <see cref="Length"/> on the italics <paramref name="italic"/>: a change there when the last character read had the others.</summary>
    private void ItaliciseFromEnd(bool italic)
    {
        if (italic == ((_italicChangeCount & 1) == 1))
        {
            return;
        }

        AddItalicChange(Length);
    }

    private void AddItalicChange(int index)
    {
        _italicChanges ??= new int[InitialItalicChanges];
        if (_italicChangeCount == _italicChanges.Length)
        {
            Array.Resize(ref _italicChanges, _italicChanges.Length * 2);
        }

        _italicChanges[_italicChangeCount++] = index;
    }

    /// <summary>Room for an italic run's start and end, then another's: most paragraphs have one (their opening words).</summary>
    private const int InitialItalicChanges = 4;

    /// <summary>Read through <see cref="Chars"/>: small enough to be inlined where a thrown argument exception was not (the resolver reads every digit's neighbours so).</summary>
    public char this[int index] => Chars[index];

    public int OffsetAt(int index)
    {
        if ((uint)index >= (uint)Length)
        {
            throw new ArgumentOutOfRangeException(nameof(index));
        }

        return OffsetRuns.SourceAt(Runs, index) + _shift;
    }

    private ReadOnlySpan<OffsetRun> Runs => _runs.AsSpan(0, _runCount);

    private int RunEnd(int run) => OffsetRuns.RunEnd(Runs, run, Length);

    private void AddOffset(int index, int sourceOffset) => OffsetRuns.Add(ref _runs, ref _runCount, index, sourceOffset);

    /// <summary>
    /// True when <paramref name="count"/> characters of <paramref name="a"/> from <paramref name="aStart"/> stand where those of
    /// <paramref name="b"/> from <paramref name="bStart"/> do, <paramref name="delta"/> code units before them.
    /// </summary>
    public static bool SameOffsets(RawText a, int aStart, RawText b, int bStart, int count, int delta) =>
        OffsetRuns.Same(a.Runs, a.Length, aStart, b.Runs, b.Length, bStart, count, delta + a._shift - b._shift);

    public void Append(char c, int sourceOffset, bool italic)
    {
        Reserve(1);
        _chars[Length] = c;
        AddOffset(Length, sourceOffset);
        ItaliciseFromEnd(italic);
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
        if (chars.Length > 0)
        {
            AddOffset(Length, sourceStart);
            ItaliciseFromEnd(italic);
        }

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
        if (count > 0)
        {
            // The italics of the first character taken, then the other's changes among those taken, moved.
            ReadOnlySpan<int> changes = other.ItalicChanges;
            int first = ChangesUpTo(changes, start);
            ItaliciseFromEnd((first & 1) == 1);
            for (int k = first; k < changes.Length && changes[k] < end; k++)
            {
                AddItalicChange(changes[k] + shift);
            }
        }

        for (int at = start, run = count > 0 ? OffsetRuns.RunAt(other.Runs, start) : 0; at < end; run++)
        {
            AddOffset(at + shift, other._runs[run].Source + other._shift + (at - other._runs[run].Start));
            at = Math.Min(other.RunEnd(run), end);
        }

        Length += count;
        foreach (RawMarker marker in other.MarkerSpan)
        {
            if (marker.Index >= start && (marker.Index < end || (end == other.Length && marker.Index == end)))
            {
                (_markers ??= []).Add(marker with { Index = marker.Index + shift });
            }
        }

        EndOffset = count > 0 ? OffsetAt(Length - 1) + 1 : EndOffset;
    }

    /// <summary>
    /// This text standing <paramref name="delta"/> code units further on in the source: what an edit before a block makes
    /// of it, so that the block need not be read again. The copy shares the characters with this text until it is changed
    /// itself (a paragraph continued), when it copies them first. The text lent must not change after (a reading's blocks never do):
    /// the copy <see cref="ReadsAs"/> it.
    /// </summary>
    public RawText Lent(int delta)
    {
        // An empty text whose end no reader set stands nowhere, wherever its block stands.
        bool nowhere = Length == 0 && _endOffset == 0;

        // The copy reads these characters from now on: they are no longer this text's alone to give back.
        _owned = false;
        var copy = new RawText
        {
            _chars = _chars,
            _italicChanges = _italicChanges,
            _italicChangeCount = _italicChangeCount,
            _runs = _runs,
            _runCount = _runCount,
            _shift = _shift + delta,
            _shared = true,
            Length = Length,
            _endOffset = nowhere ? 0 : _endOffset + delta,
            _inline = nowhere ? _inline : _inline?.Shifted(delta),
            ReadsAs = ReadsAs ?? this,
        };
        if (_markers is not null)
        {
            copy._markers = Moved(CollectionsMarshal.AsSpan(_markers), delta);
        }

        return copy;
    }

    /// <summary>Markers standing <paramref name="delta"/> further on: only a Markdown marker's place in the source moves, the rest are relative to the text.</summary>
    private static List<RawMarker> Moved(ReadOnlySpan<RawMarker> markers, int delta)
    {
        var moved = new List<RawMarker>(markers.Length);
        foreach (RawMarker marker in markers)
        {
            moved.Add(marker.SourceSpan is { } span && delta != 0 ? marker with { SourceSpan = span.Shifted(delta) } : marker);
        }

        return moved;
    }

    public void AddMarker(RawMarker marker)
    {
        (_markers ??= []).Add(marker);
        _inline = null;
    }

    public void SortMarkers()
    {
        _markers?.Sort((a, b) => a.Index.CompareTo(b.Index));
        _inline = null;
    }

    /// <summary>
    /// How <see cref="FootnoteMarkerResolver"/> last resolved the markers of a text lent from this one (which never changes):
    /// given those footnote numbers and that state, these markers, and that state after.
    /// </summary>
    /// <param name="Shift">How far the resolved text stood from this one (<see cref="ShiftFromReadsAs"/>): where its Markdown markers' places in the source were taken.</param>
    internal sealed record Resolution(IReadOnlySet<int> FootnoteNumbers, int Highest, bool MarksItsMarkers, RawMarker[] Markers, int Shift, int HighestAfter, bool MarksItsMarkersAfter);

    /// <summary>The last resolution of a text lent from this one; kept here so that the next version's lent text finds it.</summary>
    public Resolution? Resolved
    {
        get => _kept?.Resolved;
        set => Keeps().Resolved = value;
    }

    /// <summary>
    /// What the parse keeps on a text for the texts lent from it and for the next keystroke: made when first kept, so that the
    /// texts lent anew on every keystroke carry one field for it, not five.
    /// </summary>
    private sealed class Kept
    {
        public Resolution? Resolved;

        /// <summary>The fingerprints of the whole text and of the rest after a skip (a paragraph's number, a footnote's): a parse asks both of a block.</summary>
        public Fingerprinted? Whole;
        public Fingerprinted? Rest;

        /// <summary>What a cache last found for texts lent from this one, from the start and from a skip.</summary>
        public ParseCache.Found? FoundWhole;
        public ParseCache.Found? FoundRest;

        public WordsEnds? Ends;
    }

    /// <summary>The closing mark and the lost marker the parse read at the end of <see cref="Words"/> (<see cref="Roles.PunctuationOf"/>).</summary>
    internal sealed record WordsEnds(string Words, char? LastMark, int? LostMarker);

    /// <summary>What the parse last read at the end of the words of a text lent from this one; kept here so that the next version's lent text finds it.</summary>
    internal WordsEnds? Ends
    {
        get => _kept?.Ends;
        set => Keeps().Ends = value;
    }

    private Kept? _kept;

    private Kept Keeps() => _kept ??= new Kept();

    /// <summary>
    /// The markers another resolution of the same characters and markers found, <paramref name="delta"/> code units further on:
    /// the markers lent with the text and those the resolution added among them. Where it added none, the markers lent stand.
    /// </summary>
    public void TakeMarkers(RawMarker[] markers, int delta)
    {
        if (markers.Length != Markers.Count)
        {
            _markers = Moved(markers, delta);
            _inline = null;
        }
    }

    /// <summary>A fingerprint taken of the characters from a place on, with the length it was taken at.</summary>
    private sealed record Fingerprinted(int Skip, int Length, int Hash);

    /// <summary>
    /// <see cref="ParseCache.Key.Fingerprint"/> of the characters from <paramref name="skip"/> on, kept for the next time:
    /// a block read once is keyed again on every keystroke after, through the texts lent from it. Characters are only
    /// ever added, so the same length means the same characters.
    /// </summary>
    internal int FingerprintFrom(int skip)
    {
        Kept kept = Keeps();
        ref Fingerprinted? slot = ref skip == 0 ? ref kept.Whole : ref kept.Rest;
        Fingerprinted? known = slot;
        if (known is null || known.Skip != skip || known.Length != Length)
        {
            known = new Fingerprinted(skip, Length, ParseCache.Key.Fingerprint(Chars[skip..]));
            slot = known;
        }

        return known.Hash;
    }

    /// <summary>
    /// Where a cache keeps what it last found for texts lent from this one (which never changes) read from <paramref name="skip"/>
    /// on: the next version's lent text finds it here, without a key or a look-up.
    /// </summary>
    internal ref ParseCache.Found? FoundFrom(int skip)
    {
        Kept kept = Keeps();
        return ref skip == 0 ? ref kept.FoundWhole : ref kept.FoundRest;
    }

    /// <summary>
    /// How far this text stands from <see cref="ReadsAs"/> (whose runs it shares): a character of both stands that much further
    /// on in this one. Only while <see cref="ReadsAs"/> is set.
    /// </summary>
    internal int ShiftFromReadsAs => _shift - ReadsAs!._shift;

    /// <summary>Keeps the words a cache found for the whole text (they are <see cref="ToInlineText"/>'s, found without reading).</summary>
    public void Remember(InlineText words) => _inline = words;

    /// <summary>The whole text's words when already built or found, else null.</summary>
    public InlineText? KnownWords => _inline;

    public string Substring(int start, int length) => new(_chars, start, length);

    public override string ToString() => Substring(0, Length);

    /// <summary>
    /// The reader's text after the first <paramref name="skip"/> characters (a label, a footnote number):
    /// markers removed, runs of white space folded to one space, ends trimmed. A folded run keeps the offset of
    /// its first character. The whole text's is built once until the text or its markers change.
    /// </summary>
    public InlineText ToInlineText(int skip = 0) => skip == 0 ? _inline ??= Fold(0) : Fold(skip);

    // What is gathered at hand is written before it is read: not cleared first, on every fold.
    [SkipLocalsInit]
    private InlineText Fold(int skip)
    {
        int count = Math.Max(0, Length - skip);
        bool[]? removed = null;
        foreach (RawMarker marker in MarkerSpan)
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

        // The runs and italics are gathered at hand and copied out at their size: one array each per block of the draft,
        // not one grown, outgrown and trimmed. The words are gathered as the stretches they take from the characters, and
        // copied once, into the text made at its length.
        var runs = new Gathering<OffsetRun>(stackalloc OffsetRun[AtHand]);
        var stretches = new Gathering<Stretch>(stackalloc Stretch[AtHand]);
        var italics = new Gathering<TextSpan>(stackalloc TextSpan[AtHand]);
        ReadOnlySpan<char> chars = _chars.AsSpan(skip, count);
        var italic = new ItalicsFrom(ItalicChanges, skip);

        // The run of the character read last: the fold goes forward, so the runs are walked once.
        int run = 0;

        // The next character taken out after the one read last: a stretch of words stops there.
        int nextRemoved = removed is null ? count : -1;
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
                    pendingSpaceOffset = SourceOffset(skip + i, ref run);
                }

                i++;
                continue;
            }

            bool spaced = pendingSpace && length > 0;
            if (spaced)
            {
                AddRun(ref runs, length, pendingSpaceOffset);
                length++;
            }

            pendingSpace = false;

            // The visible characters from here on that share this one's italics are taken at once, with the single
            // spaces between them (a space takes its own place either way, whatever its italics): a stretch of words at a
            // time, not a character or a word (this runs over every block of the draft).
            bool isItalic = italic.At(i);
            if (removed is not null && nextRemoved <= i)
            {
                nextRemoved = NextRemoved(removed, i + 1, chars.Length);
            }

            int end = StretchEnd(chars, italic, i, nextRemoved);
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

            stretches.Add(new Stretch(i, end, spaced));
            AddOffsets(skip + i, skip + end, length, ref runs, ref run);
            length += end - i;
            i = end;
        }

        if (italicStart >= 0)
        {
            italics.Add(TextSpan.FromBounds(italicStart, italicEnd));
        }

        // The end stands just after the last character: the last run goes on to it.
        if (length == 0)
        {
            AddRun(ref runs, 0, EndOffset);
        }

        string text = length == 0 ? string.Empty : string.Create(length, new Stretches(chars, stretches.Items), static (words, taken) => taken.CopyTo(words));
        var inline = new InlineText(text, runs.Items.ToArray(), italics.Items.ToArray());
        runs.Release();
        stretches.Release();
        italics.Release();

        if (removed is not null)
        {
            ArrayPool<bool>.Shared.Return(removed);
        }

        return inline;
    }

    /// <summary>Characters <see cref="Start"/> to <see cref="End"/> taken whole into the folded words, after a space when <see cref="Spaced"/>.</summary>
    private readonly record struct Stretch(int Start, int End, bool Spaced);

    /// <summary>
    /// Runs, stretches and italic runs a paragraph has room for without a rented array: its opening words, the rest, a few
    /// emphases and entities.
    /// </summary>
    private const int AtHand = 32;

    /// <summary>Items gathered at hand (on the stack), moved to an array of the pool twice as long whenever they outgrow it.</summary>
    private ref struct Gathering<T>(Span<T> atHand)
    {
        private Span<T> _items = atHand;
        private T[]? _rented;
        private int _count;

        public readonly ReadOnlySpan<T> Items => _items[.._count];

        public void Add(T item)
        {
            if (_count == _items.Length)
            {
                T[] more = ArrayPool<T>.Shared.Rent(_count * 2);
                _items.CopyTo(more);
                Release();
                _rented = more;
                _items = more;
            }

            _items[_count++] = item;
        }

        /// <summary>Gives the rented array back: the items cannot be read after.</summary>
        public void Release()
        {
            if (_rented is not null)
            {
                ArrayPool<T>.Shared.Return(_rented);
                _rented = null;
            }
        }
    }

    /// <summary>Gives position <paramref name="index"/> of the folded words its source offset: the last run goes on, or a new one starts.</summary>
    private static void AddRun(ref Gathering<OffsetRun> runs, int index, int source)
    {
        if (!OffsetRuns.GoesOn(runs.Items, index, source))
        {
            runs.Add(new OffsetRun(index, source));
        }
    }

    /// <summary>The folded words as the stretches they take from the characters: copied straight into the text made for them.</summary>
    private readonly ref struct Stretches(ReadOnlySpan<char> chars, ReadOnlySpan<Stretch> taken)
    {
        private readonly ReadOnlySpan<char> _chars = chars;
        private readonly ReadOnlySpan<Stretch> _taken = taken;

        public void CopyTo(Span<char> words)
        {
            int at = 0;
            foreach (Stretch stretch in _taken)
            {
                if (stretch.Spaced)
                {
                    words[at++] = ' ';
                }

                _chars[stretch.Start..stretch.End].CopyTo(words[at..]);
                at += stretch.End - stretch.Start;
            }
        }
    }

    /// <summary>The source offset of the character at <paramref name="index"/>, its run looked for from <paramref name="run"/> on.</summary>
    private int SourceOffset(int index, ref int run)
    {
        while (RunEnd(run) <= index)
        {
            run++;
        }

        return _runs[run].Source + _shift + (index - _runs[run].Start);
    }

    /// <summary>
    /// Gives the characters <paramref name="from"/> to <paramref name="to"/>, copied to <paramref name="at"/> and on in the
    /// folded text, their source offsets there: a run for each of theirs.
    /// </summary>
    private void AddOffsets(int from, int to, int at, ref Gathering<OffsetRun> runs, ref int run)
    {
        for (int i = from; i < to; i = Math.Min(RunEnd(run), to))
        {
            AddRun(ref runs, at + (i - from), SourceOffset(i, ref run));
        }
    }

    /// <summary>Where the characters from <paramref name="skip"/> on start in the source (their end when there are none).</summary>
    public int BaseOffset(int skip) => skip < Length ? OffsetAt(skip) : EndOffset;

    /// <summary>The first character taken out (a marker's) from <paramref name="from"/> on, or <paramref name="end"/>.</summary>
    private static int NextRemoved(bool[] removed, int from, int end)
    {
        int found = from < end ? removed.AsSpan(from, end - from).IndexOf(true) : -1;
        return found < 0 ? end : from + found;
    }

    /// <summary>
    /// Where the stretch of visible characters that starts at <paramref name="start"/> ends, before <paramref name="limit"/>:
    /// the characters that share its italics and the single spaces between them (a space takes its own place either way,
    /// whatever its italics). Searched for a stretch of words at a time, not a character (this runs over every block).
    /// </summary>
    private static int StretchEnd(ReadOnlySpan<char> chars, ItalicsFrom italic, int start, int limit)
    {
        bool isItalic = italic.At(start);
        int end = start + 1;

        // The first character from the last search on whose italics differ: the search is not repeated word by word.
        int italicEnd = -1;

        // The first doubled space from the last search on, before the italics' end it was searched up to (that end when none):
        // searched again only once passed, not at every character outside ASCII ("’" in every "Secretary-General’s").
        int doubled = -1;
        int doubledLimit = -1;
        while (end < limit)
        {
            if (italicEnd <= end)
            {
                italicEnd = italic.NextOther(end, limit, isItalic);
            }

            // Words and the single spaces between them, up to the next other white space or the italics' end: a search for
            // a character outside ' ' to U+0084 and one for a doubled space, not a character at a time.
            while (true)
            {
                int special = chars[end..italicEnd].IndexOfAnyExceptInRange(' ', '\u0084');
                int stop = special < 0 ? italicEnd : end + special;
                if (doubled < end || doubledLimit != italicEnd)
                {
                    int found = DoubledSpaces.IndexIn(chars[end..italicEnd]);
                    (doubled, doubledLimit) = (found < 0 ? italicEnd : end + found, italicEnd);
                }

                // A doubled space before the stop lies wholly before it: the stop is no space, or the italics' end.
                if (doubled < stop)
                {
                    end = doubled;
                    break;
                }

                bool ends = stop == italicEnd || IsFoldedSpace(chars[stop]);
                if (ends && stop > end && chars[stop - 1] == ' ')
                {
                    // A space before white space or before other italics is not one between words of the stretch.
                    end = stop - 1;
                    break;
                }

                end = stop;
                if (ends)
                {
                    break;
                }

                // A visible character outside ASCII ("’", "é").
                end++;
            }

            if (end < limit && chars[end] == ' ' && end + 1 < limit && italic.At(end + 1) == isItalic && !IsFoldedSpace(chars[end + 1]))
            {
                end += 2;
                continue;
            }

            break;
        }

        return end;
    }

    /// <summary>White space that folds to one space; the no-break space is kept as written.</summary>
    private static bool IsFoldedSpace(char c) =>
        c <= ' ' ? c == ' ' || c is >= '\t' and <= '\r' or >= '\u001C' and <= '\u001F' : c >= '\u0085' && c != '\u00A0' && char.IsWhiteSpace(c);

    /// <summary>Makes room for <paramref name="more"/> characters to come (a paragraph's wrapped lines), so they are not added a doubling at a time.</summary>
    public void Expect(int more) => Reserve(more);

    private void Reserve(int more)
    {
        ReadsAs = null;
        if (_shared)
        {
            _shared = false;
            MoveTo(Length + more);
            // The changes are only ever added to: copied as they are, they stay this text's own.
            _italicChanges = _italicChangeCount == 0 ? null : ItalicChanges.ToArray();

            var runs = new OffsetRun[Math.Max(4, _runCount + 1)];
            for (int run = 0; run < _runCount; run++)
            {
                runs[run] = _runs[run] with { Source = _runs[run].Source + _shift };
            }

            _runs = runs;
            _shift = 0;
            return;
        }

        if (Length + more <= _chars.Length)
        {
            return;
        }

        MoveTo(Math.Max(Length + more, _chars.Length * 2));
    }

    /// <summary>Moves the characters to a buffer of the pool with room for <paramref name="capacity"/>, giving back the one outgrown when this text's own.</summary>
    private void MoveTo(int capacity)
    {
        char[] chars = ArrayPool<char>.Shared.Rent(capacity);
        _chars.AsSpan(0, Length).CopyTo(chars);
        Release();
        _chars = chars;
        _owned = true;
    }

    /// <summary>
    /// Gives the characters back to the shared pool, when this text's own: for a text no one reads again (a parse that no
    /// cache keeps is done with its blocks once their words are folded). Its characters cannot be read after.
    /// </summary>
    public void Release()
    {
        if (_owned)
        {
            ArrayPool<char>.Shared.Return(_chars);
        }

        _chars = [];
        _owned = false;
    }

    /// <summary>The italics of the characters from a skip on (a label's, a footnote number's), as the fold asks them: by the index after the skip.</summary>
    private readonly ref struct ItalicsFrom(ReadOnlySpan<int> changes, int skip)
    {
        private readonly ReadOnlySpan<int> _changes = changes;

        public bool At(int index) => !_changes.IsEmpty && ItalicAt(_changes, skip + index);

        /// <summary>The first index from <paramref name="from"/> on whose italics are not <paramref name="italic"/>, or <paramref name="limit"/>.</summary>
        public int NextOther(int from, int limit, bool italic)
        {
            if (_changes.IsEmpty)
            {
                // No italics at all: every character reads as upright, and the search asks only from an upright one.
                return limit;
            }

            int before = ChangesUpTo(_changes, skip + from);
            if (((before & 1) == 1) != italic)
            {
                return from;
            }

            return before < _changes.Length ? Math.Min(_changes[before] - skip, limit) : limit;
        }
    }
}
