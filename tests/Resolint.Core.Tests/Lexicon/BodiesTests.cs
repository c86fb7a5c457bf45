using Resolint.Core.Citations;

namespace Resolint.Core.Tests.Lexicon;

public sealed class BodiesTests
{
    [Theory]
    [InlineData("General Assembly", "General Assembly")]
    [InlineData("United Nations Environment Assembly", "United Nations Environment Assembly")]
    [InlineData("Environment Assembly", "United Nations Environment Assembly")]
    [InlineData("UN-Habitat Assembly", "United Nations Habitat Assembly")]
    [InlineData("Subcommission on the Promotion and Protection of Human Rights", "Sub-Commission on the Promotion and Protection of Human Rights")]
    [InlineData("Conference of the Parties to the Convention on Biological Diversity", "Conference of the Parties")]
    [InlineData("Conference of the States Parties to the United Nations Convention against Corruption", "Conference of the Parties")]
    public void A_name_or_an_alias_names_its_body(string name, string body) =>
        Assert.Equal(body, Core.Lexicon.BodyNamed(name)?.Name);

    [Theory]
    [InlineData("Assembly")]
    [InlineData("Open-ended Working Group on Ageing")]
    [InlineData("Conference of the Parties")]
    public void A_short_form_or_an_unknown_name_is_no_alias(string name)
    {
        // "Conference of the Parties" is a body's name in full, but "Conference of the Parties …" needs more words.
        Body? body = Core.Lexicon.BodyNamed(name);
        Assert.True(body is null || body.Name == name);
    }

    [Theory]
    [InlineData("General Assembly", NumberingScheme.GeneralAssembly, "A")]
    [InlineData("Security Council", NumberingScheme.SecurityCouncil, "S")]
    [InlineData("Economic and Social Council", NumberingScheme.EconomicAndSocialCouncil, "E")]
    [InlineData("Human Rights Council", NumberingScheme.HumanRightsCouncil, "A/HRC")]
    [InlineData("Commission on Human Rights", NumberingScheme.CommissionOnHumanRights, "E/CN.4")]
    [InlineData("United Nations Environment Assembly", NumberingScheme.Sessions, "UNEP/EA")]
    public void The_principal_organs_carry_their_numbering_and_symbols(string name, string numbering, string symbol)
    {
        Body body = Assert.IsType<Body>(Core.Lexicon.BodyByName(name));

        Assert.Equal(numbering, body.Numbering);
        Assert.Contains(symbol, body.Symbols);
    }

    [Fact]
    public void Symbol_roots_are_the_series_of_one_part()
    {
        IReadOnlySet<string> roots = Core.Lexicon.SymbolRoots;

        Assert.Contains("A", roots);
        Assert.Contains("CCPR", roots);
        Assert.Contains("ST", roots);
        Assert.DoesNotContain("A/HRC", roots);
        Assert.DoesNotContain("UNEP", roots);
    }

    [Fact]
    public void Every_numbering_in_the_data_is_one_the_engine_names()
    {
        string[] known =
        [
            NumberingScheme.GeneralAssembly, NumberingScheme.SecurityCouncil, NumberingScheme.EconomicAndSocialCouncil,
            NumberingScheme.HumanRightsCouncil, NumberingScheme.CommissionOnHumanRights, NumberingScheme.Sessions,
        ];

        Assert.All(Core.Lexicon.Bodies.Where(b => b.Numbering is not null), b => Assert.Contains(b.Numbering, known));
    }
}
