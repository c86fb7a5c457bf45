using Resolint.Core.Parsing;

namespace Resolint.Core.Tests.Parsing;

/// <summary>A raw text's italics, kept as the places where they change, read as a flag kept per character would.</summary>
public sealed class RawTextItalicsTests
{
    [Fact]
    public void Each_character_keeps_the_italics_it_was_read_with()
    {
        var random = new Random(15);
        for (int round = 0; round < 300; round++)
        {
            (RawText text, List<bool> italics) = Build(random);

            Assert.Equal(italics, Enumerable.Range(0, text.Length).Select(text.IsItalicAt));
        }
    }

    [Fact]
    public void Compares_stretches_as_a_comparison_character_by_character_does()
    {
        var random = new Random(16);
        for (int round = 0; round < 300; round++)
        {
            (RawText a, List<bool> aItalics) = Build(random);
            (RawText b, List<bool> bItalics) = Build(random);
            int count = random.Next(0, Math.Min(a.Length, b.Length) + 1);
            int aStart = random.Next(0, a.Length - count + 1);
            int bStart = random.Next(0, b.Length - count + 1);

            bool same = aItalics.Skip(aStart).Take(count).SequenceEqual(bItalics.Skip(bStart).Take(count));
            Assert.Equal(same, RawText.SameItalics(a, aStart, b, bStart, count));
            Assert.True(RawText.SameItalics(a, aStart, a, aStart, count));
        }
    }

    [Fact]
    public void A_text_lent_and_then_changed_leaves_the_italics_of_the_one_it_was_lent_from()
    {
        var read = new RawText();
        read.AppendSource("Decides to act", 0, 7, italic: true);
        read.AppendSource("Decides to act", 7, 14, italic: false);

        RawText lent = read.Lent(5);
        lent.Append('!', 19, italic: true);

        Assert.Equal([true, false, true], new[] { 0, 7, 14 }.Select(lent.IsItalicAt));
        Assert.Equal(14, read.Length);
        Assert.False(read.IsItalicAt(13));
        Assert.True(RawText.SameItalics(read, 0, lent, 0, 14));
    }

    [Fact]
    public void The_words_name_the_italic_runs_after_a_skip()
    {
        var read = new RawText();
        read.AppendSource("(a) Recalling its resolution", 0, 4, italic: false);
        read.AppendSource("(a) Recalling its resolution", 4, 13, italic: true);
        read.AppendSource("(a) Recalling its resolution", 13, 28, italic: false);

        Assert.Equal([new Text.TextSpan(0, 9)], read.ToInlineText(4).Italics);
        Assert.Equal([new Text.TextSpan(4, 9)], read.ToInlineText().Italics);
    }

    [Fact]
    public void The_words_name_every_italic_run_of_a_paragraph_of_many()
    {
        // Forty italic words between upright ones, with runs of white space to fold: more runs than a small buffer holds.
        const string source = "*a*  b\t*c*";
        var read = new RawText();
        for (int word = 0; word < 40; word++)
        {
            int at = word * source.Length;
            read.AppendSource(source, 0, 3, italic: true);
            read.AppendSource(source, 3, 8, italic: false);
            read.Append(' ', at + 8, italic: false);
        }

        var words = read.ToInlineText();

        Assert.Equal(40, words.Italics.Count);
        Assert.All(words.Italics, run => Assert.Equal("*a*", words.Text.Substring(run.Start, run.Length)));
    }

    /// <summary>A raw text made of random appends (characters, runs, stretches of another text), with the italics each character was given.</summary>
    private static (RawText Text, List<bool> Italics) Build(Random random, int depth = 0)
    {
        var text = new RawText();
        var italics = new List<bool>();
        for (int step = random.Next(0, 12); step > 0; step--)
        {
            bool italic = random.Next(3) == 0;
            switch (random.Next(depth < 2 ? 4 : 3))
            {
                case 0:
                    text.Append('x', text.Length, italic);
                    italics.Add(italic);
                    break;
                case 1:
                    int length = random.Next(0, 6);
                    text.AppendRun(new string('y', length), text.Length, italic);
                    italics.AddRange(Enumerable.Repeat(italic, length));
                    break;
                case 2:
                    text = text.Lent(random.Next(0, 3));
                    break;
                default:
                    (RawText other, List<bool> otherItalics) = Build(random, depth + 1);
                    int start = random.Next(0, other.Length + 1);
                    int end = random.Next(start, other.Length + 1);
                    text.AppendRange(other, start, end);
                    italics.AddRange(otherItalics.Skip(start).Take(end - start));
                    break;
            }
        }

        return (text, italics);
    }
}
