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

    [Fact]
    public void Reads_words_across_the_edges_of_its_blocks()
    {
        // Words and hyphens at every position around the 64-character block edges, ASCII and not.
        string[] pieces = ["a", "bc", "-", " ", "é", "x-y", "--", "1", "’", "Ω"];
        var random = new Random(15);
        for (int round = 0; round < 500; round++)
        {
            var text = new System.Text.StringBuilder();
            int length = random.Next(0, 200);
            while (text.Length < length)
            {
                text.Append(pieces[random.Next(pieces.Length)]);
            }

            Assert.Equal(CharacterByCharacter(text.ToString()), Read(text.ToString()));
        }
    }

    private static List<(TextSpan Word, bool Hyphenated)> Read(string text)
    {
        var words = new List<(TextSpan, bool)>();
        var runs = new LetterRuns(text);
        while (runs.MoveNext(out TextSpan word, out bool hyphenated))
        {
            words.Add((word, hyphenated));
        }

        return words;
    }

    /// <summary>Runs of letters, a hyphen kept inside a word where a letter follows it.</summary>
    private static List<(TextSpan Word, bool Hyphenated)> CharacterByCharacter(string text)
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
