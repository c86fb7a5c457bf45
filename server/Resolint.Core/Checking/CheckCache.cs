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
        return new Session(this, facts, latest is not null && latest.Facts == facts ? latest.Passages : null);
    }

    /// <summary>What every passage's findings depend on beyond its own words.</summary>
    internal sealed record Facts(Checker Checker, DraftForm Form, bool TranscribedFromPrint);

    private sealed record Snapshot(Facts Facts, Dictionary<Key, Passage> Passages);

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
        {
            _words = words;
            _source = source.Text;
            TextSpan extent = words.ToSource(new TextSpan(0, words.Length));
            _from = Math.Min(extent.Start, _source.Length);
            _length = Math.Min(extent.End, _source.Length) - _from;
            _hash = HashCode.Combine(ParseCache.Key.Fingerprint(words.Text), words.Length, _length);
        }

        public bool Equals(Key other) =>
            _hash == other._hash && _length == other._length && _words.ReadsAs(other._words)
            && _source.AsSpan(_from, _length).SequenceEqual(other._source.AsSpan(other._from, other._length));

        public override bool Equals(object? obj) => obj is Key other && Equals(other);

        public override int GetHashCode() => _hash;
    }

    /// <summary>What one rule kept of a passage: its findings, or a summary; <see cref="Given"/> is what the summary was read under.</summary>
    private readonly record struct Slot(object Kind, object? Given, object? Value);

    /// <summary>One passage of the version being checked, with what earlier checks kept of the same words.</summary>
    internal sealed class Passage(Passage? earlier)
    {
        /// <summary>Never changed in place: an earlier version's passages share it.</summary>
        private Slot[] _slots = earlier?._slots ?? [];

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
    internal sealed class Session(CheckCache cache, Facts facts, Dictionary<Key, Passage>? previous)
    {
        private readonly Dictionary<Key, Passage> _next = new(previous?.Count ?? 0);

        /// <summary>Each passage's words looked up once per check, however many rules ask.</summary>
        private readonly Dictionary<InlineText, Passage> _byWords = new(ReferenceEqualityComparer.Instance);

        public Passage Of(InlineText words, SourceText source)
        {
            ref Passage? known = ref CollectionsMarshal.GetValueRefOrAddDefault(_byWords, words, out bool exists);
            if (!exists)
            {
                var key = new Key(words, source);
                ref Passage? passage = ref CollectionsMarshal.GetValueRefOrAddDefault(_next, key, out bool seen);
                if (!seen)
                {
                    passage = new Passage(previous is not null && previous.TryGetValue(key, out Passage? earlier) ? earlier : null);
                }

                known = passage;
            }

            return known!;
        }

        public void Commit() => Volatile.Write(ref cache._latest, new Snapshot(facts, _next));
    }
}
