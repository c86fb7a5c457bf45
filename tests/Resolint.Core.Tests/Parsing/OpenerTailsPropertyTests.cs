using CsCheck;
using Resolint.Core.Parsing;
using Resolint.Core.Tests.Rules;
using Resolint.Core.Text;

namespace Resolint.Core.Tests.Parsing;

/// <summary>
/// The longest tail after a head, found through the candidates' index of first words, against every candidate matched in
/// turn: the same end and the same tail (the first of the longest, in the candidates' order) for any list of the lexicon's
/// tails in any order, after the seeds' own heads and after words made up of the tails' words and the lexicon's classes.
/// </summary>
public sealed class OpenerTailsPropertyTests
{
    /// <summary>As many words as the reader reads of a paragraph.</summary>
    private const int MaxWords = 16;

    private static readonly OpenerTail[] LexiconTails = [.. Core.Lexicon.OpenerTails];

    /// <summary>The words of the seeds' preambular and operative paragraphs, as the reader meets them after a head.</summary>
    private static readonly string[] SeedParagraphs = Directory
        .EnumerateFiles(Path.Combine(RuleFixtureTests.RepositoryRoot(), "seeds"), "*.txt")
        .Select(file => DraftParser.Parse(File.ReadAllText(file)))
        .SelectMany(draft => draft.Preamble.Select(p => p.Content.Text).Concat(draft.Operative.Select(p => p.Content.Text)))
        .ToArray();

    /// <summary>
    /// Words that open or continue tails: the tails' own words, members of each class (a degree, a stance, an object, a noun
    /// marker, a verb, adverbs in -ly, states, verbs of a head's form), and words that open none, some capitalised or closed
    /// by a comma.
    /// </summary>
    private static readonly string[] Vocabulary =
    [
        .. LexiconTails.SelectMany(tail => tail.Tokens).SelectMany(token => token.Alternatives).Where(a => !a.IsClass).Select(a => a.Word).Distinct(),
        .. Core.Lexicon.WordList("degree-words", StringComparer.Ordinal).Take(6),
        .. Core.Lexicon.WordList("opener-stances", StringComparer.Ordinal).Take(6),
        .. Core.Lexicon.WordList("opener-objects", StringComparer.Ordinal).Take(6),
        .. Core.Lexicon.WordList("noun-markers", StringComparer.Ordinal).Take(6),
        "condemn", "urge", "be", "take", "strongly", "deeply", "firmly", "apply", "concerned", "aware", "convinced", "mindful",
        "requests", "encourages", "welcoming", "noting", "the", "its", "that", "Member", "States", "2015", "(a)", "regard,",
    ];

    private static readonly string[] Heads = ["Requests", "Recalling", "Expresses", "Expressing", "Continues", "Reaffirming", "concerned", "Is", "Remains"];

    /// <summary>A list of distinct tails of the lexicon in any order, as long as the lexicon's or shorter.</summary>
    private static readonly Gen<OpenerTail[]> Candidates =
        Gen.Int[0, int.MaxValue].Array[1, LexiconTails.Length].Select(keys => LexiconTails.Zip(keys).Where(k => k.Second % 4 != 0).OrderBy(k => k.Second).Select(k => k.First).ToArray());

    private static readonly Gen<string> MadeUpWords = Gen.Int[0, Vocabulary.Length - 1].Array[1, MaxWords].Select(words => string.Join(' ', words.Select(w => Vocabulary[w])));

    private static readonly Gen<string> SeedWords = Gen.Int[0, SeedParagraphs.Length - 1].Select(p => SeedParagraphs[p]);

    [Fact]
    public void The_index_finds_the_tail_every_candidate_matched_in_turn_finds()
    {
        int found = 0;
        Gen.Select(Candidates, Gen.Frequency((3, MadeUpWords), (1, SeedWords)), Gen.Int[0, Heads.Length - 1], Gen.Bool).Sample((tails, text, head, operative) =>
        {
            var candidates = new OpenerReader.TailCandidates(tails);
            for (int at = 0; at < 6; at++)
            {
                (int End, OpenerTail? Tail) indexed = Indexed(text, at, Heads[head], candidates, operative);
                (int End, OpenerTail? Tail) plain = EveryCandidate(text, at, Heads[head], tails, operative);
                Assert.Equal(plain.End, indexed.End);
                Assert.Same(plain.Tail, indexed.Tail);
                if (plain.Tail is not null)
                {
                    Interlocked.Increment(ref found);
                }
            }
        }, iter: 10_000);

        // The words make tails often enough for the comparison to say something.
        Assert.True(found > 5_000, $"{found} tails found");
    }

    [Fact]
    public void Of_two_tails_as_long_the_first_in_the_candidates_order_wins()
    {
        // The lexicon has "once again" for the preamble and between a head and a tail: the same words, two tails.
        OpenerTail[] onceAgain = [.. LexiconTails.Where(tail => string.Join(' ', tail.Tokens.Select(t => t.Alternatives[0].Word)) == "once again")];
        Assert.Equal(2, onceAgain.Length);

        foreach (OpenerTail[] order in new[] { onceAgain, [onceAgain[1], onceAgain[0]] })
        {
            (int End, OpenerTail? Tail) indexed = Indexed("Recalling once again its resolution", 1, "Recalling", new OpenerReader.TailCandidates(order), operative: false);
            Assert.Equal(2, indexed.End);
            Assert.Same(order[0], indexed.Tail);
        }
    }

    private static (int End, OpenerTail? Tail) Indexed(string text, int at, string head, OpenerReader.TailCandidates candidates, bool operative)
    {
        var words = new OpenerReader.OpeningWords(text, new TextSpan[MaxWords]);
        return OpenerReader.LongestTail(text, ref words, at, head, candidates, operative);
    }

    /// <summary>The reading before the index: every candidate matched in turn, the first of the longest kept.</summary>
    private static (int End, OpenerTail? Tail) EveryCandidate(string text, int at, string head, OpenerTail[] tails, bool operative)
    {
        var words = new OpenerReader.OpeningWords(text, new TextSpan[MaxWords]);
        if (!words.Has(at) || !char.IsLower(text[words[at].Start]))
        {
            return (-1, null);
        }

        int best = -1;
        OpenerTail? found = null;
        foreach (OpenerTail tail in tails)
        {
            if (OpenerReader.Match(text, ref words, at, tail.Tokens, head, operative) is var end && end > best)
            {
                best = end;
                found = tail;
            }
        }

        return (best, found);
    }
}
