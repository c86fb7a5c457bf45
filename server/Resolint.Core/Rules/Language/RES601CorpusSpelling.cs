using System.Runtime.InteropServices;
using Resolint.Core.Corpus;
using Resolint.Core.Drafts;
using Resolint.Core.Text;

namespace Resolint.Core.Rules.Language;

/// <summary>
/// United Nations English is British spelling with -ize, and a set of fixed forms (Secretary-General,
/// Member States, non-governmental). Which forms a text should use is learned from the corpus, never
/// hard-coded here: the finding names the corpus's form and where it was seen. A form the United Nations
/// adopted at a known time ("cooperation", 1991) is not asked of a text whose latest year is earlier: that
/// text was written in the older standard ("co-operation").
/// </summary>
public sealed class RES601CorpusSpelling : Rule
{
    public static readonly RuleDescriptor Rule = new(
        "RES601",
        "Spelling and fixed forms follow the corpus",
        Severity.Warning,
        RuleCategory.Language,
        "Words and fixed forms are written as the corpus writes them: programme, favourably, Secretary-General.");

    /// <summary>The years a resolution's dates fall in: the United Nations' first, to well ahead (plans run to 2030 and beyond).</summary>
    private const int MinimumYear = 1945;

    private const int MaximumYear = 2099;

    /// <summary>What one passage writes: the corpus's variants, and the standard forms that teach the draft's own spelling.</summary>
    private sealed record Spellings(IReadOnlyList<SpellingMatch> CorpusVariants, IReadOnlyList<(TextSpan Span, int Family)> Standards)
    {
        /// <summary>What most passages write: one value serves them all.</summary>
        public static readonly Spellings None = new([], []);
    }

    /// <summary>A passage's spellings, read once per passage text: the costliest reading of the check.</summary>
    private static readonly PassageSummary<(ConventionModel Conventions, PassageScans Scans, int Passage), Spellings> Written =
        new(static (state, words) =>
        {
            ScannedText scanned = state.Scans.Of(state.Passage, words);

            // Nearly half the passages keep no word any table may hold: no table is looked for in them.
            if (scanned.Count == 0)
            {
                return Spellings.None;
            }

            IReadOnlyList<SpellingMatch> variants = state.Conventions.FindSpellingVariants(scanned);
            IReadOnlyList<(TextSpan Span, int Family)> standards = SpellingTally.StandardsIn(scanned);
            return variants.Count == 0 && standards.Count == 0 ? Spellings.None : new Spellings(variants, standards);
        });

    /// <summary>A passage's variants of the families whose standard form the draft writes, read again only when those families change.</summary>
    private static readonly PassageSummary<(Func<(SpellingPair Pair, int Family), bool, bool> Accepts, PassageScans Scans, int Passage), IReadOnlyList<(TextSpan Span, (SpellingPair Pair, int Family) Variant)>> VariantsOfTheDraft =
        new(static (state, words) => state.Scans.Of(state.Passage, words) is { Count: > 0 } scanned ? SpellingTally.VariantsIn(scanned, state.Accepts) : []);

    /// <summary>
    /// The passages' words as the spelling scanner reads them, each read at most once for the three tables of both
    /// passes, and only when a table is not kept of it: on a keystroke, the passage that changed.
    /// </summary>
    /// <param name="table">An empty table with a place for every passage.</param>
    /// <remarks>
    /// Indexed by the passage's place in <see cref="Passages.Texts(RuleContext)"/>, which both passes walk: a place is
    /// looked up at once, where a passage's own hash code, given on first use, cost a twentieth of the reading.
    /// </remarks>
    private sealed class PassageScans(SpellingScreen screen, List<ScannedWord> buffer, ScannedText[] table)
    {
        /// <summary>The first and last places read: what <see cref="Clear"/> empties (on a keystroke, one or two).</summary>
        private int _first = int.MaxValue;
        private int _last = -1;

        /// <param name="passage">The place of <paramref name="words"/> among the draft's passages.</param>
        public ScannedText Of(int passage, InlineText words)
        {
            ref ScannedText scanned = ref table[passage];

            // A passage not read yet has no text.
            if (scanned.Text is null)
            {
                scanned = SpellingScanner.Read(words.Text, screen, buffer);
                _first = Math.Min(_first, passage);
                _last = Math.Max(_last, passage);
            }

            return scanned;
        }

        /// <summary>Empties the places read, so that the table keeps no draft alive.</summary>
        public void Clear()
        {
            if (_last >= _first)
            {
                Array.Clear(table, _first, _last - _first + 1);
            }
        }
    }

    /// <summary>The words of the passages of the draft being checked, one list per thread, kept from check to check unless a large draft made it large.</summary>
    [ThreadStatic]
    private static List<ScannedWord>? t_words;

    /// <summary>The readings of those passages, one table per thread, kept empty from check to check unless a long draft made it large.</summary>
    [ThreadStatic]
    private static ScannedText[]? t_scanned;

    /// <summary>Words kept of about 400 kB of text or more: a list that held more is not kept for the next check.</summary>
    private const int MaxKeptWords = 1 << 16;

    /// <summary>Passages of a long draft (a 1 MB draft has a few thousand): a table for more is not kept for the next check.</summary>
    private const int MaxKeptPassages = 1 << 14;

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(RuleContext context)
    {
        List<ScannedWord> buffer = t_words ?? [];
        t_words = null;
        buffer.Clear();
        SpellingScreen screen = context.Conventions.DraftSpellingScreen;

        // A check that keeps nothing reads every passage, one that keeps what it read only the passages that changed:
        // either way the table is made once per thread, and only the places read are emptied after.
        int passages = Passages.Texts(context).Count;
        ScannedText[] table = t_scanned is { } kept && kept.Length >= passages ? kept : new ScannedText[passages];
        t_scanned = null;
        var scans = new PassageScans(screen, buffer, table);
        Check(context, scans);
        t_words = buffer.Capacity <= MaxKeptWords ? buffer : null;
        scans.Clear();
        t_scanned = table.Length <= MaxKeptPassages ? table : null;
    }

    private static void Check(RuleContext context, PassageScans scans)
    {
        int? latestYear = null;
        var reported = new HashSet<int>();
        var standards = new WrittenStandards();
        List<InlineText> passages = Passages.Texts(context);
        for (int passage = 0; passage < passages.Count; passage++)
        {
            InlineText words = passages[passage];
            Spellings spellings = context.Summarise(Written, words, (context.Conventions, scans, passage));
            // Nothing to report nor to count, as in most passages.
            if (ReferenceEquals(spellings, Spellings.None))
            {
                continue;
            }

            foreach (SpellingMatch variant in Listed.Span(spellings.CorpusVariants))
            {
                if (Lexicon.StandardSince(variant.Replacement) is int since && (latestYear ??= LatestYear(context.Text.Text)) < since)
                {
                    continue;
                }

                reported.Add(words.ToSource(variant.Span).Start);
                Report(context, words, variant.Span, variant.Replacement, $"in the corpus{Evidence(variant.Spelling)}");
            }

            // Walked in place (Listed.Span), not enumerated: an enumerator per passage was most of this rule's garbage on a keystroke.
            foreach ((TextSpan span, int family) in Listed.Span(spellings.Standards))
            {
                standards.Count(family, words, span.Start);
            }
        }

        if (standards.Any)
        {
            CheckAgainstTheDraft(context, scans, standards, reported);
        }
    }

    /// <summary>
    /// The draft teaches too: where it writes a family's standard form ("labour"), its variant ("labor") elsewhere in
    /// it is a slip, whether or not the corpus has shown that family.
    /// </summary>
    private static void CheckAgainstTheDraft(RuleContext context, PassageScans scans, WrittenStandards standards, HashSet<int> reported)
    {
        Func<(SpellingPair Pair, int Family), bool, bool> accepts = (variant, atSentenceStart) =>
            standards.Writes(variant.Family) && (!variant.Pair.AtSentenceStartOnly || atSentenceStart);
        string families = standards.Families();
        // Walked again rather than copied: the draft's passages are read once per check and listed where they are kept.
        List<InlineText> passages = Passages.Texts(context);
        for (int passage = 0; passage < passages.Count; passage++)
        {
            InlineText words = passages[passage];
            foreach ((TextSpan span, (SpellingPair pair, int family)) in Listed.Span(context.Summarise(VariantsOfTheDraft, words, (accepts, scans, passage), families)))
            {
                if (!IsQuoted(words.Text, span.Start) && reported.Add(words.ToSource(span).Start))
                {
                    Report(context, words, span, pair.Preferred, $"elsewhere in this text (line {context.Text.LineOf(standards.FirstAt(family)) + 1})");
                }
            }
        }
    }

    /// <summary>Which families' standard forms the draft writes, and where it first does (in the order its passages are read).</summary>
    private sealed class WrittenStandards
    {
        private readonly int[] _counts = new int[EditorialSpellings.Families.Count];
        private readonly int[] _firstAt = new int[EditorialSpellings.Families.Count];

        public bool Any { get; private set; }

        /// <summary>Counts a standard form standing at <paramref name="index"/> in the words; where it stands in the source is asked only of a family's first.</summary>
        public void Count(int family, InlineText words, int index)
        {
            if (_counts[family]++ == 0)
            {
                _firstAt[family] = words.ToSourceOffset(index);
                Any = true;
            }
        }

        public bool Writes(int family) => _counts[family] > 0;

        public int FirstAt(int family) => _firstAt[family];

        /// <summary>The families written, as one comparable value: what a kept reading of the variants depends on.</summary>
        public string Families()
        {
            var families = new System.Text.StringBuilder();
            for (int family = 0; family < _counts.Length; family++)
            {
                if (_counts[family] > 0)
                {
                    families.Append(families.Length > 0 ? "," : string.Empty).Append(family);
                }
            }

            return families.ToString();
        }
    }

    /// <summary>
    /// Inside a quotation ("… contributions of ecological economics and Earth-centered law”): a title or words quoted
    /// keep their own spelling, so the draft's other spelling does not judge them.
    /// </summary>
    private static bool IsQuoted(string text, int at)
    {
        int open = text.LastIndexOf('“', Math.Max(0, at - 1));
        return open >= 0 && text.IndexOf('”', open) is int close && (close < 0 || close > at);
    }

    /// <param name="found">Where the variant stands in the passage's words.</param>
    private static void Report(RuleContext context, InlineText words, TextSpan found, string replacement, string where)
    {
        string written = words.Text.Substring(found.Start, found.Length);
        TextSpan span = words.ToSource(found);
        string message = $"\"{written}\" is written \"{replacement}\" {where}.";

        // Only where the source holds exactly the words found: never across Markdown syntax or a line break.
        Fix? fix = context.Text.Slice(span) == written ? RuleContext.Replace($"Write \"{replacement}\"", span, replacement) : null;
        context.Report(span, message, fix);
    }

    /// <summary>The latest year the text names ("of 20 September 1990", "(1990)"); 0 when it names none.</summary>
    private static int LatestYear(string text)
    {
        int latest = 0;
        for (int i = 0; i + 4 <= text.Length; i++)
        {
            // Not part of a longer number, nor an ordinal ("2085th meeting").
            bool standsAlone = (i == 0 || !char.IsLetterOrDigit(text[i - 1])) && (i + 4 == text.Length || !char.IsLetterOrDigit(text[i + 4]));
            if (standsAlone && text[i] is '1' or '2' && char.IsAsciiDigit(text[i + 1]) && char.IsAsciiDigit(text[i + 2]) && char.IsAsciiDigit(text[i + 3]))
            {
                int year = ((text[i] - '0') * 1000) + ((text[i + 1] - '0') * 100) + ((text[i + 2] - '0') * 10) + (text[i + 3] - '0');
                if (year is >= MinimumYear and <= MaximumYear)
                {
                    latest = Math.Max(latest, year);
                }
            }
        }

        return latest;
    }

    private static string Evidence(Spelling spelling)
    {
        string times = spelling.Count == 1 ? "once" : $"{spelling.Count} times";
        return spelling.Seen.Count > 0
            ? $" (seen {times}, e.g. {spelling.Seen[0]})"
            : spelling.Count > 0 ? $" (seen {times})" : string.Empty;
    }
}
