using CsCheck;
using Resolint.Core.Corpus;
using Resolint.Core.Text;

namespace Resolint.Core.Tests.Corpus;

/// <summary>The spelling scanner's words read off bit masks 64 characters at a time, against a reading character by character.</summary>
public sealed class LetterRunsTests
{
    [Theory]
    [InlineData("")]
    [InlineData("programme")]
    [InlineData("  non-governmental organizations, self-defense -a a- a--b x-y-z 1993 l993 A4 ")]
    [InlineData("Côte d’Ivoire and Türkiye, « Genève », 2030-Agenda—co-operation")]
    public void Reads_the_words_a_character_reading_finds(string text)
    {
        Assert.Equal(CharacterByCharacter(text), Read(text));
    }

    /// <summary>
    /// Texts of words, hyphens and what stands between them, ASCII and not, several blocks long, with now and then a long
    /// word, hyphenated or not, running over a whole block: words and hyphens fall at every place around the
    /// 64-character block edges.
    /// </summary>
    internal static readonly Gen<string> Texts = Gen.Frequency(
            (20, Gen.OneOf("a", "bc", "-", " ", "é", "ü", "x-y", "--", "1", "’", "“", "Ω", "self", "labor", "\n")),
            (1, Gen.String[Gen.Char["ab-é"], 60, 140]),
            (1, Gen.String[Gen.Char["abé"], 60, 140]))
        .Array[0, 120]
        .Select(string.Concat);

    [Fact]
    public void Reads_words_across_the_edges_of_its_blocks()
    {
        Texts.Sample(text => Assert.Equal(CharacterByCharacter(text), Read(text)), iter: 2000);
    }

    /// <summary>
    /// A reader that wants no word shorter than two or three characters is given every word at least that long, in order,
    /// and no other but a short word that reaches a block's end.
    /// </summary>
    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(7)]
    public void Passes_over_the_short_words_a_reader_does_not_want(int shortest)
    {
        int passedOver = 0;
        Texts.Sample(text =>
        {
            List<(TextSpan Word, bool Hyphenated)> all = CharacterByCharacter(text);
            List<(TextSpan Word, bool Hyphenated)> given = Read(text, shortest);
            Assert.Equal(all.Where(w => w.Word.Length >= Math.Min(shortest, 3)), given.Where(w => w.Word.Length >= Math.Min(shortest, 3)));
            Assert.All(given.Where(w => w.Word.Length < Math.Min(shortest, 3)), w => Assert.True(w.Word.End % 64 == 0 || w.Word.Start / 64 != (w.Word.End - 1) / 64));
            Assert.Equal(all.Intersect(given), given);
            passedOver += all.Count - given.Count;
        }, iter: 2000);

        Assert.True(passedOver > 1000);
    }

    /// <summary>A word read on its own ends where the reading of the whole text ends it.</summary>
    [Fact]
    public void A_word_read_on_its_own_ends_where_the_whole_reading_ends_it()
    {
        Texts.Sample(text =>
        {
            foreach ((TextSpan word, _) in CharacterByCharacter(text))
            {
                Assert.Equal(word.End, LetterRuns.WordEnd(text, word.Start));
            }
        }, iter: 2000);
    }

    private static List<(TextSpan Word, bool Hyphenated)> Read(string text, int shortest = 1)
    {
        var words = new WordList(text, []);
        LetterRuns.Read(text, ref words, shortest);
        return words.Words;
    }

    /// <summary>The words read, each checked to be given with its own characters.</summary>
    private readonly struct WordList(string text, List<(TextSpan, bool)> words) : IWordReader
    {
        public List<(TextSpan, bool)> Words => words;

        public void Take(TextSpan span, ReadOnlySpan<char> word, bool hyphenated)
        {
            Assert.Equal(text.Substring(span.Start, span.Length), word.ToString());
            words.Add((span, hyphenated));
        }
    }

    /// <summary>Runs of letters, a hyphen kept inside a word where a letter follows it.</summary>
    internal static List<(TextSpan Word, bool Hyphenated)> CharacterByCharacter(string text)
    {
        var words = new List<(TextSpan, bool)>();
        int i = 0;
        while (true)
        {
            while (i < text.Length && !char.IsLetter(text[i]))
            {
                i++;
            }

            if (i == text.Length)
            {
                return words;
            }

            int start = i;
            bool hyphenated = false;
            while (i < text.Length)
            {
                if (char.IsLetter(text[i]))
                {
                    i++;
                }
                else if (text[i] == '-' && i + 1 < text.Length && char.IsLetter(text[i + 1]))
                {
                    hyphenated = true;
                    i += 2;
                }
                else
                {
                    break;
                }
            }

            words.Add((TextSpan.FromBounds(start, i), hyphenated));
        }
    }
}
