using CsCheck;
using Resolint.Core.Drafts;
using Resolint.Core.Parsing.Roles;

namespace Resolint.Core.Tests.Parsing;

/// <summary>
/// The closing mark's place (<see cref="PunctuationOf.ClosingIndex"/>) compares a paragraph's words with the conjunctions only
/// when they end as one does: it must stand where a reading that compares every paragraph's words with each finds it.
/// </summary>
public sealed class ClosingIndexPropertyTests
{
    /// <summary>Words, marks, conjunctions whole and cut short, lost markers and white space, as paragraphs end.</summary>
    private static readonly Gen<string> Endings = Gen.OneOf(
        "To study", "and", "or", "d", "r", "land", "for", ";", ",", ".", " ", "; and", "; or", ", and", ", or", ";and", ", an",
        "; o", " 12", "1/", "1991,°", "\t").Array[0, 8].Select(string.Concat);

    [Fact]
    public void Stands_where_a_comparison_with_every_conjunction_puts_it()
    {
        Endings.Sample(text =>
        {
            var words = new InlineText(text, [.. Enumerable.Range(0, text.Length + 1)], []);
            Assert.Equal(ComparedWithEach(words), PunctuationOf.ClosingIndex(words));
        });
    }

    private static int ComparedWithEach(InlineText words)
    {
        int last = words.LastVisibleIndex();
        if (last < 0)
        {
            return last;
        }

        string conjunction = PunctuationOf.Conjunctions.FirstOrDefault(c => words.Text.AsSpan(0, last + 1).EndsWith(c, StringComparison.Ordinal)) ?? " ";
        return PunctuationOf.BeforeLostMarker(words.Text, last - (conjunction.Length - 1));
    }
}
