using System.Runtime.CompilerServices;
using Resolint.Core.Checking;
using Resolint.Core.Drafts;
using Resolint.Core.Rules.Citations;
using Resolint.Core.Rules.Footnotes;
using Resolint.Core.Rules.Language;
using Resolint.Core.Rules.OpeningWords;

namespace Resolint.Core.Rules;

/// <summary>
/// What several rules read from a draft in the same way, read at most once per check and shared among them:
/// the paragraphs in the order they stand, the words around them, and the opening words of each paragraph; and,
/// through the <see cref="CheckCache"/> of the document's earlier versions, what the rules read of each passage's words
/// (<see cref="Summarise{TState, T}"/>). The check runs on every keystroke; four rules ask for the same opening words,
/// four for the same words around them.
/// </summary>
/// <param name="cache">What earlier versions' checks kept of each passage; null when the check keeps nothing (a single check, the CLI).</param>
internal sealed class DraftReading(Draft draft, CheckCache.Session? cache = null)
{
    private IReadOnlyList<Paragraph>? _paragraphs;
    private List<InlineText>? _apparatus;
    private List<InlineText>? _apparatusLines;
    private List<InlineText>? _texts;
    private OpeningPhrase.Part? _preambularOpenings;
    private OpeningPhrase.Part? _operativeOpenings;
    private IReadOnlyList<MarkerOutOfTurn>? _footnotesOutOfTurn;
    private int[]? _withSubParagraphs;
    private PassageNumbers?[]? _numbers;
    private int _numbersAt;
    private bool _expected;

    /// <summary>What earlier versions' checks kept of each passage; null when the check keeps nothing.</summary>
    public CheckCache.Session? Cache => cache;

    /// <summary>Preambular, operative and sub-paragraphs at every level, in the order they stand.</summary>
    public IReadOnlyList<Paragraph> Paragraphs => _paragraphs ??= Passages.Paragraphs(draft, WithSubParagraphs);

    /// <summary>The words around the paragraphs (<see cref="Passages.Apparatus"/>, subheadings included), read once for the language rules.</summary>
    public IReadOnlyList<InlineText> Apparatus => _apparatus ??= Passages.Apparatus(draft, _apparatusLines = []);

    /// <summary>The same words around the paragraphs but the subheadings: the same passages, not read anew.</summary>
    public IReadOnlyList<InlineText> ApparatusLines
    {
        get
        {
            _ = Apparatus;
            return _apparatusLines!;
        }
    }

    /// <summary>
    /// The words of every passage in the order the language rules read them (<see cref="Passages.Texts(RuleContext)"/>): listed
    /// once for the four rules that walk them all, not chained anew by each.
    /// </summary>
    public List<InlineText> Texts => _texts ??= Passages.Texts(Paragraphs, draft.Footnotes, Apparatus);

    /// <summary>The opening words of each preambular paragraph, by its place in the preamble; null where it has none.</summary>
    public OpeningPhrase.Part PreambularOpenings => _preambularOpenings ??= OpeningPhrase.Part.Of(draft.Preamble, this);

    /// <summary>The opening words of each operative paragraph, by its place in the operative part; null where it has none.</summary>
    public OpeningPhrase.Part OperativeOpenings => _operativeOpenings ??= OpeningPhrase.Part.Of(draft.Operative, this);

    /// <summary>The operative paragraphs in place (<see cref="Listed.Span"/>).</summary>
    public ReadOnlySpan<OperativeParagraph> Operative => Listed.Span(draft.Operative);

    /// <summary>
    /// Where the operative paragraphs with sub-paragraphs stand, in order: found once for the five rules that look at those
    /// alone, not by each asking every paragraph on every keystroke.
    /// </summary>
    public int[] WithSubParagraphs => _withSubParagraphs ??= Passages.WithSubParagraphs(Operative);

    /// <summary>The footnote markers out of turn (<see cref="FootnoteSequence"/>), read once for the two rules that report them.</summary>
    public IReadOnlyList<MarkerOutOfTurn> FootnotesOutOfTurn => _footnotesOutOfTurn ??= FootnoteSequence.Analyse(draft);

    /// <summary>
    /// What the digits of a passage's words tell RES502 and RES602 (<see cref="PassageNumbers"/>), read once for both: kept
    /// per passage by the check cache, or, where the check keeps nothing, for this check by the passage's place in <see cref="Texts"/>.
    /// </summary>
    public PassageNumbers Numbers(InlineText words)
    {
        if (cache is not null)
        {
            return Summarise(RES502DateForm.Numbers, words, state: 0);
        }

        // Both rules walk the passages in order: the next place is tried first, and the list searched only when a walk starts over.
        PassageNumbers?[] numbers = _numbers ??= new PassageNumbers?[Texts.Count];
        int at = _numbersAt;
        if ((uint)at >= (uint)numbers.Length || !ReferenceEquals(_texts![at], words))
        {
            at = PlaceOf(_texts!, words);
            if (at < 0)
            {
                return RES502DateForm.NumbersIn(words.Text);
            }
        }

        _numbersAt = at + 1;
        PassageNumbers? read = numbers[at];
        if (read is null)
        {
            numbers[at] = read = RES502DateForm.NumbersIn(words.Text);
        }

        return read;

        static int PlaceOf(List<InlineText> texts, InlineText words)
        {
            for (int at = 0; at < texts.Count; at++)
            {
                if (ReferenceEquals(texts[at], words))
                {
                    return at;
                }
            }

            return -1;
        }
    }

    /// <summary>
    /// The passage of <paramref name="words"/> in the check cache (there must be one); the first asked for finds every
    /// passage's, in the order the rules walk them.
    /// </summary>
    /// <remarks>Made in line where asked: every rule that keeps something of the passages asks for each on every keystroke.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public CheckCache.Passage PassageOf(InlineText words) => _expected ? cache!.Of(words) : ExpectThenOf(words);

    private CheckCache.Passage ExpectThenOf(InlineText words)
    {
        _expected = true;
        cache!.Expect(Texts);
        return cache.Of(words);
    }

    /// <summary>
    /// What one passage's words give a rule (<paramref name="kind"/>), read by <paramref name="kind"/> from
    /// <paramref name="state"/> and the words, or kept from an earlier version's check of the same words read under an
    /// equal <paramref name="given"/> (what of the draft beyond the words the reading depends on; null for nothing)
    /// where the kind says it still holds. A summary must hold positions in the words' own coordinates, never the
    /// source's: the words may have moved.
    /// </summary>
    public T Summarise<TState, T>(PassageSummary<TState, T> kind, InlineText words, TState state, object? given = null)
        where T : class
    {
        if (cache is null)
        {
            return kind.Read(state, words);
        }

        CheckCache.Passage passage = PassageOf(words);
        if (passage.TryFind(kind, given, out object? kept) && PassageSummary<TState, T>.Kept(kept!) is var summary && kind.Holds(state, summary))
        {
            return summary;
        }

        T read = kind.Read(state, words);
        passage.Keep(kind, given, read);
        return read;
    }
}
