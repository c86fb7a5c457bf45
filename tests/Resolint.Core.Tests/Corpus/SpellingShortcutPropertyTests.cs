using CsCheck;
using Resolint.Core.Corpus;
using Resolint.Core.Drafts;
using Resolint.Core.Parsing;
using Resolint.Core.Rules.Language;
using Resolint.Core.Tests.Rules;

namespace Resolint.Core.Tests.Corpus;

/// <summary>
/// The spelling rule (RES601) looks for no table in a passage whose reading kept no word: nearly half of a draft's
/// passages. That holds only if a table's entries are found in none of them, which these tests state for every table
/// of a draft's screen, on texts of their words, their look-alikes and any characters.
/// </summary>
public class SpellingShortcutPropertyTests
{
    /// <summary>The tally's standard forms and variants, the corpus's variants, their neighbours in case and length, and plain words.</summary>
    private static readonly string[] WordLike =
    [
        .. EditorialSpellings.Families.SelectMany(family => family.Pairs).SelectMany(pair => new[] { pair.Preferred, pair.Variant }).Take(60),
        .. TestConventions.Model.Spellings.Keys.Take(60),
        "programme", "Programme", "program", "labour", "labor", "lubor", "labors", "self-defense", "self", "defense",
        "Secretary General", "Secretary-General", "Member states", "co-operation", "cooperation", "the", "and", "of", "States",
        "l993", "A4", "12", " ", "  ", "\n", ",", ".", ". ", "-", "“", "”", "é", "\u00A0",
    ];

    private static readonly Gen<string> WordSoup = Gen.OneOf(
        Gen.OneOf(WordLike).Array[0, 10].Select(words => string.Join(" ", words)),
        Gen.OneOf(WordLike).Array[0, 10].Select(string.Concat),
        Gen.String[Gen.Char["abcdeorlmgsuvT -.1"], 0, 30],
        Gen.String[Gen.Char, 0, 30]);

    [Fact]
    public void A_text_that_keeps_no_word_holds_no_entry_of_any_table_of_its_screen()
    {
        ConventionModel conventions = TestConventions.Model;
        int empty = 0;
        WordSoup.Sample(text =>
        {
            ScannedText scanned = SpellingScanner.Read(text, conventions.DraftSpellingScreen);
            if (scanned.Count > 0)
            {
                return;
            }

            empty++;
            Assert.Empty(conventions.FindSpellingVariants(scanned));
            Assert.Empty(SpellingTally.StandardsIn(scanned));
            Assert.Empty(SpellingTally.VariantsIn(scanned, static (_, _) => true));
        },
        iter: 20_000);

        // Both kinds of text were tried.
        Assert.InRange(empty, 100, 19_900);
    }

    /// <summary>A passage whose reading kept one word only, that word the variant: the edge of the spelling rule's shortcut.</summary>
    [Theory]
    [InlineData("favorably", "favourably")]
    [InlineData("labor", "labour")]
    public void A_passage_that_keeps_only_its_variant_is_reported(string variant, string standard)
    {
        string text = "Resolution adopted by the General Assembly on 18 December 2013\n68/999.\tA fixture for spelling\n\tThe General Assembly,\n"
            + $"\tRecalling its {standard} earlier,\n\t1.\tActs {variant};\n";
        Paragraph paragraph = DraftParser.Parse(text).Operative[0];
        Assert.Equal(1, SpellingScanner.Read(paragraph.Content.Text, TestConventions.Model.DraftSpellingScreen).Count);

        IReadOnlyList<Core.Rules.Diagnostic> found = SeedSlips.Diagnostics(text, [new RES601CorpusSpelling()]);
        Assert.Contains(found, finding => finding.Message.StartsWith($"\"{variant}\" is written \"{standard}\"", StringComparison.Ordinal));
    }
}
