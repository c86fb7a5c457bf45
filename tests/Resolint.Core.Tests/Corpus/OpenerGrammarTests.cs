using Resolint.Core.Corpus;

namespace Resolint.Core.Tests.Corpus;

public sealed class OpenerGrammarTests
{
    [Theory]
    [InlineData("Recalling", OpenerShape.Participle)]
    [InlineData("Having examined", OpenerShape.Participle)]
    [InlineData("Bearing in mind", OpenerShape.Participle)]
    [InlineData("Deeply concerned", OpenerShape.Participle)]
    [InlineData("Convinced", OpenerShape.Participle)]
    [InlineData("Guided", OpenerShape.Participle)]
    [InlineData("Recalling further", OpenerShape.Participle)]
    [InlineData("Mindful", OpenerShape.Adjective)]
    [InlineData("Aware", OpenerShape.Adjective)]
    [InlineData("Fully aware", OpenerShape.Adjective)]
    [InlineData("Conscious", OpenerShape.Adjective)]
    [InlineData("Cognizant", OpenerShape.Adjective)]
    [InlineData("Decides", OpenerShape.PresentVerb)]
    [InlineData("Calls upon", OpenerShape.PresentVerb)]
    [InlineData("Strongly condemns", OpenerShape.PresentVerb)]
    [InlineData("Also requests", OpenerShape.PresentVerb)]
    [InlineData("Once again urges", OpenerShape.PresentVerb)]
    [InlineData("Stresses", OpenerShape.PresentVerb)]
    [InlineData("Decide", OpenerShape.Unknown)]
    [InlineData("Progress", OpenerShape.Unknown)]
    [InlineData("The", OpenerShape.Unknown)]
    [InlineData("", OpenerShape.Unknown)]
    public void The_head_word_tells_the_shape(string opener, OpenerShape shape) => Assert.Equal(shape, OpenerGrammar.ShapeOf(opener));

    [Fact]
    public void Every_opener_the_seeds_use_has_the_shape_of_its_part()
    {
        Assert.All(BundledConventions.Model.PreambularOpeners, e => Assert.True(OpenerGrammar.FitsPreamble(e.Text), e.Text));
        Assert.All(BundledConventions.Model.OperativeVerbs, e => Assert.True(OpenerGrammar.FitsOperative(e.Text), e.Text));
        Assert.DoesNotContain(BundledConventions.Model.PreambularOpeners, e => OpenerGrammar.FitsOperative(e.Text));
        Assert.DoesNotContain(BundledConventions.Model.OperativeVerbs, e => OpenerGrammar.FitsPreamble(e.Text));
    }
}
