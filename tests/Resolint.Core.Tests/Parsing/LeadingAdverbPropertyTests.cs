using CsCheck;
using Resolint.Core.Parsing;

namespace Resolint.Core.Tests.Parsing;

/// <summary>
/// The opener asks the lexicon whether a word is a leading adverb only when some adverb starts and ends with its letters:
/// it must answer as the lexicon does for every word, in any case and with characters that fold to ASCII ("ſ", "ı").
/// </summary>
public sealed class LeadingAdverbPropertyTests
{
    private static readonly string[] Adverbs = [.. Core.Lexicon.LeadingAdverbs];

    /// <summary>The adverbs in every case, cut, lengthened, or with a letter changed for one that folds to it; and other words.</summary>
    private static readonly Gen<string> Words = Gen.OneOf(
        Gen.OneOf(Adverbs).SelectMany(adverb => Gen.Int[0, 5].Select(change => change switch
        {
            0 => adverb,
            1 => adverb.ToUpperInvariant(),
            2 => char.ToUpperInvariant(adverb[0]) + adverb[1..],
            3 => adverb.Replace('s', 'ſ').Replace('i', 'ı'),
            4 => adverb[..^1],
            _ => adverb + "s",
        })),
        Gen.OneOf(Gen.Const("Recalling"), Gen.Const("Requests"), Gen.Const("Also"), Gen.Const("ALSO"), Gen.Const("Deeply"), Gen.Const("\u212Aeenly")),
        Gen.String[Gen.Char["aeosltyhrnfgdpuSAOTYſı\u212A1-’"], 0, 14]);

    [Fact]
    public void A_word_is_a_leading_adverb_where_the_lexicon_says_so()
    {
        Words.Sample(word => Assert.Equal(Core.Lexicon.IsLeadingAdverb(word.AsSpan()), OpenerReader.IsLeadingAdverb(word)));
    }

    [Fact]
    public void Every_adverb_in_any_case_is_one()
    {
        foreach (string adverb in Adverbs)
        {
            Assert.True(OpenerReader.IsLeadingAdverb(adverb.ToUpperInvariant()), adverb);
            Assert.True(OpenerReader.IsLeadingAdverb(char.ToUpperInvariant(adverb[0]) + adverb[1..]), adverb);
        }
    }
}
