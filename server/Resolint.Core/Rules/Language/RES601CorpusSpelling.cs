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
    private sealed record Spellings(IReadOnlyList<SpellingMatch> CorpusVariants, IReadOnlyList<(TextSpan Span, int Family)> Standards);

    /// <summary>A passage's spellings, read once per passage text: the costliest reading of the check.</summary>
    private static readonly PassageSummary<(ConventionModel Conventions, PassageWords Passage), Spellings> Written =
        new(static (state, _) => new Spellings(state.Conventions.FindSpellingVariants(state.Passage.Scanned), SpellingTally.StandardsIn(state.Passage.Scanned)));

    /// <summary>A passage's variants of the families whose standard form the draft writes, read again only when those families change.</summary>
    private static readonly PassageSummary<(SpellingTable<Spelling> Variants, PassageWords Passage), IReadOnlyList<SpellingMatch>> VariantsOfTheDraft =
        new(static (state, _) => SpellingScanner.Find(state.Passage.Scanned, state.Variants));

    /// <summary>A passage and its words as the spelling scanner reads them: read at most once for the three tables of both passes.</summary>
    private sealed class PassageWords(InlineText words, List<(TextSpan Word, bool Hyphenated)> buffer)
    {
        private ScannedText? _scanned;

        public InlineText Words { get; } = words;

        public ScannedText Scanned => _scanned ??= SpellingScanner.Read(Words.Text, buffer);
    }

    /// <summary>The words of the passages of the draft being checked, one list per thread, kept from check to check unless a large draft made it large.</summary>
    [ThreadStatic]
    private static List<(TextSpan Word, bool Hyphenated)>? t_words;

    /// <summary>Words of about 400 kB of text: a list that held more is not kept for the next check.</summary>
    private const int MaxKeptWords = 1 << 16;

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(RuleContext context)
    {
        List<(TextSpan Word, bool Hyphenated)> buffer = t_words ?? [];
        t_words = null;
        buffer.Clear();
        Check(context, [.. Passages.Texts(context).Select(words => new PassageWords(words, buffer))]);
        t_words = buffer.Capacity <= MaxKeptWords ? buffer : null;
    }

    private static void Check(RuleContext context, List<PassageWords> passages)
    {
        int? latestYear = null;
        var reported = new HashSet<int>();
        var tally = new SpellingTally();
        foreach (PassageWords passage in passages)
        {
            InlineText words = passage.Words;
            Spellings written = context.Summarise(Written, words, (context.Conventions, passage));
            foreach (SpellingMatch variant in written.CorpusVariants)
            {
                if (Lexicon.StandardSince(variant.Replacement) is int since && (latestYear ??= LatestYear(context.Text.Text)) < since)
                {
                    continue;
                }

                reported.Add(words.ToSource(variant.Span).Start);
                Report(context, words, variant, $"in the corpus{Evidence(variant.Spelling)}");
            }

            foreach ((TextSpan span, int family) in written.Standards)
            {
                tally.CountStandard(family, new SourceRef(DraftItself, context.Text.LineOf(words.ToSourceOffset(span.Start)) + 1));
            }
        }

        CheckAgainstTheDraft(context, passages, tally, reported);
    }

    /// <summary>
    /// The draft teaches too: where it writes a family's standard form ("labour"), its variant ("labor") elsewhere in
    /// it is a slip, whether or not the corpus has shown that family.
    /// </summary>
    private static void CheckAgainstTheDraft(RuleContext context, List<PassageWords> passages, SpellingTally tally, HashSet<int> reported)
    {
        SpellingTable<Spelling> variants = tally.VariantsOfWrittenStandards();
        string families = tally.WrittenFamilies();
        foreach (PassageWords passage in passages)
        {
            InlineText words = passage.Words;
            foreach (SpellingMatch found in context.Summarise(VariantsOfTheDraft, words, (variants, passage), families))
            {
                // Kept from an earlier check, the match names the family's first standard form as it stood then.
                SpellingMatch variant = variants.TryGetValue(found.Spelling.Variant, out Spelling? now) ? found with { Spelling = now } : found;
                if (!IsQuoted(words.Text, variant.Span.Start) && reported.Add(words.ToSource(variant.Span).Start))
                {
                    Report(context, words, variant, $"elsewhere in this text (line {variant.Spelling.Seen[0].Line})");
                }
            }
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

    /// <summary>How evidence from the draft itself is named.</summary>
    private const string DraftItself = "this text";

    private static void Report(RuleContext context, InlineText words, SpellingMatch variant, string where)
    {
        string written = words.Text.Substring(variant.Span.Start, variant.Span.Length);
        TextSpan span = words.ToSource(variant.Span);
        string message = $"\"{written}\" is written \"{variant.Replacement}\" {where}.";

        // Only where the source holds exactly the words found: never across Markdown syntax or a line break.
        Fix? fix = context.Text.Slice(span) == written ? RuleContext.Replace($"Write \"{variant.Replacement}\"", span, variant.Replacement) : null;
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
