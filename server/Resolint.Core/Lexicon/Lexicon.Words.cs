using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Resolint.Core;

/// <summary>What the engine knows about English words that open paragraphs: their classes and verb forms.</summary>
public static partial class Lexicon
{
    private static readonly LexiconWords ParticiplesList = new("participles", StringComparer.OrdinalIgnoreCase);

    private static readonly LexiconWords AdjectivesList = new("adjectives", StringComparer.OrdinalIgnoreCase);

    private static readonly LexiconWords AdverbsList = new("adverbs", StringComparer.OrdinalIgnoreCase);

    private static readonly LexiconWords DeterminersList = new("determiners", StringComparer.OrdinalIgnoreCase);

    private static readonly LexiconWords NounMarkersList = new("noun-markers", StringComparer.OrdinalIgnoreCase);

    private static readonly LexiconWords NotVerbsInSList = new("not-verbs-in-s", StringComparer.OrdinalIgnoreCase);

    private static readonly LexiconWords VerbDoublingList = new("verb-doubling", StringComparer.Ordinal);

    private static readonly LexiconWords OpenerObjectsList = new("opener-objects", StringComparer.OrdinalIgnoreCase);

    private static readonly LexiconWords OpenerStancesList = new("opener-stances", StringComparer.OrdinalIgnoreCase);

    private static readonly LexiconWords ProvisoOpenersList = new("proviso-openers", StringComparer.Ordinal);

    private static readonly LexiconWords DegreeWordsList = new("degree-words", StringComparer.OrdinalIgnoreCase);

    private static readonly Lazy<FrozenSet<string>> KnownVerbs = new(() => WordList("verbs", StringComparer.OrdinalIgnoreCase));

    private static readonly Lazy<IReadOnlyList<(string Base, string Third, string Participle)>> Irregular =
        new(() => [.. Table("verb-irregular").Select(r => (r["base"], r["third"], r["participle"]))]);

    private static readonly Lazy<FrozenDictionary<string, string>> StemKinds =
        new(() => Table("verb-stems").ToFrozenDictionary(r => r["stem"], r => r["kind"], StringComparer.Ordinal));

    private static readonly Lazy<FrozenDictionary<string, string>> Synonyms =
        new(() => Table("opener-synonyms").ToFrozenDictionary(row => row["phrase"], row => row["same-as"], StringComparer.OrdinalIgnoreCase));

    private static readonly Lazy<ImmutableArray<OpenerTail>> Tails = new(() => [.. Table("opener-tails").Select(OpenerTail.Of)]);

    /// <summary>Past participles without -ing or -ed: "taken", "bound", "held".</summary>
    public static bool IsIrregularParticiple(string word) => ParticiplesList.Words.Contains(word);

    /// <summary>Adjectives that open preambles without a tell-tale ending: "Mindful", "Aware", "Conscious".</summary>
    public static bool IsOpeningAdjective(string word) => AdjectivesList.Words.Contains(word);

    /// <summary>The adjectives of <see cref="IsOpeningAdjective"/>.</summary>
    public static IEnumerable<string> OpeningAdjectives => AdjectivesList.Words;

    /// <summary>The adverbs of <see cref="IsLeadingAdverb"/>.</summary>
    public static IEnumerable<string> LeadingAdverbs => AdverbsList.Words;

    /// <summary>Determiners and pronouns: "The", "Its", "We".</summary>
    public static bool IsDeterminer(string word) => DeterminersList.Words.Contains(word);

    /// <summary>Words that stand only before a noun: "the", "for", "all", "its".</summary>
    public static bool IsNounMarker(string word) => NounMarkersList.Words.Contains(word);

    /// <inheritdoc cref="IsNounMarker(string)"/>
    public static bool IsNounMarker(ReadOnlySpan<char> word) => NounMarkersList.Contains(word);

    /// <summary>Adverbs that stand before a head without deciding its form: "Also", "Once", "Still".</summary>
    public static bool IsLeadingAdverb(string word) => AdverbsList.Words.Contains(word);

    /// <inheritdoc cref="IsLeadingAdverb(string)"/>
    public static bool IsLeadingAdverb(ReadOnlySpan<char> word) => AdverbsList.Contains(word);

    /// <summary>Words in s that are no verbs: "Whereas", "Towards".</summary>
    public static bool IsNotVerbInS(string word) => NotVerbsInSList.Words.Contains(word);

    /// <summary>True when a word is a verb the lexicon knows in its bare form ("request", "apply").</summary>
    public static bool IsKnownVerb(string word) => KnownVerbs.Value.Contains(word);

    /// <inheritdoc cref="IsKnownVerb(string)"/>
    public static bool IsKnownVerb(ReadOnlySpan<char> word) => KnownVerbs.Value.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>The bare forms of the verbs the lexicon knows.</summary>
    public static IEnumerable<string> Verbs => KnownVerbs.Value;

    /// <summary>Verbs of more than one syllable whose final consonant doubles: "regret" → "regretting".</summary>
    public static bool DoublesFinalConsonant(string verb) => VerbDoublingList.Words.Contains(verb);

    /// <summary>An -ing stem whose bare form takes back a silent e ("invit" → "invite").</summary>
    public static bool TakesSilentE(string stem) => StemKinds.Value.TryGetValue(stem, out string? kind) && kind == "silent-e";

    /// <summary>An -ing stem that is the bare form as it is ("focus", "develop").</summary>
    public static bool IsPlainStem(string stem) => StemKinds.Value.TryGetValue(stem, out string? kind) && kind == "plain";

    /// <summary>Verbs whose forms no spelling rule gives: "have", "has", "having".</summary>
    public static IReadOnlyList<(string Base, string Third, string Participle)> IrregularVerbs => Irregular.Value;

    /// <summary>
    /// Nouns that belong to opening words as their object: a stance (<see cref="IsOpenerStance"/>) or what is
    /// expressed ("support", "thanks").
    /// </summary>
    public static bool IsOpenerObject(string word) => IsOpenerStance(word) || OpenerObjectsList.Words.Contains(word);

    /// <inheritdoc cref="IsOpenerObject(string)"/>
    public static bool IsOpenerObject(ReadOnlySpan<char> word) => IsOpenerStance(word) || OpenerObjectsList.Contains(word);

    /// <summary>Nouns of a stance the body holds, restated with "its": "commitment", "concern", "conviction".</summary>
    public static bool IsOpenerStance(string word) => OpenerStancesList.Words.Contains(word);

    /// <inheritdoc cref="IsOpenerStance(string)"/>
    public static bool IsOpenerStance(ReadOnlySpan<char> word) => OpenerStancesList.Contains(word);

    /// <summary>A word that opens a proviso ("Provided, however, that …"), part of the paragraph before it.</summary>
    public static bool IsProvisoOpener(string word) => ProvisoOpenersList.Words.Contains(word);

    /// <summary>Words of degree before such an object: "deep", "grave", "particular".</summary>
    public static bool IsDegreeWord(string word) => DegreeWordsList.Words.Contains(word);

    /// <inheritdoc cref="IsDegreeWord(string)"/>
    public static bool IsDegreeWord(ReadOnlySpan<char> word) => DegreeWordsList.Contains(word);

    /// <summary>The shorter form that plain opening words say again ("Taking note" → "Noting"), or null.</summary>
    public static string? OpenerSameAs(string phrase) => Synonyms.Value.GetValueOrDefault(phrase);

    /// <summary>The words that may follow the head of opening words and belong to them.</summary>
    public static ImmutableArray<OpenerTail> OpenerTails => Tails.Value;
}

/// <summary>Where a tail of opening words applies.</summary>
public enum TailPlace
{
    Both,
    Preamble,
    Operative,

    /// <summary>Only when another tail follows: "Calls once again upon", not "Invites again".</summary>
    Inner,
}

/// <summary>
/// One tail of opening words (<c>opener-tails.tsv</c>): the heads' bare forms it follows (null for any), where it
/// applies, and its words, each a literal or a class or either of several ("upon|on|for"), optional ("x?"),
/// repeated ("DEGREE*"), or only looked at ("(MARKER|that)": the word must follow, but is not part of the tail).
/// </summary>
public sealed record OpenerTail(FrozenSet<string>? Heads, TailPlace Place, ImmutableArray<OpenerTail.Token> Tokens, FrozenSet<string> LeftOutBy)
{
    /// <summary>
    /// A tail of fixed words that belongs to one head ("Calls upon", "Takes note", "Bearing in mind") or repeats a
    /// preambular opener ("Recalling also"): the opening words are never italicised without it, where a tail of
    /// classes ("its appreciation") may stand outside.
    /// </summary>
    public bool IsFixed { get; } = (Heads is not null || Place == TailPlace.Preamble) && Tokens.All(t => !t.IsClass && !t.Optional);

    /// <summary>True when the tail ends in a verb whose own tails follow it ("Continues to condemn").</summary>
    public bool EndsInVerb { get; } = Tokens.Length > 0 && Tokens[^1].Alternatives.Any(a => a.Word == "VERB");

    /// <summary>
    /// A word of a tail: one of its alternatives, each a literal ("note") or a class ("OBJECT"). Arrays, not lists: the
    /// opener reader asks them of every word after every head.
    /// </summary>
    public sealed record Token(ImmutableArray<(string Word, bool IsClass)> Alternatives, bool Optional, bool Repeated, bool Lookahead)
    {
        public bool IsClass { get; } = Alternatives.Any(a => a.IsClass);
    }

    internal static OpenerTail Of(IReadOnlyDictionary<string, string> row)
    {
        var tokens = row["tail"].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(t =>
        {
            bool lookahead = t.StartsWith('(') && t.EndsWith(')');
            string word = lookahead ? t[1..^1] : t;
            bool repeated = word.EndsWith('*');
            bool optional = repeated || word.EndsWith('?');
            word = optional ? word[..^1] : word;
            return new Token([.. word.Split('|').Select(w => (w, w.All(char.IsUpper)))], optional, repeated, lookahead);
        }).ToImmutableArray();
        TailPlace place = row["where"] switch
        {
            "preamble" => TailPlace.Preamble,
            "operative" => TailPlace.Operative,
            "inner" => TailPlace.Inner,
            _ => TailPlace.Both,
        };
        FrozenSet<string>? heads = row["head"] == "*" ? null : row["head"].Split(',', StringSplitOptions.TrimEntries).ToFrozenSet(StringComparer.Ordinal);
        FrozenSet<string> leftOutBy = row["left-out-by"].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.Ordinal);
        return new OpenerTail(heads, place, tokens, leftOutBy);
    }
}
