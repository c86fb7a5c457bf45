using CsCheck;
using Resolint.Core.Text;

namespace Resolint.Core.Tests.Parsing;

/// <summary>A whole text's one reading by vector (line starts, first doubled space, first form feed) against a plain reading.</summary>
public class SourceTextReadingTests
{
    [Fact]
    public void A_text_read_whole_knows_its_lines_doubled_spaces_and_form_feeds_as_a_plain_reading_does()
    {
        // Line breaks of each kind, spaces, form feeds, and characters whose low byte is one of them (U+010A, U+0D0D,
        // U+0120, U+200C, U+FF0A), in texts across a vector's width of 16 characters.
        Gen<char> character = Gen.OneOf(Gen.Const('\n'), Gen.Const('\r'), Gen.Const(' '), Gen.Const('\f'), Gen.Const('a'),
            Gen.Const('\u010A'), Gen.Const('\u0D0D'), Gen.Const('\u0120'), Gen.Const('\u200C'), Gen.Const('\uFF0A'), Gen.Char);
        Gen.OneOf(Gen.String[character, 0, 80], Gen.String[Gen.OneOf(Gen.Const(' '), Gen.Const('a')), 0, 70]).Sample(written =>
        {
            var text = SourceText.From(written);
            List<int> starts = [0];
            for (int i = 0; i < written.Length; i++)
            {
                if (written[i] == '\n' || (written[i] == '\r' && (i + 1 == written.Length || written[i + 1] != '\n')))
                {
                    starts.Add(i + 1);
                }
            }

            Assert.Equal(starts, Enumerable.Range(0, text.LineCount).Select(text.LineStart));
            Assert.Equal(written.IndexOf("  ", StringComparison.Ordinal), text.KnownFirstPlace("  "));
            Assert.Equal(written.IndexOf('\f'), text.KnownFirstPlace("\f"));
            Assert.Equal(0, text.WholeTextSearches);
        }, iter: 20_000);
    }
}
