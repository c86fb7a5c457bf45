using Resolint.Core.Citations;

namespace Resolint.Core.Tests.Citations;

public class ResolutionNumbersTests
{
    private const int ThisYear = 2025;

    private static ResolutionNumber Parse(string text)
    {
        Assert.True(ResolutionNumbers.TryParse(text, out ResolutionNumber number), text);
        return number;
    }

    [Theory]
    [InlineData("66/169", NumberShape.SessionSlash, "66", 169, null, 66, null, "66/169")]
    [InlineData("57/270 B", NumberShape.SessionSlash, "57", 270, "B", 57, null, "57/270")]
    [InlineData("2005/74", NumberShape.YearSlash, "2005", 74, null, null, 2005, "2005/74")]
    [InlineData("S-8/1", NumberShape.SpecialSession, "S-8", 1, null, 8, null, "S-8/1")]
    [InlineData("ES-10/2", NumberShape.EmergencySpecialSession, "ES-10", 2, null, 10, null, "ES-10/2")]
    [InlineData("217 A (III)", NumberShape.RomanSession, null, 217, "A", 3, null, "217 (III)")]
    [InlineData("3363 (XXX)", NumberShape.RomanSession, null, 3363, null, 30, null, "3363 (XXX)")]
    [InlineData("1757 (2007)", NumberShape.YearInBrackets, null, 1757, null, null, 2007, "1757 (2007)")]
    public void Parses_every_shape(
        string text, NumberShape shape, string? prefix, int sequence, string? part, int? session, int? year, string key)
    {
        ResolutionNumber n = Parse(text);

        Assert.Equal(text, n.Text);
        Assert.Equal(shape, n.Shape);
        Assert.Equal(prefix, n.Prefix);
        Assert.Equal(sequence, n.Sequence);
        Assert.Equal(part, n.Part);
        Assert.Equal(session, n.Session);
        Assert.Equal(year, n.Year);
        Assert.Equal(key, n.Key);
    }

    [Fact]
    public void The_key_uses_single_spaces_whatever_the_text_uses() =>
        Assert.Equal("217 (III)", Parse("217\u00A0A  (III)").Key);

    [Theory]
    [InlineData("")]
    [InlineData("66")]
    [InlineData("66/")]
    [InlineData("66/169/Add.1")]
    [InlineData("66/169a")]
    [InlineData("12345/1")]
    [InlineData("217 (3)")]
    [InlineData("217 A")]
    [InlineData("A/68/208")]
    [InlineData("S-/1")]
    [InlineData("66/169 b")]
    [InlineData(null)]
    public void Rejects_what_is_no_number(string? text) => Assert.False(ResolutionNumbers.TryParse(text, out _));

    [Theory]
    [InlineData("31/1", Organs.GeneralAssembly)]
    [InlineData("66/169", Organs.GeneralAssembly)]
    [InlineData("57/270 B", Organs.GeneralAssembly)]
    [InlineData("217 A (III)", Organs.GeneralAssembly)]
    [InlineData("3363 (XXX)", Organs.GeneralAssembly)]
    [InlineData("S-8/1", Organs.GeneralAssembly)]
    [InlineData("ES-10/2", Organs.GeneralAssembly)]
    [InlineData("80/1", Organs.GeneralAssembly)]
    [InlineData("5/1", Organs.HumanRightsCouncil)]
    [InlineData("60/3", Organs.HumanRightsCouncil)]
    [InlineData("S-28/1", Organs.HumanRightsCouncil)]
    [InlineData("1757 (2007)", Organs.SecurityCouncil)]
    [InlineData("2005/74", Organs.CommissionOnHumanRights)]
    [InlineData("2019/27", Organs.EconomicAndSocialCouncil)]
    [InlineData("1235 (XLII)", Organs.EconomicAndSocialCouncil)]
    [InlineData("7/1", "Open-ended Working Group on Ageing")]
    [InlineData("7/1", null)]
    public void Accepts_numbers_of_the_shape_their_organ_used(string text, string? organ)
    {
        Assert.True(ResolutionNumbers.IsPlausible(Parse(text), organ, out string reason, ThisYear), reason);
        Assert.Empty(reason);
    }

    [Theory]
    [InlineData("25/10", Organs.GeneralAssembly, "2200 A (XXI)")]
    [InlineData("95/1", Organs.GeneralAssembly, "has not met yet")]
    [InlineData("3363 (XXXI)", Organs.GeneralAssembly, "out of use")]
    [InlineData("3363 (XXXX)", Organs.GeneralAssembly, "not a Roman numeral")]
    [InlineData("4000 (XXX)", Organs.GeneralAssembly, "below 3600")]
    [InlineData("1757 (2007)", Organs.GeneralAssembly, "Security Council")]
    [InlineData("2005/74", Organs.GeneralAssembly, "Commission on Human Rights")]
    [InlineData("ES-20/1", Organs.GeneralAssembly, "emergency special sessions")]
    [InlineData("66/0", Organs.GeneralAssembly, "numbered from 1")]
    [InlineData("70/1", Organs.HumanRightsCouncil, "session 70")]
    [InlineData("2005/74", Organs.HumanRightsCouncil, "session/number")]
    [InlineData("16/21", Organs.SecurityCouncil, "year in brackets")]
    [InlineData("1757 (1945)", Organs.SecurityCouncil, "from 1946")]
    [InlineData("1757 (2030)", Organs.SecurityCouncil, "from 1946")]
    [InlineData("2007/74", Organs.CommissionOnHumanRights, "from 1946 to 2006")]
    [InlineData("5/1", Organs.CommissionOnHumanRights, "year/number")]
    [InlineData("2030/1", Organs.EconomicAndSocialCouncil, "outside those years")]
    [InlineData("217 A (IIII)", null, "not a Roman numeral")]
    public void Explains_why_a_number_does_not_fit_its_organ(string text, string? organ, string reasonSays)
    {
        Assert.False(ResolutionNumbers.IsPlausible(Parse(text), organ, out string reason, ThisYear));
        Assert.Contains(reasonSays, reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Judges_sessions_that_have_not_met_by_the_year_given()
    {
        ResolutionNumber n = Parse("81/1");

        Assert.False(ResolutionNumbers.IsPlausible(n, Organs.GeneralAssembly, out _, currentYear: 2025));
        Assert.True(ResolutionNumbers.IsPlausible(n, Organs.GeneralAssembly, out _, currentYear: 2026));
    }

    [Theory]
    [InlineData("66/169", Organs.GeneralAssembly, 2011, 2012)]
    [InlineData("217 A (III)", Organs.GeneralAssembly, 1948, 1949)]
    [InlineData("5/1", Organs.HumanRightsCouncil, 2007, 2007)]
    [InlineData("6/17", Organs.HumanRightsCouncil, 2007, 2007)]
    [InlineData("36/29", Organs.HumanRightsCouncil, 2017, 2017)]
    [InlineData("2005/74", Organs.CommissionOnHumanRights, 2005, 2005)]
    [InlineData("1757 (2007)", Organs.SecurityCouncil, 2007, 2007)]
    [InlineData("1757 (2007)", null, 2007, 2007)]
    public void Gives_the_years_a_number_can_be_dated(string text, string? organ, int first, int last) =>
        Assert.Equal(new YearRange(first, last), ResolutionNumbers.AdoptionYears(Parse(text), organ));

    [Theory]
    [InlineData("S-8/1", Organs.GeneralAssembly)]
    [InlineData("66/169", null)]
    [InlineData("7/1", "Open-ended Working Group on Ageing")]
    public void Gives_no_years_when_the_number_does_not_tell(string text, string? organ) =>
        Assert.Null(ResolutionNumbers.AdoptionYears(Parse(text), organ));

    [Fact]
    public void Catches_a_date_outside_the_session_of_the_number()
    {
        // The convention's own example: resolution 66/169 cannot be dated 2001.
        YearRange years = ResolutionNumbers.AdoptionYears(Parse("66/169"), Organs.GeneralAssembly)!.Value;

        Assert.False(years.Contains(2001));
        Assert.True(years.Contains(2011));
    }
}
