using Resolint.Core.Citations;

namespace Resolint.Core.Tests.Citations;

/// <summary>The title a text quotes after a citation ("…, entitled “The Pact for the Future”"), as the citation records it.</summary>
public sealed class QuotedTitleTests
{
    private static ResolutionCitation Single(string source) =>
        Assert.Single(CitationScanner.Scan(ReaderText.From(source), Organs.GeneralAssembly).OfType<ResolutionCitation>());

    [Theory]
    [InlineData("Recalling its resolution 79/1 of 22 September 2024, entitled “The Pact for the Future”, in which it adopted the Pact,", "The Pact for the Future")]
    [InlineData("Recalling its resolution 79/1, entitled \"The Pact for the Future\",", "The Pact for the Future")]
    [InlineData("Recalling its resolution 79/1 of 22 September 2024 entitled “The Pact for the Future” and its resolution", "The Pact for the Future")]
    [InlineData("Recalling its resolution 76/6, entitled “Follow-up to the report of the Secretary-General entitled ‘Our Common Agenda’”,¹", "Follow-up to the report of the Secretary-General entitled ‘Our Common Agenda’")]
    public void A_title_quoted_after_entitled_is_recorded_with_its_place(string source, string title)
    {
        QuotedTitle quoted = Assert.IsType<QuotedTitle>(Single(source).Title);

        Assert.Equal(title, quoted.Text);
        Assert.Equal(title, ReaderText.Covered(source, quoted.Span));
    }

    [Theory]
    [InlineData("Reaffirming its resolution 78/261, entitled “World Social Summit” under the title “Second World Summit for Social Development”,")]
    [InlineData("Recalling its resolution 79/1 on “The Pact for the Future”,")]
    [InlineData("Recalling its resolution 79/1, entitled “The Pact for the Future")]
    [InlineData("Recalling its resolution 79/1, entitled")]
    [InlineData("Recalling its resolution 79/1, entitled ‘The Pact for the Future’,")]
    public void No_title_is_recorded_where_none_is_quoted_whole(string source) => Assert.Null(Single(source).Title);
}
