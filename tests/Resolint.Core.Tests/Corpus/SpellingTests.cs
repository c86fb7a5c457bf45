using CsCheck;
using Resolint.Core.Corpus;
using Resolint.Core.Text;

namespace Resolint.Core.Tests.Corpus;

/// <summary>Finding variants in a drafter's words with the spellings learned from the seeds.</summary>
public sealed class SpellingTests
{
    private static List<(string Found, string Replacement)> Variants(string text) =>
        BundledConventions.Model.FindSpellingVariants(text).Select(m => (text.Substring(m.Span.Start, m.Span.Length), m.Replacement)).ToList();

    [Fact]
    public void A_variant_is_found_as_a_whole_word_only()
    {
        Assert.Equal([("program", "programme")], Variants("the program, programmed and reprogramming"));
        Assert.Equal([("programs", "programmes")], Variants("funds and programs."));
    }

    [Fact]
    public void A_capitalised_variant_counts_at_a_sentence_start_but_not_inside_a_name()
    {
        Assert.Equal([("Program", "Programme")], Variants("Program budget implications."));
        Assert.Equal([("Program", "Programme")], Variants("It ends. “Program budget”"));
        Assert.Empty(Variants("the work of the Carter Center"));
    }

    [Fact]
    public void A_capitalised_variant_counts_inside_a_name_the_United_Nations_spells_its_own_way()
    {
        Assert.Equal([("Program", "Programme")], Variants("the United Nations Development Program and the Carter Center"));
    }

    [Fact]
    public void Fixed_forms_keep_their_capitals()
    {
        Assert.Equal([("Secretary General", "Secretary-General")], Variants("the Deputy Secretary General"));
        Assert.Equal([("secretary-general", "Secretary-General")], Variants("the secretary-general's report"));
        Assert.Equal([("Member states", "Member States")], Variants("Member states and member States of the African Union"));
        Assert.Empty(Variants("the Secretary-General and Member States"));
    }

    [Fact]
    public void Two_word_variants_are_found_across_any_space()
    {
        Assert.Equal([("Secretary  General", "Secretary-General")], Variants("the Secretary  General"));
        Assert.Equal([("non governmental", "non-governmental"), ("nongovernmental", "non-governmental")], Variants("non governmental and nongovernmental organizations"));
    }

    [Fact]
    public void A_part_of_a_hyphenated_word_is_a_word()
    {
        Assert.Equal([("defense", "defence")], Variants("the right of self-defense"));
        Assert.Equal([("co-operation", "cooperation")], Variants("in co-operation with"));
    }

    [Fact]
    public void Letters_glued_to_digits_are_not_words()
    {
        Assert.Empty(Variants("Program1 2program"));
    }

    /// <summary>
    /// A text read once through a screen of several tables carries, for each word kept, what each table may hold it
    /// as: each table looked for in it finds its own entries, whichever place it has in the screen.
    /// </summary>
    [Fact]
    public void A_text_read_once_serves_each_table_of_its_screen()
    {
        var american = new SpellingTable<string>([new("labor", "labour"), new("center", "centre")]);
        var british = new SpellingTable<string>([new("labour", "labor"), new("Secretary General", "Secretary-General")]);
        string text = "labour and labor at the center, the Secretary General, and self-labor";
        ScannedText scanned = SpellingScanner.Read(text, new SpellingScreen(american.Uses, british.Uses));
        List<string> Found(SpellingTable<string> table) =>
            [.. SpellingScanner.Find(scanned, table, static (_, _) => true).Select(f => text.Substring(f.Span.Start, f.Span.Length))];

        Assert.Equal(["labor", "center", "labor"], Found(american));
        Assert.Equal(["labour", "Secretary General"], Found(british));
        Assert.Throws<ArgumentException>(() => SpellingScanner.Find(scanned, new SpellingTable<string>([new("labor", "labour")]), static (_, _) => true));
    }

    /// <summary>
    /// Words of the table's length and first, middle and last letters ("lubor", "lebor" beside "labor") share its quick
    /// fingerprint: the fingerprint of all their letters screens them out before any look-up.
    /// </summary>
    [Fact]
    public void A_word_sharing_an_entry_s_quick_fingerprint_is_not_kept()
    {
        var table = new SpellingTable<string>([new("labor", "labour")]);

        ScannedText scanned = SpellingScanner.Read("lubor, lebor and labor", table.Screen);

        Assert.Equal(1, scanned.Count);
        Assert.Equal("labor", "lubor, lebor and labor".Substring(scanned[0].Word.Start, scanned[0].Word.Length));
    }

    /// <summary>
    /// A hyphenated word is kept only where the screen's tables may hold it or one of its parts, and each table asks its
    /// own fingerprints only of the parts of a word one of which the screen says it may hold.
    /// </summary>
    [Fact]
    public void A_hyphenated_word_is_kept_for_the_tables_that_may_hold_its_parts()
    {
        var american = new SpellingTable<string>([new("labor", "labour")]);
        var british = new SpellingTable<string>([new("centre", "center")]);
        const string text = "well-being, self-labor and mid-centre";
        ScannedText scanned = SpellingScanner.Read(text, new SpellingScreen(american.Uses, british.Uses));
        List<string> Found(SpellingTable<string> table) =>
            [.. SpellingScanner.Find(scanned, table, static (_, _) => true).Select(f => text.Substring(f.Span.Start, f.Span.Length))];

        Assert.Equal(["self-labor", "mid-centre"], Enumerable.Range(0, scanned.Count).Select(i => text.Substring(scanned[i].Word.Start, scanned[i].Word.Length)));
        Assert.Equal(["labor"], Found(american));
        Assert.Equal(["centre"], Found(british));
    }

    /// <summary>
    /// A text read through a screen keeps, in order, each word a table of the screen may hold whole or by a part, with
    /// what the tables may hold it and its parts as: what a reading word by word keeps. The screen of the first texts
    /// holds words of one letter; the draft's screen holds none shorter than three, and its reading passes the shorter
    /// words over on the masks.
    /// </summary>
    [Fact]
    public void A_text_is_read_as_a_reading_word_by_word_reads_it()
    {
        var american = new SpellingTable<string>([new("labor", "labour"), new("bc", "BC"), new("self labor", "self-labour")]);
        var british = new SpellingTable<string>([new("a", "A"), new("x", "X"), new("ü", "ue")]);
        foreach (SpellingScreen screen in new[] { new SpellingScreen(american.Uses, british.Uses), TestConventions.Model.DraftSpellingScreen })
        {
            LetterRunsTests.Texts.Sample(text =>
            {
                ScannedText scanned = SpellingScanner.Read(text, screen);
                Assert.Equal(WordByWord(text, screen), Enumerable.Range(0, scanned.Count).Select(i => scanned[i]));
            }, iter: 2000);
        }

        Assert.Equal(3, TestConventions.Model.DraftSpellingScreen.ShortestWord);
    }

    private static List<ScannedWord> WordByWord(string text, SpellingScreen screen)
    {
        List<(TextSpan Word, bool Hyphenated)> words = LetterRunsTests.CharacterByCharacter(text);
        var kept = new List<ScannedWord>();
        for (int i = 0; i < words.Count; i++)
        {
            (TextSpan word, bool hyphenated) = words[i];
            string written = text.Substring(word.Start, word.Length);
            ScreenedUses uses = screen.UsesOf(written);
            byte partUses = hyphenated ? (byte)written.Split('-').Aggregate(0, (all, part) => all | screen.UsesOf(part).Bits) : (byte)0;
            if (written.Length >= screen.ShortestWord && (uses.Any || partUses != 0))
            {
                kept.Add(new ScannedWord(word, uses, new ScreenedUses(partUses)));
            }
        }

        return kept;
    }

    /// <summary>Words, expressions and their look-alikes, short words between them, and what stands between words.</summary>
    private static readonly Gen<string> Soup = Gen.OneOf(
            Gen.OneOf("Secretary", "General", "Secretary-General", "non", "governmental", "non-governmental", "per", "cent", "percent",
                "labor", "self", "self-labor", "to", "be", "to-be", "a", "of", "x", "I", "l993", "12", "Member", "States", "states", "é"),
            Gen.OneOf(" ", " ", " ", "  ", "\n", "\u00A0", ",", ", ", ".", "-", "“"))
        .Array[0, 60]
        .Select(string.Concat);

    /// <summary>
    /// A table's entries are found as a look at every word, with the word after each, finds them: the scanner keeps
    /// only the words a table may hold (none of one or two letters where no table holds such a word), and reads the word
    /// after a kept one only where that word may begin an expression.
    /// </summary>
    [Fact]
    public void Entries_are_found_as_a_look_at_every_word_and_the_next_finds_them()
    {
        string[][] tables =
        [
            ["Secretary General", "non governmental", "per cent", "labor", "self labor", "Member states", "percent"],
            ["to be", "Secretary General", "labor"],
        ];
        foreach (string[] entries in tables)
        {
            var table = new SpellingTable<string>(entries.Select(entry => new KeyValuePair<string, string>(entry, entry.ToUpperInvariant())));
            Soup.Sample(text =>
            {
                ScannedText scanned = SpellingScanner.Read(text, table.Screen);
                Assert.Equal(EveryWord(text, table), SpellingScanner.Find(scanned, table, static (_, _) => true));
            }, iter: 5000);
        }
    }

    /// <summary>Find, looking at every word of the text, its parts and the word after it.</summary>
    private static List<(TextSpan Span, string Value)> EveryWord(string text, SpellingTable<string> table)
    {
        List<(TextSpan Word, bool Hyphenated)> words = LetterRunsTests.CharacterByCharacter(text);
        var found = new List<(TextSpan Span, string Value)>();
        int covered = 0;
        for (int i = 0; i < words.Count; i++)
        {
            (TextSpan word, bool hyphenated) = words[i];
            if (Glued(word))
            {
                continue;
            }

            if (i + 1 < words.Count && words[i + 1].Word is var next && next.Start > word.End
                && text[word.End..next.Start].All(char.IsWhiteSpace) && !Glued(next))
            {
                Take(TextSpan.FromBounds(word.Start, next.End), $"{text.Substring(word.Start, word.Length)} {text.Substring(next.Start, next.Length)}");
            }

            Take(word, text.Substring(word.Start, word.Length));
            if (hyphenated)
            {
                int start = word.Start;
                foreach (string part in text.Substring(word.Start, word.Length).Split('-'))
                {
                    Take(new TextSpan(start, part.Length), part);
                    start += part.Length + 1;
                }
            }
        }

        return found;

        bool Glued(TextSpan word) =>
            (word.Start > 0 && char.IsDigit(text[word.Start - 1])) || (word.End < text.Length && char.IsDigit(text[word.End]));

        void Take(TextSpan span, string key)
        {
            if (span.Start >= covered && table.TryGetValue(key, out string value))
            {
                covered = span.End;
                found.Add((span, value));
            }
        }
    }

    /// <summary>The quick fingerprint, multiplied out, is the chain of its length and first, middle and last letters it is defined as.</summary>
    [Fact]
    public void The_quick_fingerprint_chains_length_and_first_middle_and_last_letters()
    {
        Gen.String.Sample(word =>
        {
            uint hash = (uint)word.Length;
            if (word.Length > 0)
            {
                hash = (hash * 31) + word[0];
                hash = (hash * 31) + word[word.Length / 2];
                hash = (hash * 31) + word[^1];
            }

            Assert.Equal((int)((hash * 0x9E3779B1u) >> 18), WordFingerprint.Of(word));
        }, iter: 5000);
    }

    [Fact]
    public void Every_standard_form_belongs_to_one_family_only()
    {
        var owners = EditorialSpellings.Families
            .SelectMany(f => f.Pairs.Select(p => (p.Preferred, f.Name)))
            .Distinct()
            .GroupBy(p => p.Preferred)
            .Where(g => g.Count() > 1)
            .Select(g => g.Key)
            .ToList();
        Assert.Empty(owners);
    }

    [Fact]
    public void No_variant_is_also_a_standard_form()
    {
        var standards = EditorialSpellings.Families.SelectMany(f => f.Pairs).Select(p => p.Preferred).ToHashSet(StringComparer.Ordinal);
        Assert.DoesNotContain(EditorialSpellings.Families.SelectMany(f => f.Pairs), p => standards.Contains(p.Variant));
    }
}
