using Resolint.Core.Drafts;
using Resolint.Core.Parsing;

namespace Resolint.Core.Tests.Parsing;

/// <summary>
/// The one reading of the opening words, with the extent the United Nations gives them in its own markup
/// (the AKN container names and italics of adopted resolutions); short real excerpts.
/// </summary>
public sealed class OpeningWordsTests
{
    private const string Heading = "Resolution adopted by the Human Rights Council on 11 October 2023\n54/1. Situation of human rights\n\tThe Human Rights Council,\n";

    [Theory]
    [InlineData("Expressing grave concern at the continued violations of human rights,", "Expressing grave concern")]
    [InlineData("Taking note with interest of the report of the Special Rapporteur,", "Taking note with interest")]
    [InlineData("Recalling also its resolution 5/1 of 18 June 2007,", "Recalling also")]
    [InlineData("Noting with appreciation the work of the Office,", "Noting with appreciation")]
    [InlineData("Bearing in mind the Vienna Declaration and Programme of Action,", "Bearing in mind")]
    [InlineData("Deeply concerned at the situation of women and girls,", "Deeply concerned")]
    [InlineData("Having considered the report of the Secretary-General,", "Having considered")]
    [InlineData("Guided by the purposes and principles of the Charter of the United Nations,", "Guided")]
    [InlineData("Mindful of the importance of international cooperation,", "Mindful")]
    [InlineData("Reaffirming also its strong commitment to the sovereignty of the State,", "Reaffirming also")]
    [InlineData("Stressing, in this regard, the importance of accountability,", "Stressing")]
    [InlineData("Acting under Chapter VII of the Charter of the United Nations,", "Acting")]
    public void A_preambular_paragraph_opens_with_the_words_the_UN_names(string paragraph, string opener)
    {
        Draft draft = DraftParser.Parse(Heading + "\t" + paragraph + "\n\t1.\tDecides to remain seized of the matter.\n", DraftForm.PlainText);

        Assert.Equal(opener, draft.Preamble[0].Opener.Text);
    }

    /// <summary>
    /// The General Assembly's editors italicise a stance its head restates, with "its" ("Reaffirming its
    /// commitment"), but not "its support"; an adverb after the head before its object; a few fixed expressions.
    /// </summary>
    [Theory]
    [InlineData("Reaffirming its commitment to the purposes and principles of the Charter,", "Reaffirming its commitment")]
    [InlineData("Reiterating its urgent call upon all States to act,", "Reiterating its urgent call upon")]
    [InlineData("Stressing its resolve to pursue its efforts,", "Stressing its resolve")]
    [InlineData("Reaffirming its support for the work of the Office,", "Reaffirming")]
    [InlineData("Reaffirming its strong support for the peace process,", "Reaffirming its strong support")]
    [InlineData("Reaffirming its resolution 70/1 of 25 September 2015,", "Reaffirming")]
    [InlineData("Recalling its commitment to the Charter,", "Recalling")]
    [InlineData("Condemning strongly the attacks against civilians,", "Condemning strongly")]
    [InlineData("Emphasizing simultaneously that national ownership is essential,", "Emphasizing simultaneously")]
    [InlineData("Condemning deadly attacks against civilians,", "Condemning")]
    [InlineData("Recognizing family farming as a source of income,", "Recognizing")]
    [InlineData("Expressing regret and concern at the delays,", "Expressing regret and concern")]
    [InlineData("Expressing its unequivocal support for the process,", "Expressing its unequivocal support")]
    [InlineData("Expressing the view that the matter deserves attention,", "Expressing the view")]
    [InlineData("Sharing the deep concern of the Secretary-General,", "Sharing the deep concern")]
    [InlineData("Sharing the conviction that peace is possible,", "Sharing")]
    [InlineData("Being gravely concerned at the erosion of the coastline,", "Being gravely concerned")]
    [InlineData("Having regard to the recommendation on preventing conflicts,", "Having regard")]
    [InlineData("Giving due consideration to the urgent situation,", "Giving due consideration")]
    [InlineData("Noting with extreme concern the rise in attacks,", "Noting with extreme concern")]
    [InlineData("Welcoming in this regard the outcome of the conference,", "Welcoming")]
    public void A_General_Assembly_preamble_opens_with_the_words_its_editors_italicise(string paragraph, string opener)
    {
        string heading = "Resolution adopted by the General Assembly on 4 December 2024\n79/1. Oceans\n\tThe General Assembly,\n";
        Draft draft = DraftParser.Parse(heading + "\t" + paragraph + "\n\t1.\tDecides to remain seized of the matter.\n", DraftForm.PlainText);

        Assert.Equal(opener, draft.Preamble[0].Opener.Text);
    }

    /// <summary>The Human Rights Council's editors italicise the head alone before "its commitment", yet "Reiterating its grave concern".</summary>
    [Theory]
    [InlineData("Reaffirming its strong commitment to the sovereignty of the State,", "Reaffirming")]
    [InlineData("Reaffirming its respect for the independence of the State,", "Reaffirming")]
    [InlineData("Reiterating its grave concern that persons were made stateless,", "Reiterating its grave concern")]
    [InlineData("Reiterating its support for the work of the Mission,", "Reiterating")]
    [InlineData("Reaffirming its full support for the Special Rapporteur,", "Reaffirming")]
    [InlineData("Condemning strongly the use of force,", "Condemning strongly")]
    public void A_Human_Rights_Council_preamble_opens_with_the_words_its_editors_italicise(string paragraph, string opener)
    {
        Draft draft = DraftParser.Parse(Heading + "\t" + paragraph + "\n\t1.\tDecides to remain seized of the matter.\n", DraftForm.PlainText);

        Assert.Equal(opener, draft.Preamble[0].Opener.Text);
    }

    /// <summary>The speaking body's editors are asked of each paragraph: one draft's body is not another's, read one after the other.</summary>
    [Fact]
    public void Each_body_speaks_with_its_own_editors_extent_whatever_was_read_before()
    {
        const string Paragraph = "\tReaffirming its strong commitment to the sovereignty of the State,\n\t1.\tDecides to remain seized of the matter.\n";
        const string AssemblyHeading = "Resolution adopted by the General Assembly on 4 December 2024\n79/1. Oceans\n\tThe General Assembly,\n";
        string[] read = [.. new[] { Heading, AssemblyHeading, Heading, AssemblyHeading }
            .Select(heading => DraftParser.Parse(heading + Paragraph, DraftForm.PlainText).Preamble[0].Opener.Text)];

        Assert.Equal(["Reaffirming", "Reaffirming its strong commitment", "Reaffirming", "Reaffirming its strong commitment"], read);
    }

    [Theory]
    [InlineData("Calls upon all States to cooperate fully with the Special Rapporteur;", "Calls upon")]
    [InlineData("Calls for an immediate end to all human rights violations;", "Calls for")]
    [InlineData("Also requests the High Commissioner to report;", "Also requests")]
    [InlineData("Further requests the Secretary-General to consult States;", "Further requests")]
    [InlineData("Also strongly condemns all acts of violence;", "Also strongly condemns")]
    [InlineData("Expresses its appreciation to the Office of the High Commissioner;", "Expresses its appreciation")]
    [InlineData("Expresses deep concern at the impact of the pandemic;", "Expresses deep concern")]
    [InlineData("Takes note with appreciation of the report of the Commission;", "Takes note with appreciation")]
    [InlineData("Encourages further the efforts of the Government;", "Encourages")]
    [InlineData("Invites again the Special Rapporteur to report;", "Invites")]
    [InlineData("Calls once again upon all parties to cooperate;", "Calls once again upon")]
    [InlineData("Welcomes and encourages the efforts of the Director General;", "Welcomes and encourages")]
    [InlineData("Condemns in the strongest terms all attacks against civilians;", "Condemns in the strongest terms")]
    [InlineData("Remains deeply concerned at the situation;", "Remains deeply concerned")]
    [InlineData("Looks forward to the report of the Special Rapporteur;", "Looks forward")]
    [InlineData("Decides on the modalities of the meeting;", "Decides")]
    [InlineData("Reaffirms its support for the Office of the High Commissioner;", "Reaffirms its support")]
    [InlineData("Reiterates its call upon all parties to cease hostilities;", "Reiterates its call upon")]
    [InlineData("Reiterates its decision to remain seized of the matter;", "Reiterates")]
    [InlineData("Continues to condemn in the strongest possible terms all violations;", "Continues to condemn in the strongest possible terms")]
    [InlineData("Continues to be concerned about the situation;", "Continues to be concerned")]
    [InlineData("Decides to remain seized of the matter;", "Decides")]
    public void An_operative_paragraph_opens_with_the_words_the_UN_italicises(string paragraph, string verb)
    {
        Draft draft = DraftParser.Parse(Heading + "\tRecalling its resolutions,\n\t1.\t" + paragraph + "\n", DraftForm.PlainText);

        Assert.Equal(verb, draft.Operative[0].Verb.Text);
    }

    [Theory]
    [InlineData("*Also* requests the High Commissioner to report;", "Also requests", false)]
    [InlineData("*Continues to condemn in the strongest possible terms* all violations;", "Continues to condemn in the strongest possible terms", true)]
    [InlineData("*Expresses* its appreciation to the Government;", "Expresses", true)]
    [InlineData("*Calls* upon all States to cooperate;", "Calls upon", false)]
    [InlineData("*Invite*s the contributions of Governments;", "Invites", false)]
    [InlineData("*Takes note with appreciation* of the report;", "Takes note with appreciation", true)]
    public void Markdown_italics_mark_the_extent_where_they_take_in_the_head(string paragraph, string verb, bool italic)
    {
        string text = "Resolution adopted by the Human Rights Council on 11 October 2023\n\n54/1. Situation of human rights\n\n*The Human Rights Council*,\n\n*Recalling* its resolutions,\n\n1. " + paragraph + "\n";
        Draft draft = DraftParser.Parse(text, DraftForm.Markdown);

        Opener opener = draft.Operative[0].Verb;
        Assert.Equal((verb, italic), (opener.Text, opener.Italic));
    }

    [Fact]
    public void The_head_is_the_word_whose_form_decides()
    {
        Draft draft = DraftParser.Parse(Heading + "\tDeeply concerned at the situation,\n\t1.\tAlso strongly condemns all acts of violence;\n", DraftForm.PlainText);

        Opener preamble = draft.Preamble[0].Opener;
        Opener operative = draft.Operative[0].Verb;
        Assert.Equal("concerned", draft.Preamble[0].Content.Text.Substring(preamble.Head.Start, preamble.Head.Length));
        Assert.Equal("condemns", draft.Operative[0].Content.Text.Substring(operative.Head.Start, operative.Head.Length));
    }
}
