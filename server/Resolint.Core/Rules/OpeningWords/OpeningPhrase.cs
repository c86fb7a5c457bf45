using System.Runtime.CompilerServices;
using Resolint.Core.Corpus;
using Resolint.Core.Drafts;
using Resolint.Core.Text;

namespace Resolint.Core.Rules.OpeningWords;

/// <summary>
/// A paragraph's opening words as the rules use them: the one reading the parser stored on the draft
/// (<see cref="Opener"/>), with the head word whose form decides the kind of paragraph ("requests" in "Also
/// requests", "concerned" in "Deeply concerned") and whether it repeats. Positions are in the paragraph's
/// reader text (<see cref="InlineText"/>).
/// </summary>
/// <remarks>A value, not an object: the check reads one per paragraph on every keystroke.</remarks>
internal readonly struct OpeningPhrase
{
    private readonly Reading _reading;

    private OpeningPhrase(InlineText content, Reading reading)
    {
        Content = content;
        _reading = reading;
    }

    public InlineText Content { get; }

    /// <summary>The whole phrase: "Taking note with appreciation", "Also requests".</summary>
    public TextSpan Span => _reading.Span;

    public string Text => _reading.Text;

    /// <summary>Whether the whole phrase is italic, as the parser read it.</summary>
    public bool Italic => _reading.Italic;

    /// <summary>The word whose form decides: "requests" in "Also requests", "concerned" in "Deeply concerned".</summary>
    public TextSpan HeadSpan => _reading.HeadSpan;

    public string Head => _reading.Head;

    /// <summary>The head in lower case: what repeats compare ("requests" in "Requests" and "Also requests").</summary>
    public string Key => _reading.Key.Text;

    /// <summary>The hash code of <see cref="Key"/>, worked out once for every version that keeps the reading: a part's openers are looked up by it on every keystroke.</summary>
    public int KeyHash => _reading.Key.Hash;

    /// <summary>Plain, "Also …" or "… further", as the corpus learner reads repeats.</summary>
    public Repetition Repetition => _reading.Forms.Repetition;

    /// <summary>The words of the phrase, punctuation trimmed.</summary>
    public IReadOnlyList<TextSpan> Words => _reading.Words;

    /// <summary>The phrase without its "also"/"further": "Also requests" → "Requests", "Recalling also" → "Recalling".</summary>
    public string PlainForm => _reading.Forms.Base;

    /// <summary>
    /// What the rule of operative verbs makes of these opening words (<see cref="RES202OperativeVerb"/>), read once by
    /// <paramref name="read"/> and kept with them: for as long as a check cache keeps the opening words of an unchanged
    /// paragraph, which it does under one checker's conventions only, a keystroke neither reads it again nor looks it up.
    /// </summary>
    public T Ruling<TState, T>(TState state, Func<OpeningPhrase, TState, T> read)
        where T : class
    {
        if (_reading.Ruling is T kept)
        {
            return kept;
        }

        T ruling = read(this, state);
        _reading.Ruling = ruling;
        return ruling;
    }

    /// <summary>The phrase as an "also" repeat: "Requests" → "Also requests" (operative), "Recalling" → "Recalling also".</summary>
    public string AlsoForm(bool operative) => operative ? "Also " + LowerFirst(PlainForm) : PlainForm + " also";

    /// <summary>
    /// The opening words of a preambular or operative paragraph, as the parser read them; null when it opens with
    /// no word (a number, a bracket alone) or with a sub-paragraph label ("(a) the Secretary-General …").
    /// </summary>
    public static OpeningPhrase? Of(Paragraph paragraph, DraftReading reading) =>
        ReadingOf(paragraph, reading) is { } read ? new OpeningPhrase(paragraph.Content, read) : null;

    private static Reading? ReadingOf(Paragraph paragraph, DraftReading reading)
    {
        Opener? opener = paragraph switch
        {
            PreambularParagraph p => p.Opener,
            OperativeParagraph o => o.Verb,
            _ => null,
        };
        if (opener is null || opener.Within.IsEmpty || opener.Head.IsEmpty)
        {
            return null;
        }

        return reading.Summarise(Readings, paragraph.Content, opener, opener.Text);
    }

    /// <summary>
    /// The opening words of a part's paragraphs: each paragraph's words with the reading of its opener, or none. The words
    /// are listed beside the readings: four rules ask for every phrase, and a paragraph's words read anew each time cost a
    /// look-up through the part's list and the paragraph. The rules index it (no list's interface, no enumerator): a phrase
    /// asked through an interface cost a call through a table, where this one's is made in line.
    /// </summary>
    internal sealed class Part
    {
        private readonly InlineText[] _contents;
        private readonly Reading?[] _readings;

        private Part(InlineText[] contents, Reading?[] readings)
        {
            _contents = contents;
            _readings = readings;
        }

        public int Count => _readings.Length;

        /// <remarks>Made in line where asked: the rules ask for every phrase of a part several times on every keystroke.</remarks>
        public OpeningPhrase? this[int index]
        {
            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            get => _readings[index] is { } read ? new OpeningPhrase(_contents[index], read) : null;
        }

        /// <summary>The words of the paragraph at <paramref name="index"/>, whether or not it has opening words: kept here, not asked of the part's list through its interface.</summary>
        public InlineText ContentOf(int index) => _contents[index];

        /// <summary>
        /// The opening words of each paragraph of a part (<see cref="OpeningPhrase.Of"/>), by its place in the part: one reference per
        /// paragraph, the phrase made as it is asked for (a check reads the whole part on every keystroke).
        /// </summary>
        public static Part Of(IReadOnlyList<Paragraph> paragraphs, DraftReading reading)
        {
            var readings = new Reading?[paragraphs.Count];
            var contents = new InlineText[readings.Length];
            for (int i = 0; i < readings.Length; i++)
            {
                Paragraph paragraph = paragraphs[i];
                contents[i] = paragraph.Content;
                readings[i] = ReadingOf(paragraph, reading);
            }

            return new Part(contents, readings);
        }
    }

    /// <summary>
    /// The phrase's words as read from the paragraph's words, wherever they stand: kept per paragraph text by a check
    /// cache (<see cref="DraftReading.Summarise{TState, T}"/>), its forms worked out once for every version that keeps it.
    /// </summary>
    private static readonly PassageSummary<Opener, Reading> Readings = new(
        static (opener, content) => new Reading(opener.Text, opener.Within, opener.Head, opener.Italic, content.Text),
        static (opener, kept) => kept.Span == opener.Within && kept.HeadSpan == opener.Head);

    private sealed class Reading(string text, TextSpan span, TextSpan head, bool italic, string content)
    {
        // Read on first use and kept: the rules ask for them over and over.
        private TextSpan[]? _words;
        private string? _head;
        private HashedKey? _key;
        private PlainAndRepetition? _forms;

        /// <summary>Whether the first word opens in lower case: 0 not yet read, 1 no, 2 yes (an int, written whole).</summary>
        private int _lowerCase;

        public string Text => text;

        public TextSpan Span => span;

        public TextSpan HeadSpan => head;

        public bool Italic => italic;

        /// <summary>Read only for the few phrases whose words a rule looks at one by one (a head not known, a finding); a reference set whole, as the forms.</summary>
        public IReadOnlyList<TextSpan> Words => _words ??= WordsIn(content, span);

        /// <summary>Whether the first word starts with a small letter, asked of every operative phrase on every keystroke: worked out once, where it starts found without reading the words.</summary>
        public bool OpensInLowerCase
        {
            get
            {
                if (_lowerCase == 0)
                {
                    char first = content[FirstWordStartIn(content, span)];
                    _lowerCase = char.IsLower(first) && char.ToUpperInvariant(first) != first ? 2 : 1;
                }

                return _lowerCase == 2;
            }
        }

        public string Head => _head ??= content.Substring(head.Start, head.Length);

        /// <summary>A reference, set whole, as the forms.</summary>
        public HashedKey Key => _key ??= new HashedKey(Core.Citations.Words.Lower(Head));

        /// <summary>A reference, set whole: a check on another thread may read the same reading. Taken in line once read: RES204 asks it of every phrase several times on every keystroke.</summary>
        public PlainAndRepetition Forms
        {
            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            get => _forms ?? ReadForms();
        }

        private PlainAndRepetition ReadForms() => _forms = new PlainAndRepetition(OpenerForms.Split(text));

        /// <summary>What a rule made of the words (<see cref="OpeningPhrase.Ruling"/>); a reference set whole, as the forms.</summary>
        public object? Ruling { get; set; }
    }

    private sealed class HashedKey(string text)
    {
        public string Text => text;

        public int Hash { get; } = text.GetHashCode(StringComparison.Ordinal);
    }

    private sealed record PlainAndRepetition((string Base, Repetition Repetition) Split)
    {
        public string Base => Split.Base;

        public Repetition Repetition => Split.Repetition;
    }

    public string WordText(TextSpan word) => Content.Text.Substring(word.Start, word.Length);

    /// <summary>The first word, as written.</summary>
    public string FirstWord => WordText(Words[0]);

    /// <summary>True when the first word starts with a small letter that has a capital.</summary>
    public bool OpensInLowerCase => _reading.OpensInLowerCase;

    public static string Capitalized(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static string LowerFirst(string text) => text.Length == 0 ? text : char.ToLowerInvariant(text[0]) + text[1..];

    /// <summary>
    /// Where the first of the phrase's words (<see cref="WordsIn(string, TextSpan)"/>) starts: at its first letter or digit, as
    /// every word starts at one and ends at one; -1 when it has none, and so no word.
    /// </summary>
    /// <remarks>Internal so that a test can hold it to the words read whole.</remarks>
    internal static int FirstWordStartIn(string text, TextSpan span)
    {
        for (int i = span.Start; i < span.End; i++)
        {
            if (char.IsLetterOrDigit(text[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The words of the phrase, split at white space, with punctuation around them trimmed.</summary>
    /// <remarks>Internal so that a test can hold <see cref="FirstWordStartIn"/> to it.</remarks>
    internal static TextSpan[] WordsIn(string text, TextSpan span)
    {
        // Counted, then read into an array of that size: a list grown word by word made three arrays for every paragraph.
        int count = WordsIn(text, span, []);
        if (count == 0)
        {
            return [];
        }

        var words = new TextSpan[count];
        WordsIn(text, span, words);
        return words;
    }

    /// <summary>Reads the words of the phrase into <paramref name="words"/> as far as it holds them; how many there are.</summary>
    private static int WordsIn(string text, TextSpan span, Span<TextSpan> words)
    {
        int count = 0;
        int i = span.Start;
        while (i < span.End)
        {
            while (i < span.End && !char.IsLetterOrDigit(text[i]))
            {
                i++;
            }

            int start = i;
            while (i < span.End && !char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            int end = i;
            while (end > start && !char.IsLetterOrDigit(text[end - 1]))
            {
                end--;
            }

            if (end > start)
            {
                if (count < words.Length)
                {
                    words[count] = TextSpan.FromBounds(start, end);
                }

                count++;
            }
        }

        return count;
    }
}
