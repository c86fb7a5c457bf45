using System.Runtime.InteropServices;
using Resolint.Core.Citations;
using Resolint.Core.Drafts;
using Resolint.Core.Text;

namespace Resolint.Core.Parsing;

/// <summary>
/// What the parse of one version of a draft can lend the next: what Markdig read (<see cref="MarkdownReading"/>) and,
/// for every block, its words, its citations, its ending and its opening words.
/// A keystroke changes one paragraph; the others read exactly as before, perhaps further on, and are taken
/// from here moved to where they now stand instead of being read again: a block lent unchanged finds them on the block it
/// was lent from (<see cref="Found"/>), without a key or a look-up; a block read again is looked up by what it reads
/// (<see cref="Key"/>), among every block of the last version, so that a whole text read afresh still finds its paragraphs.
/// Keep one per open document; safe
/// to share between threads (a parse reads the last complete version and publishes its own when it ends).
/// </summary>
public sealed class ParseCache
{
    private Dictionary<Key, Entry> _latest = [];

    /// <summary>How many parses have begun with this cache.</summary>
    private int _sessions;

    /// <summary>The numbers of the last version's footnote texts.</summary>
    private HashSet<int>? _footnoteNumbers;

    /// <summary>The organ that adopts the last version (its name as the parse read it), when one does.</summary>
    private string? _body;

    /// <summary>What Markdig read of the last version, when it was Markdown.</summary>
    private MarkdownReading? _reading;

    internal MarkdownReading? Reading => Volatile.Read(ref _reading);

    /// <summary>What the plain-text reader read of the last version, when it was plain text.</summary>
    private PlainTextReading? _plainReading;

    internal PlainTextReading? PlainReading => Volatile.Read(ref _plainReading);

    /// <summary>The last version's lines, with the noise found among them.</summary>
    private SourceLines? _lines;

    internal SourceLines? Lines => Volatile.Read(ref _lines);

    /// <summary>Begins the parse of a version the readers read as <paramref name="reading"/> or <paramref name="plainReading"/>, published with it at the end.</summary>
    internal Session Begin(SourceLines lines, MarkdownReading? reading, PlainTextReading? plainReading) =>
        new(this, Volatile.Read(ref _latest), lines, reading, plainReading);

    /// <summary>
    /// A block's raw text from <c>skip</c> on as it reads now: characters, italics, the markers taken out
    /// and the source offsets relative to the first. Compared by what it reads, not by where it stands. A
    /// raw text only grows (a paragraph continued after a page break, markers found later), so the key keeps
    /// its length and markers of the moment and stays true. A text lent unchanged from an earlier version
    /// (<see cref="RawText.ReadsAs"/>) is hashed with the fingerprint kept on the text it was lent from, and equals a key of
    /// that same text by reference, without comparing characters; any other pair is compared whole, so a block read again
    /// (a whole text Markdig reads afresh, an edit that changes only markup) still finds the words read before.
    /// </summary>
    internal readonly struct Key : IEquatable<Key>
    {
        /// <summary>Characters at each end of a block that its hash reads whole: an edit at the end of a paragraph is the commonest.</summary>
        private const int FingerprintEnds = 32;

        /// <summary>Between the ends, the hash reads one character in this many.</summary>
        private const int FingerprintStride = 16;

        private readonly RawText _text;

        /// <summary>The text read, or the earlier one it reads as.</summary>
        private readonly RawText _root;
        private readonly int _skip;
        private readonly int _end;
        private readonly int _endOffset;
        private readonly (int Index, int Length)[] _markers;
        private readonly int _hash;

        public Key(RawText text, int skip)
        {
            _text = text;
            _root = text.ReadsAs ?? text;
            _skip = Math.Min(skip, text.Length);
            _end = text.Length;
            Base = text.BaseOffset(skip);
            _endOffset = text.EndOffset - Base;
            _markers = MarkersFrom(text, skip);
            _hash = HashCode.Combine(_root.FingerprintFrom(_skip), _end - _skip, _markers.Length);
        }

        /// <summary>Where the text from <c>skip</c> on starts in the source.</summary>
        public int Base { get; }

        public bool Equals(Key other)
        {
            if (_hash != other._hash || _end - _skip != other._end - other._skip || _endOffset != other._endOffset
                || !_markers.AsSpan().SequenceEqual(other._markers))
            {
                return false;
            }

            // Texts lent from the same one read alike from the same place: its characters, italics and offsets, moved.
            if (ReferenceEquals(_root, other._root) && _skip == other._skip)
            {
                return true;
            }

            if (!_text.Chars[_skip.._end].SequenceEqual(other._text.Chars[other._skip..other._end])
                || !RawText.SameItalics(_text, _skip, other._text, other._skip, _end - _skip))
            {
                return false;
            }

            return RawText.SameOffsets(_text, _skip, other._text, other._skip, _end - _skip, other.Base - Base);
        }

        /// <summary>
        /// True when <paramref name="text"/>, lent unchanged from this key's text's root, reads from <paramref name="skip"/> on as
        /// this key's text did, standing at <paramref name="at"/>: what <see cref="Equals(Key)"/> finds of its key, without making it.
        /// </summary>
        public bool IsKeyOf(RawText text, int skip, int at)
        {
            if (!ReferenceEquals(text.ReadsAs, _root) || Math.Min(skip, text.Length) != _skip || text.Length != _end || text.EndOffset - at != _endOffset)
            {
                return false;
            }

            int found = 0;
            foreach (RawMarker marker in text.MarkerSpan)
            {
                if (marker.Index >= skip && marker.Length > 0)
                {
                    if (found == _markers.Length || _markers[found] != (marker.Index - skip, marker.Length))
                    {
                        return false;
                    }

                    found++;
                }
            }

            return found == _markers.Length;
        }

        public override bool Equals(object? obj) => obj is Key other && Equals(other);

        public override int GetHashCode() => _hash;

        /// <summary>
        /// A hash of a block's characters from its length, its first and last <see cref="FingerprintEnds"/> characters and
        /// every <see cref="FingerprintStride"/>th between: two keys are compared whole before they are taken as equal, so
        /// the hash need only tell most blocks apart, and it is computed twice per block on every keystroke.
        /// </summary>
        internal static int Fingerprint(ReadOnlySpan<char> chars)
        {
            if (chars.Length <= 2 * FingerprintEnds)
            {
                return string.GetHashCode(chars);
            }

            var hash = default(HashCode);
            hash.Add(string.GetHashCode(chars[..FingerprintEnds]));
            hash.Add(string.GetHashCode(chars[^FingerprintEnds..]));
            for (int i = FingerprintEnds; i < chars.Length - FingerprintEnds; i += FingerprintStride)
            {
                hash.Add(chars[i]);
            }

            return hash.ToHashCode();
        }

        /// <summary>The markers that take characters out of the words, relative to <paramref name="skip"/>.</summary>
        private static (int Index, int Length)[] MarkersFrom(RawText text, int skip)
        {
            int count = 0;
            foreach (RawMarker marker in text.MarkerSpan)
            {
                count += marker.Index >= skip && marker.Length > 0 ? 1 : 0;
            }

            if (count == 0)
            {
                return [];
            }

            var markers = new (int Index, int Length)[count];
            int i = 0;
            foreach (RawMarker marker in text.MarkerSpan)
            {
                if (marker.Index >= skip && marker.Length > 0)
                {
                    markers[i++] = (marker.Index - skip, marker.Length);
                }
            }

            return markers;
        }
    }

    /// <summary>Words (and, once scanned, citations, ending and opening words) as they stood at <see cref="Base"/> in the version that read them.</summary>
    internal sealed record Entry(InlineText Words, int Base)
    {
        /// <summary>The last parse (<see cref="Session.Number"/>) that kept this entry for the next: texts alike (a paragraph repeated) share it and keep it once.</summary>
        public int KeptBy { get; set; }

        /// <summary>The words as moved last: a parse asks for a block's words several times, all at the same place.</summary>
        private InlineText? _moved;

        public string? Body { get; init; }

        public IReadOnlyList<Citation>? Citations { get; init; }

        /// <summary>What closes the words (<see cref="Roles.PunctuationOf.EndingOf"/>), read with the citations.</summary>
        public Ending Ending { get; init; }

        /// <summary>The opening words read of the words, as they stand at <see cref="Base"/>: set when first asked.</summary>
        public OpenerEntry? Opener { get; set; }

        /// <summary>
        /// The words standing at <paramref name="at"/>: moved once per place, not once per request. <paramref name="known"/> are
        /// the words a block was given before (<see cref="RawText.KnownWords"/>), taken when they are these moved there: texts
        /// alike (a paragraph repeated) share the entry, and asked in turn would move its words again for each of them.
        /// </summary>
        public InlineText WordsAt(int at, InlineText? known = null)
        {
            int delta = at - Base;
            if (delta == 0)
            {
                return Words;
            }

            if (known is not null && known.IsShiftOf(Words, delta))
            {
                return known;
            }

            InlineText? moved = _moved;
            if (moved is not null && moved.IsShiftOf(Words, delta))
            {
                return moved;
            }

            moved = Words.Shifted(delta);
            _moved = moved;
            return moved;
        }
    }

    /// <summary>
    /// An entry found for a text lent from a block (its key's root), kept on that block: the texts the next versions lend from
    /// it find the entry there without a key or a look-up, standing at <see cref="FromRoot"/> further on than the block does.
    /// </summary>
    internal sealed record Found(Key Key, Entry Entry, int FromRoot)
    {
        /// <summary>
        /// The entry found before for other markers: a parse reads a block's words before its footnote markers are resolved
        /// and after, so a block that has markers is found under two keys, on every keystroke.
        /// </summary>
        public Found? Other { get; init; }

        /// <summary>This or <see cref="Other"/>, the one whose key's text <paramref name="text"/> (lent unchanged from the block) reads as, and where its words start.</summary>
        public Found? For(RawText text, int skip, out int at)
        {
            at = FromRoot + text.ShiftFromReadsAs;
            return Key.IsKeyOf(text, skip, at) ? this : Other?.For(text, skip, out at);
        }

        /// <summary>What is found for <paramref name="key"/>, keeping what <paramref name="before"/> found (but not what it kept).</summary>
        public static Found After(Found? before, Key key, Entry entry, int fromRoot) =>
            new(key, entry, fromRoot) { Other = before?.Other is null ? before : before with { Other = null } };
    }

    /// <summary>A paragraph's opening words as read in the voice of <see cref="Body"/>, as an operative paragraph's or not, standing where its entry's words do.</summary>
    internal sealed record OpenerEntry(bool Operative, string? Body, Opener Opener);

    /// <summary>One parse: reads the last version's entries, records its own, publishes them at the end.</summary>
    internal sealed class Session(ParseCache cache, Dictionary<Key, Entry> previous, SourceLines lines, MarkdownReading? reading, PlainTextReading? plainReading)
    {
        /// <summary>This parse's number, one more than the last's begun with the same cache.</summary>
        public int Number { get; } = Interlocked.Increment(ref cache._sessions);

        private readonly Dictionary<Key, Entry> _next = new(previous.Count);

        private HashSet<int>? _footnoteNumbers;

        /// <summary>
        /// The numbers of this version's footnote texts: the last version's set when they are the same, so that markers resolved
        /// with it (<see cref="RawText.Resolved"/>) are known to be resolved alike by its reference.
        /// </summary>
        public HashSet<int> FootnoteNumbers(HashSet<int> numbers)
        {
            HashSet<int>? last = Volatile.Read(ref cache._footnoteNumbers);
            _footnoteNumbers = last is not null && last.SetEquals(numbers) ? last : numbers;
            return _footnoteNumbers;
        }

        private string? _body;

        /// <summary>
        /// The organ that adopts this version: the last version's string when it reads the same, so that the entries read in its
        /// voice (<see cref="Entry.Body"/>) are told to be read in this one by its reference, not compared, paragraph by paragraph.
        /// </summary>
        public string? SameBody(string? body)
        {
            string? last = Volatile.Read(ref cache._body);
            _body = last == body ? last : body;
            return _body;
        }

        /// <summary>The words of a block from <paramref name="skip"/> on, read again only when no earlier version read them.</summary>
        public InlineText Words(RawText text, int skip)
        {
            if (skip == 0 && text.KnownWords is { } known)
            {
                return known;
            }

            InlineText words;
            if (FoundOnLender(text, skip, out int at) is { } found)
            {
                words = found.WordsAt(at);
            }
            else
            {
                var key = new Key(text, skip);

                // One look-up in this version's entries finds the block or makes its place (keys are compared whole).
                ref Entry? slot = ref CollectionsMarshal.GetValueRefOrAddDefault(_next, key, out bool exists);
                if (!exists)
                {
                    slot = previous.TryGetValue(key, out Entry? earlier) ? earlier : new Entry(text.ToInlineText(skip), key.Base);
                }

                slot!.KeptBy = Number;
                KeepOnLender(text, skip, key, slot!);
                words = slot.WordsAt(key.Base);
            }

            if (skip == 0)
            {
                text.Remember(words);
            }

            return words;
        }

        /// <summary>
        /// A paragraph's or footnote's words, citations and ending, read and scanned again only when no earlier
        /// version read the same text with the same adopting organ.
        /// </summary>
        public WordsRead Read(RawText text, int skip, string? body)
        {
            WordsRead read = ReadOrFind(text, skip, body);
            if (skip == 0)
            {
                // Its markers resolved, the block is asked its words again (the draft's blocks): these, not moved once more.
                text.Remember(read.Words);
            }

            return read;
        }

        private WordsRead ReadOrFind(RawText text, int skip, string? body)
        {
            // The words the block was given when placed, before its markers were resolved: the same unless they changed.
            InlineText? placed = skip == 0 ? text.KnownWords : null;
            if (FoundOnLender(text, skip, out int at) is { Citations: { } cited } found && found.Body == body)
            {
                return Moved(found, at, placed);
            }

            var key = new Key(text, skip);
            ref Entry? slot = ref CollectionsMarshal.GetValueRefOrAddDefault(_next, key, out bool exists);
            Entry? entry = exists ? slot : previous.TryGetValue(key, out Entry? earlier) ? earlier : null;
            if (entry is { Citations: { } known } && entry.Body == body)
            {
                slot = entry;
                entry.KeptBy = Number;
                KeepOnLender(text, skip, key, entry);
                return Moved(entry, key.Base, placed);
            }

            InlineText words = entry?.WordsAt(key.Base) ?? text.ToInlineText(skip);
            entry = new Entry(words, key.Base) { Body = body, Citations = CitationScanner.Scan(words, body), Ending = Roles.PunctuationOf.EndingOf(words, text.EndOffset), KeptBy = Number };
            slot = entry;
            KeepOnLender(text, skip, key, entry);
            return new WordsRead(words, entry.Citations, entry.Ending) { Entry = entry };
        }

        /// <summary>What <paramref name="entry"/> read, its words standing at <paramref name="at"/> (<paramref name="known"/> when they are those): its citations and ending moved with them.</summary>
        private static WordsRead Moved(Entry entry, int at, InlineText? known)
        {
            int delta = at - entry.Base;
            return delta == 0
                ? new WordsRead(entry.Words, entry.Citations!, entry.Ending) { Entry = entry }
                : new WordsRead(entry.WordsAt(at, known), Moved(entry.Citations!, delta), entry.Ending.Shifted(delta)) { Entry = entry, Shift = delta };
        }

        /// <summary>
        /// The entry kept on the block <paramref name="text"/> was lent from unchanged, when the text reads from <paramref name="skip"/>
        /// on as the one it was found for, and where its words start; kept for the next version too (once, however many texts share it).
        /// </summary>
        private Entry? FoundOnLender(RawText text, int skip, out int at)
        {
            at = 0;
            if (skip >= text.Length || text.ReadsAs?.FoundFrom(skip)?.For(text, skip, out at) is not { } found)
            {
                return null;
            }

            if (found.Entry.KeptBy != Number)
            {
                found.Entry.KeptBy = Number;
                _next.TryAdd(found.Key, found.Entry);
            }

            return found.Entry;
        }

        /// <summary>Keeps on the block <paramref name="text"/> was lent from unchanged what was found for it, for the next version's text lent from it.</summary>
        private static void KeepOnLender(RawText text, int skip, Key key, Entry entry)
        {
            if (skip < text.Length && text.ReadsAs is { } lender)
            {
                ref Found? slot = ref lender.FoundFrom(skip);
                slot = Found.After(slot, key, entry, key.Base - text.ShiftFromReadsAs);
            }
        }

        /// <summary>The citations moved by <paramref name="delta"/>, in an array: a list around it would be one more object per paragraph moved, on every keystroke.</summary>
        private static Citation[] Moved(IReadOnlyList<Citation> citations, int delta)
        {
            // Most paragraphs cite nothing: they share the one empty array.
            if (citations.Count == 0)
            {
                return [];
            }

            var moved = new Citation[citations.Count];
            for (int i = 0; i < moved.Length; i++)
            {
                moved[i] = citations[i].Shifted(delta);
            }

            return moved;
        }

        /// <summary>
        /// The opening words of a paragraph <see cref="Read"/> read, read again only when its entry's were not read in the same
        /// voice; moved to where the words now stand, as they moved from the entry's (no look-up of a place in the words).
        /// </summary>
        public static Opener OpenerOf(WordsRead read, bool operative, string? body)
        {
            Entry entry = read.Entry!;
            OpenerEntry? known = entry.Opener;
            if (known is null || known.Operative != operative || known.Body != body)
            {
                known = new OpenerEntry(operative, body, OpenerReader.OpenerOf(entry.Words, operative, body));
                entry.Opener = known;
            }

            return read.Shift == 0 ? known.Opener : known.Opener with { Span = known.Opener.Span.Shifted(read.Shift) };
        }

        public void Commit()
        {
            Volatile.Write(ref cache._latest, _next);
            Volatile.Write(ref cache._reading, reading);
            Volatile.Write(ref cache._plainReading, plainReading);
            Volatile.Write(ref cache._lines, lines);
            Volatile.Write(ref cache._footnoteNumbers, _footnoteNumbers);
            Volatile.Write(ref cache._body, _body);
        }
    }
}

/// <summary>
/// A paragraph's or footnote's words from a skip on, what they cite and what closes them; read through a cache, the
/// <see cref="Entry"/> that holds them, <see cref="Shift"/> code units from where its words stand.
/// </summary>
internal readonly record struct WordsRead(InlineText Words, IReadOnlyList<Citation> Citations, Ending Ending)
{
    public ParseCache.Entry? Entry { get; init; }

    public int Shift { get; init; }
}
