using Resolint.Core.Drafts;
using Resolint.Core.Parsing;

namespace Resolint.Core.Tests.Parsing;

/// <summary>
/// Markdig drops a footnote's definition that no marker references; the reader takes it back, once per number: a
/// definition whose number a footnote already has, read by Markdig or taken back before, is no second footnote.
/// </summary>
public sealed class UnreferencedDefinitionTests
{
    private const string Source =
        "*The Human Rights Council*,\n\n"
        + "*Recognizing* the need to act[^1],\n\n"
        + "1. *Decides* to remain seized of the matter.\n\n"
        + "[^1]: A/HRC/54/34.\n\n"
        + "[^1]: A second text for the first note.\n\n"
        + "[^7]: A note no marker references.\n\n"
        + "[^7]: The same note again.\n";

    [Fact]
    public void A_definition_is_taken_back_once_per_number()
    {
        Draft draft = DraftParser.Parse(Source, DraftForm.Markdown);

        Assert.Equal([1, 7], draft.Footnotes.Select(f => f.Number));
        Assert.Contains("A/HRC/54/34", draft.Footnotes[0].Content.Text, StringComparison.Ordinal);
        Assert.Contains("no marker references", draft.Footnotes[1].Content.Text, StringComparison.Ordinal);
    }
}
