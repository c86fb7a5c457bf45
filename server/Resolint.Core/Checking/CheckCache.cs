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
    private Snapshot? _latest;

    internal Session Begin(Checker checker, Draft draft)
    {
        var facts = new Facts(checker, draft.Form, draft.TranscribedFromPrint);
        Snapshot? latest = Volatile.Read(ref _latest);
        return new Session(this, facts, latest is not null && latest.Facts == facts ? latest : null);
    }

    /// <summary>What every passage's findings depend on beyond its own words.</summary>
    internal sealed record Facts(Checker Checker, DraftForm Form, bool TranscribedFromPrint);

    /// <summary>
    /// The passages of the last version checked, by what they read and by their words' text: the parse cache hands on
    /// the very string of words it reused, so most passages are found by reference, their hash taken from the last version.
    /// </summary>
    internal sealed record Snapshot(Facts Facts, Dictionary<Key, Passage> Passages, Dictionary<string, (Key Key, Passage Passage)> ByText);

    /// <summary>
    /// A passage as it reads: its words, italics and source offsets relative to its first character, and the source
    /// under them (a fix is offered only where the source holds the words as read). Compared whole; hashed on a sample.
    /// </summary>
    internal readonly struct Key : IEquatable<Key>
    {
        private readonly InlineText _words;
        private readonly string _source;
        private readonly int _from;
        private readonly int _length;
        private readonly int _hash;

        public Key(InlineText words, SourceText source)
            : this(words, source, hash: null)
        {
        }

        /// <param name="hash">The hash of a key this one is to be compared with, and is equal to when it reads the same; null to hash the words.</param>
        private Key(InlineText words, SourceText source, int? hash)
        {
            _words = words;
            _source = source.Text;
            TextSpan extent = words.ToSource(new TextSpan(0, words.Length));
            _from = Math.Min(extent.Start, _source.Length);
            _length = Math.Min(extent.End, _source.Length) - _from;
            _hash = hash ?? HashCode.Combine(ParseCache.Key.Fingerprint(words.Text), words.Length, _length);
        }

        /// <summary>The key of <paramref name="words"/> when they read as <paramref name="earlier"/>'s (its hash, not hashed again); null when they do not.</summary>
        public static Key? Matching(InlineText words, SourceText source, Key earlier)
        {
            var key = new Key(words, source, earlier._hash);
            return key.Equals(earlier) ? key : null;
        }

        public bool Equals(Key other) =>
            _hash == other._hash && _length == other._length && _words.ReadsAs(other._words)
            && _source.AsSpan(_from, _length).SequenceEqual(other._source.AsSpan(other._from, other._length));

        public override bool Equals(object? obj) => obj is Key other && Equals(other);

        public override int GetHashCode() => _hash;
    }

    /// <summary>What one rule kept of a passage: its findings, or a summary; <see cref="Given"/> is what the summary was read under.</summary>
    private readonly record struct Slot(object Kind, object? Given, object? Value);

    /// <summary>
    /// One passage as the checks read it, handed from version to version while its words read the same (an edit in one
    /// passage leaves the others' objects as they were).
    /// </summary>
    internal sealed class Passage
    {
        /// <summary>Never changed in place: a check still reading the last version may share it.</summary>
        private Slot[] _slots = [];

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
    }

    /// <summary>One check: reads the last version's passages, records its own, publishes them at the end.</summary>
    internal sealed class Session(CheckCache cache, Facts facts, Snapshot? previous)
    {
        private readonly Dictionary<Key, Passage> _next = new(previous?.Passages.Count ?? 0);
        private readonly Dictionary<string, (Key Key, Passage Passage)> _nextByText = new(previous?.ByText.Count ?? 0, ReferenceEqualityComparer.Instance);

        /// <summary>Each passage's words looked up once per check, however many rules ask.</summary>
        private readonly Dictionary<InlineText, Passage> _byWords = new(previous?.Passages.Count ?? 0, ReferenceEqualityComparer.Instance);

        public Passage Of(InlineText words, SourceText source)
        {
            ref Passage? known = ref CollectionsMarshal.GetValueRefOrAddDefault(_byWords, words, out bool exists);
            if (!exists)
            {
                known = Find(words, source);
            }

            return known!;
        }

        public void Commit() => Volatile.Write(ref cache._latest, new Snapshot(facts, _next, _nextByText));

        /// <summary>The last version's passage of the same words, found by their text where the parse reused it, else by what they read; or a new one.</summary>
        private Passage Find(InlineText words, SourceText source)
        {
            if (previous is not null && previous.ByText.TryGetValue(words.Text, out (Key Key, Passage Passage) earlier)
                && Key.Matching(words, source, earlier.Key) is { } same)
            {
                _next.TryAdd(same, earlier.Passage);
                _nextByText.TryAdd(words.Text, (same, earlier.Passage));
                return earlier.Passage;
            }

            var key = new Key(words, source);
            ref Passage? passage = ref CollectionsMarshal.GetValueRefOrAddDefault(_next, key, out bool seen);
            if (!seen)
            {
                passage = previous is not null && previous.Passages.TryGetValue(key, out Passage? found) ? found : new Passage();
            }

            _nextByText.TryAdd(words.Text, (key, passage!));
            return passage!;
        }
    }
}
