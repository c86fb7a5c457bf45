using Resolint.Core.Corpus;

namespace Resolint.Core.Tests.Corpus;

/// <summary>What the learner learns from the five bundled seeds (described in seeds/README of the shared material).</summary>
public sealed class BundledCorpusTests
{
    private static readonly ConventionModel Model = BundledConventions.Model;

    private static readonly IReadOnlyDictionary<string, string[]> Lines =
        CorpusSource.Bundled().ToDictionary(d => d.Name, d => d.Text.Split('\n'));

    [Fact]
    public void The_seeds_travel_inside_the_engine()
    {
        Assert.Equal(
            ["seeds/A-HRC-RES-36-29.txt", "seeds/A-RES-66-164.txt", "seeds/A-RES-68-171.txt", "seeds/A-RES-72-247.txt", "seeds/A-RES-74-156.txt"],
            CorpusSource.Bundled().Select(d => d.Name));
        Assert.Equal(5, Model.Files.Count);
        Assert.Empty(Model.Problems);
    }

    [Fact]
    public void Recalling_is_the_most_used_preambular_opener()
    {
        LexiconEntry first = Model.PreambularOpeners[0];
        Assert.Equal("Recalling", first.Text);
        Assert.Equal(15, first.Count);
        Assert.Equal(5, first.Seen.Select(s => s.File).Distinct().Count());
        Assert.True(Model.PreambularOpeners.Zip(Model.PreambularOpeners.Skip(1)).All(pair => pair.First.Count >= pair.Second.Count));
    }

    [Fact]
    public void Encourages_is_the_most_used_operative_verb()
    {
        Assert.Equal("Encourages", Model.OperativeVerbs[0].Text);
        Assert.Equal(20, Model.OperativeVerbs[0].Count);
    }

    [Fact]
    public void Every_opener_and_verb_is_seen_on_the_line_it_names()
    {
        foreach (LexiconEntry entry in Model.PreambularOpeners.Concat(Model.OperativeVerbs))
        {
            Assert.Equal(entry.Count, entry.Seen.Count);
            foreach (SourceRef place in entry.Seen)
            {
                Assert.Contains(entry.Text, LineAt(place), StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Also_and_further_forms_relate_to_the_plain_form()
    {
        Assert.Equal("Requests", Model.FindOperativeVerb("Also requests")!.Base);
        Assert.Equal("Recalling", Model.FindPreambularOpener("Recalling further")!.Base);
        Assert.Equal(["Recalling", "Recalling also", "Recalling further"], Model.PreambularFormsOf("Recalling").Select(e => e.Text));
        Assert.Contains(Model.OperativeFormsOf("Requests"), e => e.Text == "Also requests");
        Assert.Contains(Model.PreambularFormsOf("Gravely concerned"), e => e.Text == "Gravely concerned further");
    }

    [Fact]
    public void Known_openers_are_found_exactly_and_by_their_plain_form()
    {
        Assert.True(Model.IsKnownPreambularOpener("Bearing in mind"));
        Assert.True(Model.IsKnownPreambularOpener("bearing  in mind"));
        Assert.True(Model.IsKnownOperativeVerb("Further requests"));
        Assert.True(Model.IsKnownPreambularOpener("Stressing also"));
        Assert.False(Model.IsKnownPreambularOpener("Requests"));
        Assert.False(Model.IsKnownOperativeVerb("Recalling"));
        Assert.False(Model.IsKnownOperativeVerb("Proclaims"));
    }

    [Fact]
    public void Operative_verbs_must_be_italic_and_preambular_openers_need_not()
    {
        // The Markdown seeds: A/RES/74/156 (21 preambular, 28 operative) and A/HRC/RES/36/29 (24 and 9).
        Assert.Equal(new ItalicsHabit(37, 0, 37), Model.OperativeItalics with { Seen = [] });
        Assert.True(Model.OperativeItalics.Required);
        Assert.Equal(new ItalicsHabit(0, 45, 45), Model.PreambularItalics with { Seen = [] });
        Assert.False(Model.PreambularItalics.Required);
        Assert.All(Model.OperativeItalics.Seen, place => Assert.Matches(@"^\d+\. \*", LineAt(place)));
    }

    [Fact]
    public void The_catalogue_holds_each_seed_it_adopts()
    {
        CatalogueEntry entry = Model.Catalogue["68/171"];
        Assert.Equal("General Assembly", entry.Organ);
        Assert.Equal("18 December 2013", entry.AdoptionDate);
        Assert.Equal("National institutions for the promotion and protection of human rights", entry.Title);
        Assert.Equal("seeds/A-RES-68-171.txt", entry.File);
        Assert.StartsWith("Recalling its previous resolutions on national institutions", entry.Opening, StringComparison.Ordinal);
        Assert.Contains(new SourceRef("seeds/A-RES-68-171.txt", 4), entry.Seen);

        CatalogueEntry council = Model.Catalogue["36/29"];
        Assert.Equal("Human Rights Council", council.Organ);
        Assert.Equal("29 September 2017", council.AdoptionDate);
        Assert.Equal("seeds/A-HRC-RES-36-29.txt", council.File);

        Assert.Equal(["36/29", "66/164", "68/171", "72/247", "74/156"], Model.Catalogue.Values.Where(e => e.File is not null).Select(e => e.Number).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_catalogue_holds_what_the_seeds_cite_with_the_date_they_give()
    {
        CatalogueEntry cited = Model.Catalogue["66/169"];
        Assert.Equal("19 December 2011", cited.AdoptionDate);
        Assert.Equal("General Assembly", cited.Organ);
        Assert.Null(cited.File);
        Assert.Contains(cited.Seen, place => place == new SourceRef("seeds/A-RES-68-171.txt", 6));
        Assert.False(cited.DatesDisagree);
    }

    [Fact]
    public void The_seeds_teach_the_citation_shapes_they_use()
    {
        Assert.Contains(Model.ResolutionCitationShapes, shape => shape.Text == "resolution N/N of DATE");
        Assert.Contains(Model.SymbolSeries, series => series.Text == "A/HRC");
        Assert.Contains(Model.OfficialRecordsOrgans, organ => organ.Text == "Economic and Social Council");
    }

    [Fact]
    public void Spellings_are_learned_where_the_seeds_write_the_standard_form()
    {
        Spelling programme = Model.Spellings["program"];
        Assert.Equal("programme", programme.Preferred);
        Assert.Equal("programmes", Model.Spellings["programs"].Preferred);
        Assert.True(programme.Count > 10);
        Assert.All(programme.Seen, place => Assert.Contains("programme", LineAt(place), StringComparison.OrdinalIgnoreCase));

        Assert.Equal("Secretary-General", Model.Spellings["Secretary General"].Preferred);
        Assert.Equal("Member States", Model.Spellings["Member states"].Preferred);
        Assert.Equal("favourably", Model.Spellings["favorably"].Preferred);
        Assert.Equal("recognizing", Model.Spellings["recognising"].Preferred);

        // The seeds never write "judgment" or "labour": nothing to learn about them.
        Assert.False(Model.Spellings.ContainsKey("judgement"));
        Assert.False(Model.Spellings.ContainsKey("labor"));
    }

    private static string LineAt(SourceRef place) => Lines[place.File][place.Line - 1];
}
