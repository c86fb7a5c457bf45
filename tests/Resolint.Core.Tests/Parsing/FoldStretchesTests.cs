using CsCheck;
using Resolint.Core.Drafts;
using Resolint.Core.Parsing;
using Resolint.Core.Text;

namespace Resolint.Core.Tests.Parsing;

/// <summary>
/// The fold gathers the stretches of words it takes, a few at hand and more in a rented array, and copies them once into
/// the words, and the runs of their source offsets likewise: a text of many stretches (italics that change word by word,
/// white space of every kind) folds to its words with single spaces between them, each where it was read.
/// </summary>
public sealed class FoldStretchesTests
{
    /// <summary>White space that folds: all of char.IsWhiteSpace but the no-break space, and the separators U+001C to U+001F.</summary>
    private static readonly char[] FoldedSpaces = [.. Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(c => (char.IsWhiteSpace(c) || c is >= '\u001C' and <= '\u001F') && c != '\u00A0')];

    private static readonly Gen<string> Pieces = Gen.OneOf(
        Gen.String[Gen.Char["abcdefgh,.;’é"], 1, 6],
        Gen.OneOf(Gen.Const(" "), Gen.Const("  "), Gen.Const("\n"), Gen.Const(" \t "), Gen.Const("\u00A0"), Gen.Const("\u2003")));

    [Fact]
    public void Many_stretches_fold_to_the_words_with_single_spaces()
    {
        Gen.Select(Pieces, Gen.Bool).Array[0, 150].Sample(pieces =>
        {
            var raw = new RawText();
            foreach ((string piece, bool italic) in pieces)
            {
                raw.AppendRun(piece, raw.EndOffset, italic);
            }

            string text = string.Concat(pieces.Select(p => p.Item1));
            InlineText words = raw.ToInlineText();
            Assert.Equal(string.Join(' ', text.Split(FoldedSpaces, StringSplitOptions.RemoveEmptyEntries)), words.Text);

            // Each word's character stands where it was read, each space where the white space it stands for begins.
            int at = 0;
            for (int w = 0; w < words.Text.Length; w++, at++)
            {
                int from = at;
                while (Array.IndexOf(FoldedSpaces, text[at]) >= 0)
                {
                    at++;
                }

                Assert.Equal(words.Text[w] == ' ' ? from : at, words.ToSource(new TextSpan(w, 1)).Start);
                at = words.Text[w] == ' ' ? at - 1 : at;
            }
        });
    }
}
