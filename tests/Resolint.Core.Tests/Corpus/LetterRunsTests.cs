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

    private static List<(TextSpan Word, bool Hyphenated)> Read(string text)
    {
        var words = new WordList(text, []);
        LetterRuns.Read(text, ref words);
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
