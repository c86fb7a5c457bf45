using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Resolint.Core.Drafts;
using Resolint.Core.Parsing;
using Resolint.Core.Rules;
using Resolint.Core.Text;

namespace Resolint.Core.Checking;

/// <summary>
/// What the check of one version of a draft can lend the next, passage by passage (a paragraph's, a footnote's or a
/// heading line's words): the findings of the passage rules (<see cref="RuleScope.Passage"/>) and what the document
/// rules read from each passage's words (<see cref="RuleContext.Summarise{TState, T}"/>). A keystroke changes one
/// passage; the others read as before, perhaps further on, and their findings are moved to where they now stand
/// instead of being found again. Keep one per open document beside its <see cref="ParseCache"/>; safe to share
/// between threads (a check reads the last complete version and publishes its own when it ends). A check under
/// another checker (new conventions, options or catalogue), or of a draft read in another form or another way
/// (transcribed from print or not), starts afresh.
/// </summary>
public sealed class CheckCache
{
    /// <summary>Guards <see cref="_latest"/>, <see cref="_spare"/> and the snapshots' readers: taken twice per check, briefly.</summary>
    private readonly Lock _gate = new();

    private Snapshot? _latest;

    /// <summary>
    /// Tables of passages no check reads any more (a version two keystrokes old), emptied for the next check to fill
    /// instead of making them anew, the size of the draft, on every keystroke.
    /// </summary>
    private Tables? _spare;

    internal Session Begin(Checker checker, Draft draft)
    {
        var facts = new Facts(checker, draft.Form, draft.TranscribedFromPrint);
        lock (_gate)
        {
            Snapshot? previous = _latest is { } latest && latest.Facts == facts ? latest : null;
            if (previous is not null)
            {
                previous.Readers++;
            }

            Tables? spare = _spare;
            _spare = null;
            return new Session(this, facts, draft.Text, previous, spare ?? new Tables(previous?.Tables.Asked.Count ?? 0));
        }
    }

    /// <summary>Makes <paramref name="snapshot"/> the latest; the one it replaces, and the one its check read, are emptied for reuse once no check reads them.</summary>
    private void Publish(Snapshot snapshot, Snapshot? read)
    {
        lock (_gate)
        {
            Snapshot? replaced = _latest;
            _latest = snapshot;
            if (read is not null)
            {
                read.Readers--;
                Recycle(read);
            }

            if (replaced is not null && replaced != read)
            {
                Recycle(replaced);
            }
        }
    }

    /// <summary>Empties a snapshot's tables into <see cref="_spare"/> when no check can read it again: not the latest, no check reading it.</summary>
    private void Recycle(Snapshot snapshot)
    {
        if (snapshot == _latest || snapshot.Readers > 0 || snapshot.Recycled)
        {
            return;
        }

        snapshot.Recycled = true;
        if (_spare is null)
        {
            snapshot.Tables.Clear();
            _spare = snapshot.Tables;
        }
    }

    /// <summary>What every passage's findings depend on beyond its own words.</summary>
    internal sealed record Facts(Checker Checker, DraftForm Form, bool TranscribedFromPrint);

    /// <summary>The passages of the last version checked, in the order its check first asked for them (<see cref="Tables.Asked"/>).</summary>
    /// <param name="source">The text the check read.</param>
    internal sealed class Snapshot(Facts facts, string source, Tables tables)
    {
        public Facts Facts => facts;

        public string Source => source;

        public Tables Tables => tables;

        /// <summary>How many checks begun and not ended read this snapshot (under the cache's gate).</summary>
        public int Readers { get; set; }

        /// <summary>Whether its tables were handed on to be emptied and filled again: no check may read it after (under the cache's gate).</summary>
        public bool Recycled { get; set; }
    }

    /// <summary>
    /// The tables one check fills: the passages in the order first asked for, with their words and where the source under
    /// them began, published for the next check to walk beside its own; and where each passage's words stand in that order,
    /// the check's own look-up, emptied when it ends.
    /// </summary>
    internal sealed class Tables(int byWords)
    {
        public List<Asked> Asked { get; } = new(byWords);

        public Dictionary<InlineText, int> ByWords { get; } = new(byWords, ReferenceEqualityComparer.Instance);

        /// <summary>
        /// What rules found in passages under a given (<see cref="Session.TryFind"/>): by passage, rule and given, so that alike
        /// passages read under different givens (copies of a paragraph, each with its number) each keep theirs.
        /// </summary>
        public Dictionary<(Passage Passage, object Kind, object Given), object?> ByGiven { get; } = [];

        public void Clear()
        {
            Asked.Clear();
            ByWords.Clear();
            ByGiven.Clear();
        }
    }

    /// <summary>A passage as a check first asked for it: its words, and where the source under them began.</summary>
    internal readonly record struct Asked(InlineText Words, int From, Passage Passage);

    /// <summary>What one rule kept of a passage: its findings, or a summary; <see cref="Given"/> is what the summary was read under.</summary>
    private readonly record struct Slot(object Kind, object? Given, object? Value);

    /// <summary>
    /// One passage as the checks read it, handed from version to version while its words read the same (an edit in one
    /// passage leaves the others' objects as they were). It reads as its words, italics and source offsets relative to
    /// its first character, and the source under them (a fix is offered only where the source holds the words as read):
    /// compared whole, hashed on a sample.
    /// </summary>
    internal sealed class Passage
    {
        private readonly InlineText _words;

        /// <summary>The source under the words, copied: a passage outlives the version that read it.</summary>
        private readonly string _source;

        private readonly int _hash;

        /// <summary>Findings kept by rule. Never changed in place: a check still reading the last version may share it.</summary>
        private Slot[] _slots = [];

        /// <summary>Summaries by their kind's place (<see cref="PassageSummary.Place"/>); never changed in place either.</summary>
        private Slot[] _summaries = [];

        /// <summary>How many characters of the source the words stand over.</summary>
        public int Length => _source.Length;

        private Passage(InlineText words, string source, int hash)
        {
            _words = words;
            _source = source;
            _hash = hash;
        }

        /// <summary>Compares passages by what they read.</summary>
        public static IEqualityComparer<Passage> Readings { get; } = new ReadingComparer();

        /// <summary>A passage of <paramref name="words"/> standing over <paramref name="extent"/> of <paramref name="source"/>, nothing kept of it yet.</summary>
        public static Passage Of(InlineText words, SourceText source, (int From, int Length) extent) =>
            new(words, source.Text.Substring(extent.From, extent.Length), HashCode.Combine(ParseCache.Key.Fingerprint(words.Text), words.Length, extent.Length));

        /// <summary>
        /// Whether <paramref name="words"/> standing over <paramref name="extent"/> of <paramref name="source"/> read as this passage;
        /// the source is compared only where the edit since may have touched it (<paramref name="sourceUnchanged"/> false).
        /// </summary>
        public bool ReadsAs(InlineText words, SourceText source, (int From, int Length) extent, bool sourceUnchanged) =>
            extent.Length == _source.Length && words.ReadsAs(_words)
            && (sourceUnchanged || source.Text.AsSpan(extent.From, extent.Length).SequenceEqual(_source));

        public bool TryFind(object kind, object? given, out object? value)
        {
            foreach (Slot slot in _slots)
            {
                if (ReferenceEquals(slot.Kind, kind) && Equals(slot.Given, given))
                {
                    value = slot.Value;
                    return true;
                }
            }

            value = null;
            return false;
        }

        /// <summary>The summary of <paramref name="kind"/> kept of the passage under <paramref name="given"/>: at the kind's place, not looked for.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool TryFind(PassageSummary kind, object? given, out object? value)
        {
            Slot[] summaries = _summaries;
            if (kind.Place < summaries.Length && summaries[kind.Place] is { Kind: not null } slot && Equals(slot.Given, given))
            {
                value = slot.Value;
                return true;
            }

            value = null;
            return false;
        }

        public void Keep(object kind, object? given, object? value)
        {
            var slots = new List<Slot>(_slots.Length + 1);
            foreach (Slot slot in _slots)
            {
                if (!ReferenceEquals(slot.Kind, kind))
                {
                    slots.Add(slot);
                }
            }

            slots.Add(new Slot(kind, given, value));
            _slots = [.. slots];
        }

        /// <summary>Keeps the summary of <paramref name="kind"/> read under <paramref name="given"/> at the kind's place, in place of the one there.</summary>
        public void Keep(PassageSummary kind, object? given, object value)
        {
            var summaries = new Slot[Math.Max(_summaries.Length, kind.Place + 1)];
            _summaries.CopyTo(summaries, 0);
            summaries[kind.Place] = new Slot(kind, given, value);
            _summaries = summaries;
        }

        /// <summary>The first of <paramref name="passages"/> that reads as this one; null when none does. Their hashes are compared first, in line: a keystroke walks the draft's passages so.</summary>
        public Passage? AlikeIn(List<Asked> passages)
        {
            foreach (Asked asked in CollectionsMarshal.AsSpan(passages))
            {
                if (asked.Passage._hash == _hash && Readings.Equals(asked.Passage, this))
                {
                    return asked.Passage;
                }
            }

            return null;
        }

        /// <summary>The source under the words, from their first character to just after their last.</summary>
        public static (int From, int Length) Extent(InlineText words, SourceText source)
        {
            TextSpan extent = words.ToSource(new TextSpan(0, words.Length));
            int from = Math.Min(extent.Start, source.Length);
            return (from, Math.Min(extent.End, source.Length) - from);
        }

        private sealed class ReadingComparer : IEqualityComparer<Passage>
        {
            public bool Equals(Passage? x, Passage? y) =>
                ReferenceEquals(x, y)
                || (x is not null && y is not null && x._hash == y._hash && x._source == y._source && x._words.ReadsAs(y._words));

            public int GetHashCode(Passage passage) => passage._hash;
        }
    }

    /// <summary>One check: reads the last version's passages, records its own, publishes them at the end.</summary>
    /// <param name="text">The text checked.</param>
    /// <param name="tables">Empty tables to fill, made for this check or emptied from a version no check reads any more.</param>
    internal sealed class Session(CheckCache cache, Facts facts, SourceText text, Snapshot? previous, Tables tables)
    {
        /// <summary>
        /// How many passages a check looks for by walking the last version's whole order (or its own) before it makes a table
        /// to look them up in: a keystroke changes one passage, and a table of the draft's thousands of passages made for it
        /// cost more than the walk.
        /// </summary>
        private const int WalksBeforeTable = 4;

        /// <summary>Each passage's words found once per check, however many rules ask, in the order first asked for.</summary>
        private readonly List<Asked> _asked = tables.Asked;

        /// <summary>Where the words of each passage not listed beforehand (<see cref="Expect"/>) stand in <see cref="_asked"/>.</summary>
        private readonly Dictionary<InlineText, int> _byWords = tables.ByWords;

        /// <summary>
        /// Where each run of passages listed beforehand (<see cref="Expect"/>) that stand in the order of the source begins in
        /// <see cref="_asked"/>; the last entry is just after the last of them. Passages are looked up in these runs by where
        /// they stand, not in a table of every passage's words made on every keystroke.
        /// </summary>
        private readonly List<int> _runs = [];

        /// <summary>The last version's passages in the order its check first asked for them; empty when there is none to read.</summary>
        private readonly List<Asked> _earlier = previous?.Tables.Asked ?? [];

        /// <summary>Just after the passage asked for last in <see cref="_asked"/>.</summary>
        private int _next;

        /// <summary>Just after the last version's passage found last in <see cref="_earlier"/>: the one the next passage most likely is.</summary>
        private int _earlierNext;

        /// <summary>Where the text differs from the one the last version's check read; found when first needed.</summary>
        private TextChange? _change;

        /// <summary>Where the text differs from the one the last version's check read (there must be one).</summary>
        private TextChange Change => _change ??= text.ChangeFrom(previous!.Source);

        /// <summary>Where each of the last version's passages began in <see cref="_earlier"/>, the first at a place; made after a few walks.</summary>
        private Dictionary<int, int>? _earlierByPlace;

        private int _placeWalks;

        /// <summary>This check's passages and the last version's, by what they read; made after a few walks.</summary>
        private HashSet<Passage>? _byReading;

        private int _readingWalks;

        /// <summary>The tables this check fills.</summary>
        public Tables Tables => tables;

        /// <summary>
        /// Finds the passages of <paramref name="texts"/>, every passage's words the rules will ask for, in that order, before
        /// any is asked for: the order they are asked in, and where each stands, then need no table of their words.
        /// </summary>
        public void Expect(List<InlineText> texts)
        {
            int last = int.MinValue;
            foreach (InlineText words in texts)
            {
                int from = Add(words);
                if (from < last || _runs.Count == 0)
                {
                    _runs.Add(_asked.Count - 1);
                }

                last = from;
            }

            _runs.Add(_asked.Count);
        }

        /// <summary>
        /// The passage of <paramref name="words"/>. The rules walk the passages in order, each asking for the passage after the
        /// one it asked for last, or for the same again, or walking again from the first: those are taken from their place in
        /// the order asked, without a look-up.
        /// </summary>
        /// <remarks>The passage after the one asked for last is taken in line, where asked: the rules ask for each passage on every keystroke.</remarks>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public Passage Of(InlineText words)
        {
            Span<Asked> asked = CollectionsMarshal.AsSpan(_asked);
            int next = _next;
            if ((uint)next < (uint)asked.Length && ReferenceEquals(asked[next].Words, words))
            {
                _next = next + 1;
                return asked[next].Passage;
            }

            return OfAnother(words);
        }

        /// <summary>
        /// Where the words of the passage asked for last (<see cref="Of"/>) begin in the source: found when the passage was
        /// listed, not read from the words again by every rule that asks.
        /// </summary>
        public int FromOfLast => _asked[_next - 1].From;

        /// <summary>The passage of <paramref name="words"/>, not the one after the passage asked for last.</summary>
        private Passage OfAnother(InlineText words)
        {
            if (_next > 0 && ReferenceEquals(_asked[_next - 1].Words, words))
            {
                return _asked[_next - 1].Passage;
            }

            int index = IndexOf(words);
            if (index < 0)
            {
                index = _asked.Count;
                _byWords.Add(words, index);
                Add(words);
            }

            _next = index + 1;
            return _asked[index].Passage;
        }

        /// <summary>Where <paramref name="words"/> stand in <see cref="_asked"/>: by where they stand among the passages listed beforehand, or by the words themselves; -1 when not asked for yet.</summary>
        private int IndexOf(InlineText words)
        {
            if (_asked.Count > 0 && ReferenceEquals(_asked[0].Words, words))
            {
                return 0;
            }

            if (_runs.Count > 0)
            {
                int from = Passage.Extent(words, text).From;
                for (int run = 0; run + 1 < _runs.Count; run++)
                {
                    if (IndexIn(_runs[run], _runs[run + 1], words, from) is int found and >= 0)
                    {
                        return found;
                    }
                }
            }

            return _byWords.TryGetValue(words, out int index) ? index : -1;
        }

        /// <summary>Where <paramref name="words"/>, beginning at <paramref name="from"/>, stand among the passages from <paramref name="start"/> to just before <paramref name="end"/>, which stand in the order of the source; -1 when not there.</summary>
        private int IndexIn(int start, int end, InlineText words, int from)
        {
            Span<Asked> run = CollectionsMarshal.AsSpan(_asked)[start..end];
            int low = 0, high = run.Length;
            while (low < high)
            {
                int middle = (low + high) >>> 1;
                if (run[middle].From < from)
                {
                    low = middle + 1;
                }
                else
                {
                    high = middle;
                }
            }

            // The first that begins there or after; passages without words may begin at the same place.
            for (int i = low; i < run.Length && run[i].From == from; i++)
            {
                if (ReferenceEquals(run[i].Words, words))
                {
                    return start + i;
                }
            }

            return -1;
        }

        /// <summary>Finds the passage of <paramref name="words"/> and lists it last among those asked for; where the source under the words begins.</summary>
        private int Add(InlineText words)
        {
            if (Moved(words) is int from)
            {
                return from;
            }

            (int From, int Length) extent = Passage.Extent(words, text);
            Passage passage = Find(words, extent);
            _asked.Add(new Asked(words, extent.From, passage));
            _byReading?.Add(passage);
            return extent.From;
        }

        /// <summary>
        /// Lists the last version's passage after the one found last when <paramref name="words"/> are its words moved by the
        /// edit since (<see cref="InlineText.IsShiftOf"/>), the source under them all before the edit or all after it: they
        /// read as it does, and stand as far on as the edit moved them; where they begin, or null when they are not. A
        /// keystroke moves thousands of passages so, each found without its extent read from its words.
        /// </summary>
        private int? Moved(InlineText words)
        {
            if (_earlierNext >= _earlier.Count)
            {
                return null;
            }

            Asked next = _earlier[_earlierNext];
            TextChange change = Change;
            int from = next.From;

            // Before the edit, a passage that ends where it begins may have grown with it: only one wholly before it is taken.
            int delta = from >= change.OldEnd ? change.NewEnd - change.OldEnd : from + next.Passage.Length < change.Start ? 0 : int.MinValue;
            if (delta == int.MinValue || !words.IsShiftOf(next.Words, delta))
            {
                return null;
            }

            _earlierNext++;
            _asked.Add(new Asked(words, from + delta, next.Passage));
            _byReading?.Add(next.Passage);
            return from + delta;
        }

        /// <summary>
        /// What the last version's check kept of <paramref name="passage"/> for <paramref name="kind"/> under <paramref name="given"/>,
        /// kept again for the next: a value under a given lasts while checks ask for it, one version to the next.
        /// </summary>
        public bool TryFind(Passage passage, object kind, object given, out object? value)
        {
            if (previous is not null && previous.Tables.ByGiven.TryGetValue((passage, kind, given), out value))
            {
                Keep(passage, kind, given, value);
                return true;
            }

            value = null;
            return false;
        }

        /// <summary>Keeps what this check found of <paramref name="passage"/> for <paramref name="kind"/> under <paramref name="given"/>, for the next check.</summary>
        public void Keep(Passage passage, object kind, object given, object? value) => tables.ByGiven[(passage, kind, given)] = value;

        /// <summary>Publishes what this check read for the next one; the session is not used after.</summary>
        public void Commit()
        {
            _byWords.Clear();
            cache.Publish(new Snapshot(facts, text.Text, tables), previous);
        }

        /// <summary>
        /// The last version's passage of the same words: the one the last version's check asked for after the passage found last,
        /// where it stood over the same source the edit since left alone (the source is then known to be the same) or has the
        /// very string of words the parse reused; else the one that stood where the edit left the source alone; else one that
        /// reads the same, of this version or the last; or a new one.
        /// </summary>
        private Passage Find(InlineText words, (int From, int Length) extent)
        {
            if (previous is null)
            {
                return Alike(Passage.Of(words, text, extent));
            }

            int? earlierFrom = EarlierPlace(extent);
            if (_earlierNext < _earlier.Count && _earlier[_earlierNext] is var next
                && (earlierFrom == next.From ? next.Passage.ReadsAs(words, text, extent, sourceUnchanged: true)
                    : ReferenceEquals(next.Words.Text, words.Text) && next.Passage.ReadsAs(words, text, extent, sourceUnchanged: false)))
            {
                _earlierNext++;
                return next.Passage;
            }

            if (earlierFrom is int from && EarlierAt(from) is int at && _earlier[at].Passage.ReadsAs(words, text, extent, sourceUnchanged: true))
            {
                _earlierNext = at + 1;
                return _earlier[at].Passage;
            }

            return Alike(Passage.Of(words, text, extent));
        }

        /// <summary>Where in <see cref="_earlier"/> the first passage that began at <paramref name="from"/> stands; null when none did.</summary>
        private int? EarlierAt(int from)
        {
            if (_earlierByPlace is null && ++_placeWalks <= WalksBeforeTable)
            {
                for (int i = 0; i < _earlier.Count; i++)
                {
                    if (_earlier[i].From == from)
                    {
                        return i;
                    }
                }

                return null;
            }

            if (_earlierByPlace is null)
            {
                _earlierByPlace = new Dictionary<int, int>(_earlier.Count);
                for (int i = 0; i < _earlier.Count; i++)
                {
                    _earlierByPlace.TryAdd(_earlier[i].From, i);
                }
            }

            return _earlierByPlace.TryGetValue(from, out int at) ? at : null;
        }

        /// <summary>A passage of this check or the last version's that reads as <paramref name="read"/>, or <paramref name="read"/> itself.</summary>
        private Passage Alike(Passage read)
        {
            if (_byReading is null && ++_readingWalks <= WalksBeforeTable)
            {
                return read.AlikeIn(_asked) ?? read.AlikeIn(_earlier) ?? read;
            }

            if (_byReading is null)
            {
                _byReading = new HashSet<Passage>(_asked.Count + _earlier.Count, Passage.Readings);
                foreach (Asked asked in _asked)
                {
                    _byReading.Add(asked.Passage);
                }

                foreach (Asked asked in _earlier)
                {
                    _byReading.Add(asked.Passage);
                }
            }

            return _byReading.TryGetValue(read, out Passage? same) ? same : read;
        }

        /// <summary>
        /// Where the source over <paramref name="extent"/> stood in the text the last version's check read, when the edit since
        /// left it alone (all before the edit, or all after it and moved by it): a passage that stood there over as many
        /// characters held the same, and a keystroke compares only the passages it touched, not a whole draft's characters.
        /// </summary>
        private int? EarlierPlace((int From, int Length) extent)
        {
            TextChange change = Change;
            return extent.From + extent.Length <= change.Start ? extent.From
                : extent.From >= change.NewEnd ? extent.From - change.NewEnd + change.OldEnd
                : null;
        }
    }
}
