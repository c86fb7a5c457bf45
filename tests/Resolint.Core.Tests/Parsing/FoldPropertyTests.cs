using System.Text;
using Resolint.Core.Drafts;
using Resolint.Core.Parsing;
using Resolint.Core.Text;

namespace Resolint.Core.Tests.Parsing;

/// <summary>
/// The words folded from a raw text, and the italics of a span of them, against readings done character by character:
/// the fold searches a stretch of words at a time (keeping the doubled space it found ahead), and the italics are looked
/// through a run at a time.
/// </summary>
public sealed class FoldPropertyTests
{
    /// <summary>Letters, a space, doubled spaces, white space that folds, and visible characters outside ASCII, as drafts mix them.</summary>
    private static readonly string[] Pieces = ["a", "Bc", "de", " ", "  ", "   ", "\t", "\n", " \n ", "’", "é", "“", "”", "–", "\u00A0", "\u2003", ",", "."];

    [Fact]
    public void Folds_white_space_as_a_reading_character_by_character_does()
    {
        var random = new Random(27);
        for (int round = 0; round < 2000; round++)
        {
            (RawText raw, string chars, bool[] italic) = Build(random);
            int skip = random.Next(0, 3) == 0 ? random.Next(0, chars.Length + 1) : 0;

            InlineText words = raw.ToInlineText(skip);
            (string expected, List<int> from) = FoldedByCharacter(chars[skip..]);

            Assert.Equal(expected, words.Text);
            for (int i = 0; i < expected.Length; i++)
            {
                if (expected[i] != ' ')
                {
                    bool inRun = words.Italics.Any(run => run.Contains(i));
                    Assert.True(italic[skip + from[i]] == inRun, $"round {round}: '{expected}' at {i}");
                    Assert.Equal(skip + from[i], words.ToSource(new TextSpan(i, 1)).Start);
                }
            }
        }
    }

    [Fact]
    public void A_span_is_italic_when_every_letter_of_it_lies_in_a_run()
    {
        var random = new Random(28);
        for (int round = 0; round < 2000; round++)
        {
            int length = random.Next(0, 30);
            string text = new([.. Enumerable.Range(0, length).Select(_ => "ab ,’1"[random.Next(6)])]);

            // Runs in any order, some overlapping, as a text built by hand may give them.
            var runs = new List<TextSpan>();
            for (int r = random.Next(0, 4); r > 0 && length > 0; r--)
            {
                int start = random.Next(0, length);
                runs.Add(TextSpan.FromBounds(start, random.Next(start, length + 1)));
            }

            var words = new InlineText(text, [.. Enumerable.Range(0, length + 1)], runs);
            int from = random.Next(0, length + 1);
            var span = TextSpan.FromBounds(from, random.Next(from, length + 1));

            bool expected = span.Length > 0 && Enumerable.Range(span.Start, span.Length).All(i => !char.IsLetter(text[i]) || runs.Any(run => run.Contains(i)));
            Assert.Equal(expected, words.IsItalic(span));
        }
    }

    /// <summary>A raw text of random pieces, each character at its own offset, with random italics; its characters and italics.</summary>
    private static (RawText Raw, string Chars, bool[] Italic) Build(Random random)
    {
        var chars = new StringBuilder();
        var italics = new List<bool>();
        var raw = new RawText();
        for (int piece = random.Next(0, 12); piece > 0; piece--)
        {
            string text = Pieces[random.Next(Pieces.Length)];
            bool italic = random.Next(0, 2) == 0;
            raw.AppendRun(text, chars.Length, italic);
            chars.Append(text);
            italics.AddRange(Enumerable.Repeat(italic, text.Length));
        }

        return (raw, chars.ToString(), [.. italics]);
    }

    /// <summary>Runs of folding white space made one space, the ends trimmed; for each character kept, where it was read.</summary>
    private static (string Text, List<int> From) FoldedByCharacter(string chars)
    {
        var folded = new StringBuilder();
        var from = new List<int>();
        bool pending = false;
        int pendingAt = 0;
        for (int i = 0; i < chars.Length; i++)
        {
            char c = chars[i];
            if (char.IsWhiteSpace(c) && c != '\u00A0')
            {
                (pending, pendingAt) = pending ? (true, pendingAt) : (true, i);
                continue;
            }

            if (pending && folded.Length > 0)
            {
                folded.Append(' ');
                from.Add(pendingAt);
            }

            pending = false;
            folded.Append(c);
            from.Add(i);
        }

        return (folded.ToString(), from);
    }
}
