using Resolint.Core.Checking;
using Resolint.Core.Corpus;
using Resolint.Core.Drafts;
using Resolint.Core.Parsing;

namespace Resolint.Core.Tests.Parsing;

/// <summary>Markdown nested deeper than Markdig reads (it refuses such a text) is read as plain text, never a failure, and no text is lost.</summary>
public sealed class DeepNestingTests
{
    [Theory]
    [InlineData(">", 128)]
    [InlineData("- ", 130)]
    [InlineData("1. ", 130)]
    public void A_line_nested_past_markdigs_limit_is_read_as_plain_text(string mark, int depth)
    {
        string text = "The General Assembly,\n\n" + string.Concat(Enumerable.Repeat(mark, depth)) + " Decides to act.\n";

        Draft draft = DraftParser.Parse(text, DraftForm.Markdown);
        CheckResult result = new Checker(ConventionModel.Empty).Check(draft);

        Assert.Equal(DraftForm.PlainText, draft.Form);
        Assert.Equal(text, draft.Text.Text);
        Assert.NotNull(result.Diagnostics);
    }

    [Fact]
    public void Nesting_markdig_reads_stays_markdown()
    {
        Draft draft = DraftParser.Parse("The General Assembly,\n\n> > quoted\n", DraftForm.Markdown);

        Assert.Equal(DraftForm.Markdown, draft.Form);
    }
}
