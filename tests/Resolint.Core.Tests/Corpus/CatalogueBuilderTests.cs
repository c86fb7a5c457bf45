using Resolint.Core.Corpus;

namespace Resolint.Core.Tests.Corpus;

public sealed class CatalogueBuilderTests
{
    private static readonly SourceRef Here = new("a.txt", 1);

    [Fact]
    public void The_most_frequent_date_wins_and_the_disagreement_is_kept()
    {
        var builder = new CatalogueBuilder();
        builder.AddCited("66/169", "General Assembly", "19 December 2011", new SourceRef("a.txt", 3));
        builder.AddCited("66/169", "General Assembly", "19 December 2001", new SourceRef("b.txt", 4));
        builder.AddCited("66/169", "General Assembly", "19 December 2011", new SourceRef("c.txt", 5));
        builder.AddCited("66/169", "General Assembly", null, new SourceRef("c.txt", 9));

        CatalogueEntry entry = builder.Build()["66/169"];
        Assert.Equal("19 December 2011", entry.AdoptionDate);
        Assert.Equal(4, entry.Seen.Count);
        Assert.Equal([("19 December 2011", 2), ("19 December 2001", 1)], entry.Dates.Select(d => (d.Date, d.Count)));
        Assert.Equal(new SourceRef("b.txt", 4), Assert.Single(entry.Dates[1].Seen));
    }

    [Fact]
    public void The_resolutions_own_date_outweighs_any_number_of_citations()
    {
        var builder = new CatalogueBuilder();
        builder.AddCited("68/171", "General Assembly", "19 December 2013", Here);
        builder.AddCited("68/171", "General Assembly", "19 December 2013", Here);
        builder.AddAdopted("68/171", "General Assembly", "18 December 2013", "National institutions", "A-RES-68-171.txt", "Recalling …", Here);

        CatalogueEntry entry = builder.Build()["68/171"];
        Assert.Equal("18 December 2013", entry.AdoptionDate);
        Assert.Equal("National institutions", entry.Title);
        Assert.True(entry.DatesDisagree);
    }

    [Fact]
    public void Organs_sharing_a_number_keep_their_own_dates()
    {
        var builder = new CatalogueBuilder();
        builder.AddCited("36/29", "General Assembly", "22 November 1981", Here);
        builder.AddAdopted("36/29", "Human Rights Council", "29 September 2017", null, "A-HRC-RES-36-29.txt", null, Here);
        var model = new ConventionModel { Catalogue = builder.Build() };

        CatalogueEntry entry = model.Catalogue["36/29"];
        Assert.Equal("Human Rights Council", entry.Organ);
        Assert.Equal("29 September 2017", entry.AdoptionDate);
        Assert.False(entry.DatesDisagree);
        Assert.Same(entry, model.FindResolution("36/29", "Human Rights Council"));
        Assert.Same(entry, model.FindResolution("36/29"));
        Assert.Null(model.FindResolution("36/29", "General Assembly"));
    }

    [Fact]
    public void A_citation_naming_no_organ_joins_the_only_organ_known_for_its_number()
    {
        var builder = new CatalogueBuilder();
        builder.AddCited("48/134", "General Assembly", "20 December 1993", Here);
        builder.AddCited("48/134", null, null, new SourceRef("b.txt", 2));

        CatalogueEntry entry = builder.Build()["48/134"];
        Assert.Equal("General Assembly", entry.Organ);
        Assert.Equal(2, entry.Seen.Count);
    }
}
