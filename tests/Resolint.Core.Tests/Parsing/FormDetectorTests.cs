using Resolint.Core.Drafts;
using Resolint.Core.Parsing;

namespace Resolint.Core.Tests.Parsing;

/// <summary>The form is read from the text, since real files are named ".txt" whatever their form.</summary>
public sealed class FormDetectorTests
{
    [Theory]
    [InlineData("A-RES-68-171.txt", DraftForm.PlainText)]
    [InlineData("A-RES-72-247.txt", DraftForm.PlainText)]
    [InlineData("A-RES-66-164.txt", DraftForm.PlainText)]
    [InlineData("A-RES-74-156.txt", DraftForm.Markdown)]
    [InlineData("A-HRC-RES-36-29.txt", DraftForm.Markdown)]
    public void Seeds_are_read_in_their_form(string file, DraftForm form) =>
        Assert.Equal(form, SeedOutlineTests.ParseSeed(file).Form);

    [Fact]
    public void Markdown_with_plain_verbs_is_known_by_its_italic_closing_and_footnote_labels()
    {
        const string text = "The General Assembly,\n\nRecalling its resolutions,[^1]\n\n1. Decides to act.\n\n*42nd meeting\n29 September 2017*\n\n[^1]: Resolution 48/134, annex.\n";

        Assert.Equal(DraftForm.Markdown, FormDetector.Detect(text));
    }

    [Theory]
    [InlineData("The Security Council,\n\n12. Requests the Secretary-General to report;\n\n13. _ Decides to undertake a review.\n", DraftForm.PlainText)]
    [InlineData("The General Assembly,\n\n12. _Requests_ the Secretary-General to report;\n\n13. _Decides_ to undertake a review.\n", DraftForm.Markdown)]
    public void An_underscore_before_a_space_opens_no_emphasis(string text, DraftForm form) =>
        Assert.Equal(form, FormDetector.Detect(text));

    [Fact]
    public void Tab_indented_text_is_plain_text()
    {
        const string text = "\tThe General Assembly,\n\tRecalling its resolutions,\n\t1.\tDecides to act.\n";

        Assert.Equal(DraftForm.PlainText, FormDetector.Detect(text));
    }
}
