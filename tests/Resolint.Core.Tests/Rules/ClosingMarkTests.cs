using Resolint.Core.Drafts;
using Resolint.Core.Parsing;
using Resolint.Core.Rules.Language;
using Resolint.Core.Rules.Punctuation;

namespace Resolint.Core.Tests.Rules;

/// <summary>
/// The punctuation rules skip a paragraph whose ending the parser read as the mark expected (<see cref="ClosingMark.EndsWith"/>)
/// without reading its words (<see cref="ClosingMark.Of"/>): the two must agree wherever the first says yes.
/// </summary>
public sealed class ClosingMarkTests
{
    /// <summary>Endings that make the words' reading differ from the last character: a tail after the mark, an abbreviation, quotes, lost markers.</summary>
    private const string Tricky =
        "The General Assembly,\n\nRecalling the report, etc.,\n\nNoting “Our common agenda”,\n\nNoting the sum of 1,000\n\n"
        + "1. *Decides* to act; and\n\n2. *Requests* a report, etc.\n\n3. *Decides* to consider “Our common agenda”.\n\n"
        + "4. *Notes* the years 2010 and 2011,12\n\n5. *Notes* the sum of 1,000\n\n6. *Decides* to act;[^1]\n\n7. *Decides* to act ;  \n\n"
        + "8. *Requests* the following:\n\n(a) The first; and\n\n(b) The second, etc.;\n\n(c) The third.\n\n[^1]: A note.\n";

    public static TheoryData<string> Drafts => [Tricky, .. Seeds.Texts];

    [Theory]
    [MemberData(nameof(Drafts))]
    public void A_mark_the_parser_found_is_the_one_the_words_are_read_to_close_with(string text)
    {
        Draft draft = DraftParser.Parse(text, text.Contains("[^1]", StringComparison.Ordinal) ? DraftForm.Markdown : DraftForm.PlainText);
        int agreed = 0;
        int read = 0;
        foreach (Paragraph paragraph in Passages.Paragraphs(draft))
        {
            foreach (char expected in ",;:.")
            {
                foreach (bool conjunctionAllowed in new[] { false, true })
                {
                    if (ClosingMark.EndsWith(paragraph, expected))
                    {
                        Assert.True(ClosingMark.Of(paragraph, conjunctionAllowed).Is(expected), $"\"{paragraph.Content.Text}\" ends with '{expected}'");
                        agreed++;
                    }
                    else
                    {
                        read++;
                    }
                }
            }
        }

        Assert.True(agreed > 0 && read > 0);
    }
}
