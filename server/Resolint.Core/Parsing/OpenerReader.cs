using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Collections.Immutable;
using Resolint.Core.Drafts;
using Resolint.Core.Rules.OpeningWords;
using Resolint.Core.Text;

namespace Resolint.Core.Parsing;

/// <summary>
/// The one reading of a paragraph's opening words, made when the draft is parsed and stored on it
/// (<see cref="Opener"/>): rules, outline, document symbols, semantic tokens and the learner all read it. A
/// small grammar reads them with the extent the United Nations italicises: leading adverbs ("Also", "Deeply",
/// "Once again"), the head ("Requests", "Recalling", "concerned"), then the tails the lexicon lists for it
/// ("note with interest", "upon", "grave concern", "in mind", "also"). Where a Markdown draft italicises more
/// or less than the grammar reads ("*Continues to condemn in the strongest possible terms*", "*Calls* for"),
/// the italic run is the drafter's own extent, as long as it takes in the head and ends at a word's end; where
/// it does not ("*Also* requests", "*Invite*s"), the grammar's reading stands.
/// </summary>
public static class OpenerReader
{
    /// <summary>Enough words for the longest opening words the grammar reads.</summary>
    private const int MaxWords = 16;

    /// <summary>"Once again strongly": more adverbs than this before the head are words of the sentence.</summary>
    private const int MaxLeading = 3;

    /// <summary>Tails that follow one another after a head: "Takes note with appreciation also" has three.</summary>
    private const int MaxTails = 4;

    /// <summary>
    /// The longest italic run at a paragraph's start still read as its opening words; the UN's longest run
    /// twice as long as the grammar's longest reading ("Continues to condemn in the strongest possible terms").
    /// Beyond it, a run is emphasis of the sentence, not opening words.
    /// </summary>
    private const int MaxItalicWords = 12;

    /// <summary>Where the opening words stand in a paragraph's reader text, and their head word.</summary>
    public readonly record struct Reading(TextSpan Span, TextSpan Head);

    /// <summary>The opener of a preambular or operative paragraph, in the reader's text.</summary>
    public static TextSpan Read(InlineText content, bool operative, string? body = null) => ReadWords(content, operative, body).Span;

    /// <summary>
    /// The opening words of a paragraph as the draft stores them; <paramref name="body"/> is the body that speaks
    /// in it ("Human Rights Council"), whose editors' extent the lexicon may know.
    /// </summary>
    public static Opener OpenerOf(InlineText content, bool operative, string? body = null)
    {
        Reading reading = ReadWords(content, operative, body);
        TextSpan span = reading.Span;
        return new Opener(content.Text.Substring(span.Start, span.Length), content.ToSource(span), !span.IsEmpty && content.IsItalic(span))
        {
            Within = span,
            Head = reading.Head,
        };
    }

    /// <summary>
    /// The opening words and their head, in the reader's text; empty when the paragraph opens with no word (a
    /// number, a bracket alone) or with a sub-paragraph label ("(a) the Secretary-General …").
    /// </summary>
    public static Reading ReadWords(InlineText content, bool operative, string? body = null)
    {
        string text = content.Text;
        var none = new Reading(new TextSpan(0, 0), new TextSpan(0, 0));
        if (text.Length == 0 || SubParagraphLabels.TryRead(text.AsSpan(), out _))
        {
            return none;
        }

        // The words are read as the grammar asks for them: most openers end a few words in, and every paragraph passes here.
        var words = new OpeningWords(text, stackalloc TextSpan[MaxWords]);
        if (!words.Has(0))
        {
            return none;
        }

        int w = 0;
        while (words.Has(w + 1) && w < MaxLeading && IsLeading(Word(text, words[w]), w == 0 || IsLeading(Word(text, words[w - 1]), true)))
        {
            w++;
        }

        TextSpan head = words[w];
        if (!char.IsLetter(text[head.Start]))
        {
            return none;
        }

        (int end, int core) = ReadTails(text, ref words, w, operative, SpeakerOf(body));
        int stop = words[end].End;

        // The drafter's italics mark the extent where they take in the head with its fixed words ("Calls upon",
        // "Takes note") and end at a word's end: the UN italicises both "Takes note with appreciation" and
        // "*Takes note* with appreciation", "Expresses its appreciation" and "*Expresses* its appreciation".
        if (ItalicRunAtStart(content) is { } italic && italic.End != stop && italic.End >= words[core].End
            && EndsAWord(text, italic.End) && WordsIn(ref words, italic) <= MaxItalicWords)
        {
            stop = italic.End;
        }

        return new Reading(TextSpan.FromBounds(words[0].Start, stop), head);
    }

    /// <summary>
    /// True when a word could open a preambular paragraph: a participle ("Recalling", "Concerned",
    /// "Having"), an adverb before one ("Deeply"), or an adjective the lexicon knows. Used to tell a new
    /// paragraph from the rest of one cut by a page break.
    /// </summary>
    public static bool CouldOpenPreamble(string word)
    {
        if (word.Length < 3 || !char.IsUpper(word[0]))
        {
            return false;
        }

        return word.EndsWith("ing", StringComparison.Ordinal)
            || word.EndsWith("ed", StringComparison.Ordinal)
            || word.EndsWith("ly", StringComparison.Ordinal)
            || word.EndsWith("ful", StringComparison.Ordinal)
            || word.EndsWith("ous", StringComparison.Ordinal)
            || word.EndsWith("ant", StringComparison.Ordinal)
            || word.EndsWith("ent", StringComparison.Ordinal)
            || word.EndsWith("ive", StringComparison.Ordinal)
            || Lexicon.IsOpeningAdjective(word)
            || word is "Also" or "Further";
    }

    /// <summary>
    /// The index of the last word of the opening words (the head, then its tails as long as they match), and of
    /// the last word of its core: the head with the fixed words straight after it ("Calls upon", "Bearing in mind").
    /// A tail that ends in a verb ("Continues to condemn") hands on the head: the verb's own tails follow ("… in the
    /// strongest possible terms").
    /// </summary>
    private static (int Last, int Core) ReadTails(string text, ref OpeningWords words, int head, bool operative, Speaker speaker)
    {
        // The head read where it stands, not copied: every paragraph's opening words pass here.
        ReadOnlySpan<char> headWord = Word(text, words[head]);
        (TailCandidates outer, TailCandidates between) = Candidates(VerbForms.BaseOf(headWord), speaker, operative);
        int last = head;
        int core = head;
        for (int round = 0; round < MaxTails; round++)
        {
            (int next, OpenerTail? tail) = LongestTail(text, ref words, last + 1, headWord, outer, operative);
            if (next < 0)
            {
                // "once again", "also" between the head and a tail: "Calls once again upon".
                (int inner, _) = LongestTail(text, ref words, last + 1, headWord, between, operative);
                (next, tail) = inner < 0 ? (-1, null) : LongestTail(text, ref words, inner + 1, headWord, outer, operative);
            }

            if (next < 0 || tail is null)
            {
                break;
            }

            core = tail.IsFixed && core == last ? next : core;
            last = next;
            if (tail.EndsInVerb)
            {
                headWord = Word(text, words[last]);
                (outer, between) = Candidates(headWord, speaker, operative);
            }

            // A repeat's "also" or "further" closes the opening words: "Reaffirming also its commitment".
            if (Word(text, words[last]) is "also" or "further")
            {
                break;
            }
        }

        return (last, core);
    }

    /// <summary>The tails that name the heads they follow, by each head's bare form.</summary>
    private static readonly Lazy<FrozenDictionary<string, NamedTails>> TailsByHead =
        new(() => IndexBy(tail => tail.Heads ?? []).ToFrozenDictionary(named => named.Key, named => new NamedTails(named.Value), StringComparer.Ordinal));

    /// <summary><see cref="TailsByHead"/> asked with the head's bare form as read.</summary>
    private static readonly Lazy<FrozenDictionary<string, NamedTails>.AlternateLookup<ReadOnlySpan<char>>> TailsByHeadAsRead = new(() => TailsByHead.Value.GetAlternateLookup<ReadOnlySpan<char>>());

    /// <summary>
    /// The tails a head names (their indices in the lexicon's list, in order), with the candidates after it where no tail is left
    /// out (the General Assembly's, the Security Council's): found with the head, not looked up again for every paragraph it opens.
    /// </summary>
    private sealed class NamedTails(int[] tails)
    {
        public int[] Tails { get; } = tails;

        public (TailCandidates Outer, TailCandidates Between) InPreamble { get; } = Select(tails, [], operative: false);

        public (TailCandidates Outer, TailCandidates Between) InOperativePart { get; } = Select(tails, [], operative: true);
    }

    /// <summary>
    /// The tails the editors of a body leave outside the opening words, by the body (the Human Rights Council italicises
    /// "Reaffirming" alone before "its commitment", the General Assembly "Reaffirming its commitment"): their indices, in order.
    /// </summary>
    private static readonly Lazy<FrozenDictionary<string, int[]>> TailsLeftOutBy = new(() => IndexBy(tail => tail.LeftOutBy));

    /// <summary>
    /// The candidates (<see cref="Candidates"/>) for the tails a head names, those a body leaves out and the part: as
    /// many entries as the lexicon has such lists, each made once.
    /// </summary>
    private static readonly ConcurrentDictionary<(int[] Named, int[] LeftOut, bool Operative), (TailCandidates Outer, TailCandidates Between)> CandidatesFound = new();

    /// <summary>
    /// A body that speaks, written as the draft gives it (null for none), the tails its editors leave out (<see
    /// cref="TailsLeftOutBy"/>), and the candidates after a head that names no tail (most heads: "Recalling", "Requests")
    /// in the preamble and in the operative part, found once for the body, not once per paragraph.
    /// </summary>
    private sealed record Speaker(string? Body, int[] LeftOut)
    {
        public (TailCandidates Outer, TailCandidates Between) InPreamble { get; } = CandidatesOf(Array.Empty<int>(), LeftOut, operative: false);

        public (TailCandidates Outer, TailCandidates Between) InOperativePart { get; } = CandidatesOf(Array.Empty<int>(), LeftOut, operative: true);
    }

    /// <summary>
    /// The body last asked about on this thread: nearly every paragraph of a draft has the same, looked up once, not per
    /// paragraph (one for all threads, drafts of other bodies read side by side would replace it at every paragraph).
    /// </summary>
    [ThreadStatic]
    private static Speaker? _lastSpeaker;

    /// <summary>No body speaks: no tail is left out.</summary>
    private static readonly Lazy<Speaker> NoBody = new(() => new Speaker(null, Array.Empty<int>()));

    /// <summary>The speaking <paramref name="body"/> with the tails its editors (as the lexicon names them) leave out.</summary>
    private static Speaker SpeakerOf(string? body)
    {
        if (body is null)
        {
            return NoBody.Value;
        }

        Speaker? last = _lastSpeaker;
        if (last is null || last.Body != body)
        {
            string name = Lexicon.BodyNamed(body)?.Name ?? body;
            last = new Speaker(body, TailsLeftOutBy.Value.TryGetValue(name, out int[]? left) ? left : Array.Empty<int>());
            _lastSpeaker = last;
        }

        return last;
    }

    private static FrozenDictionary<string, int[]> IndexBy(Func<OpenerTail, IEnumerable<string>> keys)
    {
        ImmutableArray<OpenerTail> tails = Lexicon.OpenerTails;
        return Enumerable.Range(0, tails.Length)
            .SelectMany(t => keys(tails[t]).Select(key => (Key: key, Tail: t)))
            .GroupBy(keyed => keyed.Key, StringComparer.Ordinal)
            .ToFrozenDictionary(group => group.Key, group => group.Select(keyed => keyed.Tail).ToArray(), StringComparer.Ordinal);
    }

    /// <summary>
    /// The tails that may follow a head of bare form <paramref name="headBase"/> (any head's, or one that names it) in a
    /// preambular or operative paragraph (Outer) or between the head and another tail (Between), less those the editors
    /// of the <paramref name="speaker"/>'s editors leave outside the opening words; in the lexicon's order. Chosen
    /// once per list of named and left-out tails, not once per head.
    /// </summary>
    private static (TailCandidates Outer, TailCandidates Between) Candidates(ReadOnlySpan<char> headBase, Speaker speaker, bool operative)
    {
        if (headBase.IsEmpty || !TailsByHeadAsRead.Value.TryGetValue(headBase, out NamedTails? named))
        {
            return operative ? speaker.InOperativePart : speaker.InPreamble;
        }

        if (speaker.LeftOut.Length == 0)
        {
            return operative ? named.InOperativePart : named.InPreamble;
        }

        return CandidatesOf(named.Tails, speaker.LeftOut, operative);
    }

    private static (TailCandidates Outer, TailCandidates Between) CandidatesOf(int[] named, int[] leftOut, bool operative) =>
        CandidatesFound.GetOrAdd((named, leftOut, operative), static key => Select(key.Named, key.LeftOut, key.Operative));

    private static (TailCandidates Outer, TailCandidates Between) Select(int[] named, int[] leftOut, bool operative)
    {
        ImmutableArray<OpenerTail> tails = Lexicon.OpenerTails;
        var outer = new List<OpenerTail>();
        var between = new List<OpenerTail>();
        for (int t = 0; t < tails.Length; t++)
        {
            OpenerTail tail = tails[t];
            if (!(tail.Heads is null || named.Contains(t)) || leftOut.Contains(t))
            {
                continue;
            }

            if (tail.Place == TailPlace.Inner)
            {
                between.Add(tail);
            }
            else if (tail.Place == TailPlace.Both || tail.Place == (operative ? TailPlace.Operative : TailPlace.Preamble))
            {
                outer.Add(tail);
            }
        }

        return (new TailCandidates([.. outer]), new TailCandidates([.. between]));
    }

    /// <summary>
    /// The index of the last word of the longest of the <paramref name="candidates"/> (<see cref="Candidates"/>) that
    /// matches at <paramref name="at"/> (or -1), and the tail: the first of the longest, in the candidates' order.
    /// </summary>
    internal static (int End, OpenerTail? Tail) LongestTail(string text, ref OpeningWords words, int at, ReadOnlySpan<char> head, TailCandidates candidates, bool operative)
    {
        // Every tail's first word is lower case (Fits): a capital, a digit or a bracket there ends the opening words.
        if (!words.Has(at) || !char.IsLower(text[words[at].Start]))
        {
            return (-1, null);
        }

        // Most words after a head open no tail ("the", "its", "that"): one look at the first words the candidates take
        // rejects them all, and only the tails the word may open are matched.
        OpenerTail[] tails = candidates.Tails;
        Span<bool> opens = stackalloc bool[tails.Length];
        if (!candidates.MayOpen(Word(text, words[at]), head, operative, opens))
        {
            return (-1, null);
        }

        int best = -1;
        OpenerTail? found = null;
        for (int c = 0; c < tails.Length; c++)
        {
            if (opens[c] && Match(text, ref words, at, tails[c].Tokens, head, operative) is var end && end > best)
            {
                best = end;
                found = tails[c];
            }
        }

        return (best, found);
    }

    /// <summary>
    /// The tails that may follow a head, in the lexicon's order, indexed by the words that may open each: the literals
    /// and classes of its words up to its first word that must be there ("its? DEGREE* OBJECT" opens with "its", a
    /// DEGREE or an OBJECT). A word that fits none of them opens none of the tails. Made once per list (<see cref="Candidates"/>).
    /// </summary>
    internal sealed class TailCandidates
    {
        private readonly Dictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> _byWord;

        private readonly (string Class, int[] Tails)[] _byClass;

        public TailCandidates(OpenerTail[] tails)
        {
            Tails = tails;

            // Grouped in one pass over the tails, then frozen: the lists are few, but a run of the command line makes each of them.
            var byWord = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            var byClass = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            for (int t = 0; t < tails.Length; t++)
            {
                foreach ((string word, bool isClass) in OpeningAlternatives(tails[t]))
                {
                    Dictionary<string, List<int>> index = isClass ? byClass : byWord;
                    if (!index.TryGetValue(word, out List<int>? opened))
                    {
                        index[word] = opened = [];
                    }

                    opened.Add(t);
                }
            }

            _byWord = byWord.ToDictionary(entry => entry.Key, entry => entry.Value.ToArray(), StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
            _byClass = [.. byClass.Select(entry => (entry.Key, entry.Value.ToArray()))];
        }

        /// <summary>The candidates, in the order their tails are tried: the first of the longest matches wins.</summary>
        public OpenerTail[] Tails { get; }

        /// <summary>
        /// Marks in <paramref name="opens"/> (one flag per tail) the tails whose first word <paramref name="word"/> may be;
        /// false when it may open none. A tail it may open need not match: the rest of its words are still to be read.
        /// </summary>
        public bool MayOpen(ReadOnlySpan<char> word, ReadOnlySpan<char> head, bool operative, Span<bool> opens)
        {
            bool any = false;
            if (_byWord.TryGetValue(word, out int[]? literal))
            {
                Mark(literal, opens);
                any = true;
            }

            foreach ((string wordClass, int[] tails) in _byClass)
            {
                if (FitsClass(word, wordClass, head, operative))
                {
                    Mark(tails, opens);
                    any = true;
                }
            }

            return any;
        }

        private static void Mark(int[] tails, Span<bool> opens)
        {
            foreach (int t in tails)
            {
                opens[t] = true;
            }
        }

        /// <summary>
        /// The alternatives of the words that may take a tail's first word (Match): the words up to the first that must be there,
        /// those only looked at (they take no word) left out.
        /// </summary>
        private static IEnumerable<(string Word, bool IsClass)> OpeningAlternatives(OpenerTail tail)
        {
            foreach (OpenerTail.Token token in tail.Tokens.Where(t => !t.Lookahead))
            {
                foreach ((string Word, bool IsClass) alternative in token.Alternatives)
                {
                    yield return alternative;
                }

                if (!token.Optional)
                {
                    yield break;
                }
            }
        }
    }

    /// <summary>Matches a tail's words from <paramref name="at"/>; the index of its last word, or -1.</summary>
    internal static int Match(string text, ref OpeningWords words, int at, ImmutableArray<OpenerTail.Token> tokens, ReadOnlySpan<char> head, bool operative)
    {
        int w = at;
        for (int t = 0; t < tokens.Length; t++)
        {
            OpenerTail.Token token = tokens[t];
            if (token.Lookahead)
            {
                // The word must follow, and stays outside: "Condemning strongly" before "the", not "Condemning deadly".
                if (!words.Has(w) || !Fits(Word(text, words[w]), token, head, operative))
                {
                    return -1;
                }

                continue;
            }

            int count = 0;
            while (words.Has(w) && (count == 0 || token.Repeated) && Fits(Word(text, words[w]), token, head, operative))
            {
                w++;
                count++;
            }

            if (count == 0 && !token.Optional)
            {
                return -1;
            }
        }

        return w > at ? w - 1 : -1;
    }

    private static bool Fits(ReadOnlySpan<char> word, OpenerTail.Token token, ReadOnlySpan<char> head, bool operative)
    {
        if (word.Length == 0 || !char.IsLower(word[0]))
        {
            return false;
        }

        foreach ((string alternative, bool isClass) in token.Alternatives)
        {
            if (isClass ? FitsClass(word, alternative, head, operative) : word.SequenceEqual(alternative))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A word of a class; the lexicon's lists are asked with the word as read, a string is made only for the grammar's forms.</summary>
    private static bool FitsClass(ReadOnlySpan<char> w, string wordClass, ReadOnlySpan<char> head, bool operative) => wordClass switch
    {
        "DEGREE" => Lexicon.IsDegreeWord(w),
        "STANCE" => Lexicon.IsOpenerStance(w),
        "OBJECT" => Lexicon.IsOpenerObject(w),
        "MARKER" => Lexicon.IsNounMarker(w),
        "VERB" => Lexicon.IsKnownVerb(w) || IsIrregularBase(w),
        "ADVERB" => IsAdverbInLy(w),
        "STATE" => Corpus.OpenerGrammar.ShapeOf(w.ToString()) is Corpus.OpenerShape.Participle or Corpus.OpenerShape.Adjective,
        "SAMEFORM" => operative ? VerbForms.LooksThirdPerson(w.ToString()) && VerbForms.BaseOf(w.ToString()) is not null
            : w.Length > 4 && w.EndsWith("ing", StringComparison.Ordinal) && head.EndsWith("ing", StringComparison.OrdinalIgnoreCase),
        _ => false,
    };

    private static bool IsIrregularBase(ReadOnlySpan<char> w)
    {
        IReadOnlyList<(string Base, string Third, string Participle)> irregular = Lexicon.IrregularVerbs;
        for (int v = 0; v < irregular.Count; v++)
        {
            if (w.SequenceEqual(irregular[v].Base))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A word that stands before the head without deciding its form: "Also", "Once", "Further", or an adverb in
    /// -ly ("Deeply", "Strongly"), capitalised as the first word or after another such word.
    /// </summary>
    private static bool IsLeading(ReadOnlySpan<char> word, bool atStart)
    {
        if (!atStart)
        {
            return false;
        }

        return IsLeadingAdverb(word) || IsAdverbInLy(word);
    }

    /// <summary>
    /// <see cref="Lexicon.IsLeadingAdverb(ReadOnlySpan{char})"/>, asked only of a word whose first and last letters some
    /// adverb has: the heads that open nearly every paragraph ("Recalling", "Requests") have none, and the lexicon compares a
    /// word with each adverb of its length, ignoring case.
    /// </summary>
    /// <remarks>Internal for the property test that compares it with the lexicon's answer.</remarks>
    internal static bool IsLeadingAdverb(ReadOnlySpan<char> word) =>
        (LeadingAdverbEnds.Value is not { } ends || EndsOf(word) is not int pair || ends[pair]) && Lexicon.IsLeadingAdverb(word);

    /// <summary>
    /// The leading adverbs' first and last letters, a flag per pair (<see cref="EndsOf"/>); null when an adverb starts or ends
    /// otherwise than with an ASCII letter, whose case the pair would not follow.
    /// </summary>
    private static readonly Lazy<bool[]?> LeadingAdverbEnds = new(() =>
    {
        bool[] ends = new bool[26 * 26];
        foreach (string adverb in Lexicon.LeadingAdverbs)
        {
            if (EndsOf(adverb) is not int pair)
            {
                return null;
            }

            ends[pair] = true;
        }

        return ends;
    });

    /// <summary>A word's first and last letters in either case, as one number; null unless both are ASCII letters.</summary>
    private static int? EndsOf(ReadOnlySpan<char> word) =>
        word.Length > 0 && char.IsAsciiLetter(word[0]) && char.IsAsciiLetter(word[^1]) ? (((word[0] | 0x20) - 'a') * 26) + ((word[^1] | 0x20) - 'a') : null;

    /// <summary>"Deeply", "Strongly"; not "Apply", "Rely" (verbs) nor "Italy".</summary>
    private static bool IsAdverbInLy(ReadOnlySpan<char> w) =>
        w.Length > 4 && w.EndsWith("ly", StringComparison.OrdinalIgnoreCase) && AllLetters(w) && !Lexicon.IsKnownVerb(w);

    private static bool AllLetters(ReadOnlySpan<char> w)
    {
        foreach (char c in w)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when an offset ends a word: a run that stops inside one ("*Invite*s") marks no extent.</summary>
    private static bool EndsAWord(string text, int offset) => offset >= text.Length || !char.IsLetterOrDigit(text[offset]);

    private static int WordsIn(ref OpeningWords words, TextSpan run)
    {
        int count = 0;
        for (int w = 0; words.Has(w); w++)
        {
            count += words[w].Start < run.End ? 1 : 0;
        }

        return count == words.Count ? int.MaxValue : count;
    }

    private static TextSpan? ItalicRunAtStart(InlineText content)
    {
        IReadOnlyList<TextSpan> italics = content.Italics;
        for (int r = 0; r < italics.Count; r++)
        {
            TextSpan run = italics[r];
            if (run.Start == 0)
            {
                int end = TrimPunctuation(content.Text, run.End);
                return end > 0 ? TextSpan.FromBounds(0, end) : null;
            }
        }

        return null;
    }

    private static int TrimPunctuation(string text, int end)
    {
        while (end > 0 && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is ',' or ';' or ':' or '.'))
        {
            end--;
        }

        return end;
    }

    private static ReadOnlySpan<char> Word(string text, TextSpan span) => text.AsSpan(span.Start, span.Length);

    /// <summary>
    /// The first words of a text (as many as its buffer holds), split at white space, with brackets, quotation marks and
    /// punctuation around them trimmed; a comma, colon or semicolon after a word closes the list there ("Stressing, in this
    /// regard,"). Read one at a time as they are asked for (<see cref="Has"/>), not all at once.
    /// </summary>
    internal ref struct OpeningWords(string text, Span<TextSpan> found)
    {
        private readonly Span<TextSpan> _found = found;
        private int _read;

        /// <summary>Where the search for the next word starts.</summary>
        private int _next;

        /// <summary>True once the list is closed: no word left, a word of no letter or digit, a punctuation mark after a word.</summary>
        private bool _closed;

        public readonly TextSpan this[int index] => _found[.._read][index];

        /// <summary>How many words the list holds, all of them read.</summary>
        public int Count
        {
            get
            {
                while (ReadNext())
                {
                }

                return _read;
            }
        }

        /// <summary>True when the list holds a word at <paramref name="index"/>, read up to it.</summary>
        public bool Has(int index)
        {
            while (_read <= index && ReadNext())
            {
            }

            return index < _read;
        }

        private bool ReadNext()
        {
            if (_closed || _read == _found.Length)
            {
                return false;
            }

            int i = _next;
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            int start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            _next = i;
            int s = start;
            int e = i;
            while (s < e && !char.IsLetterOrDigit(text[s]))
            {
                s++;
            }

            while (e > s && !char.IsLetterOrDigit(text[e - 1]))
            {
                e--;
            }

            if (s == e)
            {
                _closed = true;
                return false;
            }

            _found[_read++] = TextSpan.FromBounds(s, e);
            _closed = e < i && text[e] is ',' or ':' or ';' or '.';
            return true;
        }
    }
}
