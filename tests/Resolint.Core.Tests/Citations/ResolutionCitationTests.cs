using Resolint.Core.Citations;
using Resolint.Core.Drafts;

namespace Resolint.Core.Tests.Citations;

public class ResolutionCitationTests
{
    private const string Assembly = Organs.GeneralAssembly;
    private const string Council = Organs.HumanRightsCouncil;

    private static List<ResolutionCitation> Resolutions(string source, string? body = Assembly) =>
        CitationScanner.Scan(ReaderText.From(source), body).OfType<ResolutionCitation>().ToList();

    private static ResolutionCitation Single(string source, string? body = Assembly) =>
        Assert.Single(Resolutions(source, body));

    [Fact]
    public void Reads_a_dated_resolution()
    {
        const string source = "Recalling its resolution 66/169 of 19 December 2011, and";
        ResolutionCitation c = Single(source);

        Assert.Equal("its resolution 66/169 of 19 December 2011", c.Text);
        Assert.Equal(source.IndexOf("its", StringComparison.Ordinal), c.Span.Start);
        Assert.Equal("66/169", ReaderText.Covered(source, c.NumberSpan));
        Assert.Equal("66", c.Number.Prefix);
        Assert.Equal(169, c.Number.Sequence);
        Assert.Equal(66, c.Number.Session);
        Assert.Equal(NumberShape.SessionSlash, c.Number.Shape);
        Assert.Equal("66/169", c.Number.Key);
        Assert.Equal("its", c.OrganAsWritten);
        Assert.Equal(Assembly, c.Organ);
        Assert.False(c.IsDecision);
        Assert.Equal(CitationKind.Resolution, c.Kind);

        CitationDate date = Assert.IsType<CitationDate>(c.Date);
        Assert.Equal("19 December 2011", date.Text);
        Assert.Equal("19 December 2011", ReaderText.Covered(source, date.Span));
        Assert.Equal((19, 12, 2011), (date.Day, date.Month, date.Year));
        Assert.True(date.IsValid);
    }

    [Fact]
    public void Gives_each_number_of_a_list_its_own_citation_and_the_date_that_follows_it()
    {
        List<ResolutionCitation> found = Resolutions(
            "as called for by the General Assembly in its resolutions 62/152 of 18 December 2007, 64/163 of 18 December 2009, 66/164, 68/181 and 70/161, recognizing");

        Assert.Equal(["62/152", "64/163", "66/164", "68/181", "70/161"], found.Select(c => c.Number.Text));
        Assert.Equal(["18 December 2007", "18 December 2009", null, null, null], found.Select(c => c.Date?.Text));
        Assert.Equal("its resolutions 62/152 of 18 December 2007", found[0].Text);
        Assert.Equal("64/163 of 18 December 2009", found[1].Text);
        Assert.Equal("70/161", found[4].Text);
        Assert.All(found, c => Assert.Equal(Assembly, c.Organ));
        Assert.All(found, c => Assert.Equal("its", c.OrganAsWritten));
    }

    [Fact]
    public void A_shared_date_belongs_to_the_number_it_follows()
    {
        List<ResolutionCitation> found = Resolutions("in accordance with Council resolutions 5/1 and 5/2 of 18 June 2007 and Commission on Human Rights resolution 2005/74 of 20 April 2005;");

        Assert.Equal(["5/1", "5/2", "2005/74"], found.Select(c => c.Number.Text));
        Assert.Null(found[0].Date);
        Assert.Equal("18 June 2007", found[1].Date?.Text);
        Assert.Equal("20 April 2005", found[2].Date?.Text);
        Assert.Equal("Commission on Human Rights resolution 2005/74 of 20 April 2005", found[2].Text);
        Assert.Equal(Organs.CommissionOnHumanRights, found[2].Organ);
        Assert.Equal(NumberShape.YearSlash, found[2].Number.Shape);
        Assert.Equal(2005, found[2].Number.Year);
        Assert.Null(found[2].Number.Session);
    }

    [Fact]
    public void Council_in_an_Assembly_text_is_the_council_named_earlier_in_it()
    {
        List<ResolutionCitation> found = Resolutions(
            "those of the Commission on Human Rights and the Human Rights Council concerning national institutions, the most recent of which are Council resolutions 20/14 of 5 July 2012 and 23/17 of 13 June 2013,");

        Assert.Equal(2, found.Count);
        Assert.All(found, c => Assert.Equal("Council", c.OrganAsWritten));
        Assert.All(found, c => Assert.Equal(Council, c.Organ));
        Assert.Equal("Council resolutions 20/14 of 5 July 2012", found[0].Text);
        Assert.Equal("23/17 of 13 June 2013", found[1].Text);
    }

    [Fact]
    public void Council_in_a_Council_text_is_the_adopting_council()
    {
        ResolutionCitation c = Single("Recalling Council resolution 1757 (2007),", Organs.SecurityCouncil);

        Assert.Equal(Organs.SecurityCouncil, c.Organ);
        Assert.Equal(NumberShape.YearInBrackets, c.Number.Shape);
    }

    [Theory]
    [InlineData("Recalling Council resolution 16/21,", Organs.HumanRightsCouncil)]
    [InlineData("Recalling Council resolution S-28/1,", Organs.HumanRightsCouncil)]
    [InlineData("Recalling Council resolution 1325 (2000),", Organs.SecurityCouncil)]
    [InlineData("Recalling Council resolution 2005/23,", Organs.EconomicAndSocialCouncil)]
    [InlineData("Recalling Council resolution 1235 (XLII),", null)]
    public void Council_named_nowhere_else_is_told_by_the_shape_of_the_number(string source, string? organ) =>
        Assert.Equal(organ, Single(source).Organ);

    [Fact]
    public void Council_follows_a_Security_Council_named_earlier()
    {
        ResolutionCitation c = Resolutions("Welcoming the work of the Security Council, and recalling Council resolution 16/21,")[0];

        Assert.Equal(Organs.SecurityCouncil, c.Organ);
    }

    [Fact]
    public void Its_refers_to_the_organ_named_just_before_it()
    {
        List<ResolutionCitation> found = Resolutions(
            "annexed to Council resolution 16/21 of 25 March 2011 and adopted by the General Assembly in its resolution 65/281 of 17 June 2011;",
            Council);

        Assert.Equal(Council, found[0].Organ);
        Assert.Equal("65/281", found[1].Number.Text);
        Assert.Equal("its", found[1].OrganAsWritten);
        Assert.Equal(Assembly, found[1].Organ);
    }

    [Fact]
    public void Its_after_another_body_that_is_acting_is_that_body()
    {
        ResolutionCitation c = Single("Welcoming also that the Open-ended Working Group on Ageing is implementing its decision 7/1 of 12 December 2016,", Assembly);

        Assert.Equal("its", c.OrganAsWritten);
        Assert.Equal("Open-ended Working Group on Ageing", c.Organ);
    }

    [Fact]
    public void Its_after_a_named_council_and_a_comma_is_that_council()
    {
        ResolutionCitation c = Single("Noting that the Human Rights Council, in its resolution 5/1 of 18 June 2007, adopted");

        Assert.Equal(Council, c.Organ);
        Assert.Equal("its resolution 5/1 of 18 June 2007", c.Text);
    }

    [Theory]
    [InlineData("Recalling also all previous resolutions on this subject, in particular its resolution 64/163 of 18 December 2009")]
    [InlineData("Recalling, in its resolution 64/163 of 18 December 2009,")]
    [InlineData("as reflected in its resolution 64/163,")]
    public void Its_after_other_words_is_the_adopting_body(string source) =>
        Assert.Equal(Assembly, Single(source).Organ);

    [Fact]
    public void Its_without_an_organ_before_it_is_the_adopting_body()
    {
        ResolutionCitation c = Single("Recalling its resolution 5/1 of 18 June 2007,", Council);

        Assert.Equal(Council, c.Organ);
    }

    [Theory]
    [InlineData("Recalling General Assembly resolution 70/1 of 25 September 2015,", Assembly, Assembly)]
    [InlineData("Recalling Human Rights Council resolution 6/17 of 28 September 2008,", Council, Council)]
    [InlineData("agreed upon in Assembly resolution 60/251 of 15 March 2006,", "Assembly", Assembly)]
    [InlineData("Recalling Security Council resolution 1757 (2007),", Organs.SecurityCouncil, Organs.SecurityCouncil)]
    public void Names_the_organ_as_written_and_resolved(string source, string asWritten, string organ)
    {
        ResolutionCitation c = Single(source);

        Assert.Equal(asWritten, c.OrganAsWritten);
        Assert.Equal(organ, c.Organ);
        Assert.StartsWith(asWritten, c.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void No_organ_named_is_the_adopting_body()
    {
        ResolutionCitation c = Single("Resolution 48/134, annex.", Council);

        Assert.Null(c.OrganAsWritten);
        Assert.Equal(Council, c.Organ);
        Assert.Equal("Resolution 48/134", c.Text);
    }

    [Fact]
    public void An_unknown_body_leaves_the_organ_open()
    {
        ResolutionCitation c = Single("See resolution 2200 A (XXI), annex.", body: null);

        Assert.Null(c.Organ);
    }

    [Fact]
    public void Reads_the_old_Assembly_numbers_with_part_and_Roman_session()
    {
        ResolutionCitation c = Single("See resolution 2200 A (XXI), annex.");

        Assert.Equal("resolution 2200 A (XXI)", c.Text);
        Assert.Equal("2200 A (XXI)", c.Number.Text);
        Assert.Equal(2200, c.Number.Sequence);
        Assert.Equal("A", c.Number.Part);
        Assert.Equal("XXI", c.Number.RomanSession);
        Assert.Equal(21, c.Number.Session);
        Assert.Null(c.Number.Prefix);
        Assert.Equal("2200 (XXI)", c.Number.Key);
        Assert.Equal(NumberShape.RomanSession, c.Number.Shape);
    }

    [Fact]
    public void Reads_a_Roman_session_without_a_part()
    {
        ResolutionNumber n = Single("Recalling its resolution 3363 (XXX),").Number;

        Assert.Null(n.Part);
        Assert.Equal(30, n.Session);
        Assert.Equal("3363 (XXX)", n.Key);
    }

    [Fact]
    public void Reads_a_part_letter_after_a_slash_number()
    {
        ResolutionNumber n = Single("Recalling its resolution 57/270 B of 23 June 2003,").Number;

        Assert.Equal("57/270 B", n.Text);
        Assert.Equal("B", n.Part);
        Assert.Equal("57/270", n.Key);
        Assert.Equal(270, n.Sequence);
    }

    [Theory]
    [InlineData("resolution S-8/1", "S-8", 8, NumberShape.SpecialSession)]
    [InlineData("resolution ES-10/2", "ES-10", 10, NumberShape.EmergencySpecialSession)]
    public void Reads_special_session_numbers(string source, string prefix, int session, NumberShape shape)
    {
        ResolutionNumber n = Single(source).Number;

        Assert.Equal(prefix, n.Prefix);
        Assert.Equal(session, n.Session);
        Assert.Equal(shape, n.Shape);
        Assert.Equal(source["resolution ".Length..], n.Key);
    }

    [Fact]
    public void Reads_a_Security_Council_number_with_its_year()
    {
        List<ResolutionCitation> found = Resolutions("Recalling Security Council resolutions 1325 (2000), 1820 (2008) and 1888 (2009),");
        ResolutionNumber n = found[0].Number;

        Assert.Equal(1325, n.Sequence);
        Assert.Equal(2000, n.Year);
        Assert.Equal("1325 (2000)", n.Key);
        Assert.Equal(["1325 (2000)", "1820 (2008)", "1888 (2009)"], found.Select(c => c.Number.Text));
    }

    [Fact]
    public void Reads_decisions()
    {
        ResolutionCitation c = Single("is implementing its decision 7/1 of 12 December 2016, entitled");

        Assert.True(c.IsDecision);
        Assert.Equal(CitationKind.Decision, c.Kind);
        Assert.Equal("its decision 7/1 of 12 December 2016", c.Text);
    }

    [Theory]
    [InlineData("19 Dec. 2011")]
    [InlineData("December 19, 2011")]
    [InlineData("19th December 2011")]
    [InlineData("19 December, 2011")]
    [InlineData("31 February 2011")]
    [InlineData("19 december 2011")]
    public void Keeps_wrongly_written_dates_with_no_parts(string written)
    {
        ResolutionCitation c = Single($"Recalling its resolution 66/169 of {written} on the subject,");

        CitationDate date = Assert.IsType<CitationDate>(c.Date);
        Assert.Equal(written, date.Text);
        Assert.False(date.IsValid);
        Assert.Null(date.Day);
        Assert.EndsWith(written, c.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_year_with_a_marker_still_glued_to_it_is_not_a_date()
    {
        ResolutionCitation c = Single("Council resolutions 20/14 of 5 July 20121 and");

        Assert.Null(c.Date);
        Assert.Equal("Council resolutions 20/14", c.Text);
    }

    [Fact]
    public void Maps_spans_around_Markdown_syntax_and_superscript_markers()
    {
        const string source = "including most recently *Council* resolution [39/17](#) of 28 September 2018¹ and General Assembly resolution [72/181](#) of 19 December 2017, as well";
        const int fileOffset = 1000;
        InlineText text = ReaderText.From(source, fileOffset);
        List<ResolutionCitation> found = CitationScanner.Scan(text, Assembly).OfType<ResolutionCitation>().ToList();

        Assert.Equal(2, found.Count);
        Assert.Equal("Council resolution 39/17 of 28 September 2018", found[0].Text);
        Assert.Equal("Council* resolution [39/17](#) of 28 September 2018", ReaderText.Covered(source, found[0].Span, fileOffset));
        Assert.Equal("39/17", ReaderText.Covered(source, found[0].NumberSpan, fileOffset));
        Assert.Equal("28 September 2018", ReaderText.Covered(source, found[0].Date!.Span, fileOffset));
        Assert.Equal("General Assembly resolution [72/181](#) of 19 December 2017", ReaderText.Covered(source, found[1].Span, fileOffset));
        Assert.Equal("72/181", ReaderText.Covered(source, found[1].NumberSpan, fileOffset));
    }

    [Theory]
    [InlineData("the implementation of the present resolution.")]
    [InlineData("Recalling its previous resolutions on national institutions,")]
    [InlineData("the decision of the Commission on the Status of Women to encourage")]
    [InlineData("resolution A/RES/68/171")]
    [InlineData("resolution 66/169/Add.1")]
    [InlineData("resolution 2200 of the Assembly")]
    [InlineData("resolutionary 66/169")]
    public void Leaves_alone_what_is_no_numbered_resolution(string source) =>
        Assert.Empty(Resolutions(source));

    [Fact]
    public void A_list_ends_at_the_first_item_that_is_not_a_number()
    {
        List<ResolutionCitation> found = Resolutions("Human Rights Council resolutions 5/1, 5/2 and 16/21 and Commission on Human Rights resolution 2005/74;");

        Assert.Equal(["5/1", "5/2", "16/21", "2005/74"], found.Select(c => c.Number.Text));
        Assert.Equal([Council, Council, Council, Organs.CommissionOnHumanRights], found.Select(c => c.Organ));
    }

    [Theory]
    [InlineData("Recalling United Nations Environment Assembly resolution 5/14 of 2 March 2022,", "United Nations Environment Assembly")]
    [InlineData("Recalling Environment Assembly resolution 5/14,", "United Nations Environment Assembly")]
    [InlineData("Recalling Commission on Human Rights resolution 20 (XXXVI) of 29 February 1980,", Organs.CommissionOnHumanRights)]
    [InlineData("Recalling Commission on Crime Prevention and Criminal Justice resolution 26/3 of 26 May 2017,", "Commission on Crime Prevention and Criminal Justice")]
    [InlineData("Welcoming Conference of the Parties to the United Nations Convention against Transnational Organized Crime resolution 10/6,", "Conference of the Parties")]
    [InlineData("Recalling resolution 5/11 adopted by the United Nations Environment Assembly,", "United Nations Environment Assembly")]
    [InlineData("Noting decision 5/110, adopted on 7 August 2015 by the Committee of Experts at its fifth session,", "Committee of Experts")]
    [InlineData("Welcoming the Framework adopted in decision 15/4 of 19 December 2022 at the fifteenth meeting of the Conference of the Parties to the Convention on Biological Diversity,", "Conference of the Parties")]
    [InlineData("Indian Ocean Tuna Commission, resolution 12/07.", "Ocean Tuna Commission")]
    public void A_number_belongs_to_the_body_the_sentence_names(string source, string organ)
    {
        ResolutionCitation c = Resolutions(source)[0];

        Assert.Equal(organ, c.Organ);
        Assert.False(c.OrganIsInferred);
    }

    [Fact]
    public void A_list_keeps_the_body_named_before_it_across_a_clause()
    {
        List<ResolutionCitation> found = Resolutions(
            "Recalling further the Security Council resolutions relevant to Jerusalem, including resolutions 250 (1968) of 27 April 1968 and 252 (1968) of 21 May 1968,");

        Assert.All(found, c => Assert.Equal(Organs.SecurityCouncil, c.Organ));
        Assert.All(found, c => Assert.True(c.OrganIsInferred));
    }

    [Fact]
    public void A_later_list_follows_the_organ_named_earlier_in_the_sentence()
    {
        List<ResolutionCitation> found = Resolutions(
            "Recalling also all relevant General Assembly resolutions, the most recent being resolutions 74/90 of 13 December 2019 and 75/99 of 10 December 2020,",
            Council);

        Assert.Equal([Assembly, Assembly], found.Select(c => c.Organ));
    }

    [Fact]
    public void Its_before_the_organ_that_acts_is_that_organ()
    {
        ResolutionCitation c = Resolutions(
            "Recalling that, in its resolution 79/206, the General Assembly recognized the need for adaptation,",
            Organs.EconomicAndSocialCouncil)[0];

        Assert.Equal(Assembly, c.Organ);
        Assert.False(c.OrganIsInferred);
    }

    [Fact]
    public void An_unnamed_number_the_adopting_body_cannot_have_given_is_another_organs()
    {
        ResolutionCitation footnote = Single("Resolution 77/317.", Council);
        ResolutionCitation assemblyEra = Single("Recalling its resolutions 217 A (XXXIII),", Assembly);

        Assert.Equal(Assembly, footnote.Organ);
        Assert.True(footnote.OrganIsInferred);
        Assert.Equal(Assembly, assemblyEra.Organ);
        Assert.False(assemblyEra.OrganIsInferred);
    }

    [Fact]
    public void A_resolution_placed_in_a_document_has_no_organ_the_text_tells()
    {
        ResolutionCitation c = Single("United Nations Environment Programme, document CBD/COP/15/17, sect. I.A, decision 15/4, annex.", Assembly);

        Assert.Null(c.Organ);
    }
}
