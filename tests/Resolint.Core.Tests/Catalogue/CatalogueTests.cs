using Resolint.Core.Catalogue;

namespace Resolint.Core.Tests.Catalogue;

/// <summary>The catalogue of resolutions: read as the UN publishes it and as a person writes it, and asked as a drafter types.</summary>
public sealed class CatalogueTests : IDisposable
{
    // Lines as the UN's extracts have them: clean, wrapped in quotes, left with one quote, and broken.
    private const string JsonLines = """
        {"symbol":"A/RES/78/218","resolution_number":"78/218.","title":"Situation of human rights in the Democratic People’s Republic of Korea","adoption_meeting":"50th plenary meeting","adoption_date":"19 December 2023","committee":"Third Committee","agenda_item":"Agenda item 71 (c)","adoption_type":"Without a vote","MS_in_favour_count":"0","MS_against_count":"0","MS_abstaining_count":"0"}
        "{"symbol":"A/RES/78/217","title":"Protection of migrants","adoption_date":"19 December 2023","agenda_item_name":"Promotion and protection of human rights","adoption_type":"By a recorded vote","MS_in_favour_count":"147","MS_against_count":"4","MS_abstaining_count":"27"}"
        {"symbol":"A/HRC/RES/55/1","title":"Advancing human rights in South Sudan","adoption_date":"3 April 2024"}"
        "
        {"symbol":"A/RES/75/242 B","title":"Questions relating to the proposed programme budget","adoption_date":"30 June 2021"}
        {"symbol":"A/RES/75/242 A","title":"Questions relating to the proposed programme budget","adoption_date":"31 December 2020"}
        {"symbol":"S/RES/2723 (2024)","title":"The situation in Somalia","adoption_date":"28 February 2024"}
        {"symbol":"A/RES/78/2
        """;

    private readonly string _folder = Directory.CreateTempSubdirectory("resolint-catalogue-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Json_lines_are_read_whether_or_not_quoted_and_broken_lines_are_counted_once_per_file()
    {
        CatalogueReading reading = CatalogueReader.Read([Write("GA.json", JsonLines)]);

        Assert.Equal(6, reading.Records.Count);
        string problem = Assert.Single(reading.Problems);
        Assert.Contains("2 lines skipped", problem, StringComparison.Ordinal);
        Assert.Contains("line 4, 8", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_record_knows_its_organ_key_part_date_and_how_it_was_adopted()
    {
        ResolutionCatalogue catalogue = Load(JsonLines);

        CatalogueRecord migrants = catalogue.Find("General Assembly", "78/217")!;
        CatalogueRecord partB = catalogue.Find("General Assembly", "75/242", "B")!;

        Assert.Equal("19 December 2023", migrants.AdoptionDate);
        Assert.Equal("by a recorded vote of 147 to 4, with 27 abstentions", migrants.HowAdopted);
        Assert.Equal("30 June 2021", partB.AdoptionDate);
        Assert.Equal("31 December 2020", catalogue.Find("General Assembly", "75/242", "A")!.AdoptionDate);
        Assert.Equal("Human Rights Council", catalogue.Find("Human Rights Council", "55/1")!.Organ);
        Assert.Null(catalogue.Find("General Assembly", "55/1"));
        Assert.NotNull(catalogue.Find("Security Council", "2723 (2024)"));
    }

    [Fact]
    public void A_csv_with_a_header_is_read_and_its_optional_columns_used()
    {
        ResolutionCatalogue catalogue = Load(
            "symbol,date,title,committee\nA/RES/79/1,22 September 2024,\"The Pact for the Future, adopted\",Without reference to a Main Committee\nA/RES/79/2,not a date,Second\nonly,one,row,too,many\n",
            "catalogue.csv");

        CatalogueRecord pact = catalogue.Find("General Assembly", "79/1")!;

        Assert.Equal("The Pact for the Future, adopted", pact.Title);
        Assert.Equal("Without reference to a Main Committee", pact.Committee);
        Assert.Null(catalogue.Find("General Assembly", "79/2")!.AdoptionDate);
        Assert.Contains(catalogue.Problems, p => p.Contains("1 line skipped", StringComparison.Ordinal));
    }

    [Fact]
    public void A_csv_without_the_required_columns_is_a_problem_naming_them()
    {
        CatalogueReading reading = CatalogueReader.Read([Write("bad.csv", "symbol,title\nA/RES/79/1,x\n")]);

        Assert.Empty(reading.Records);
        Assert.Contains("date", Assert.Single(reading.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public void Two_sources_that_disagree_are_said_once_naming_both()
    {
        string first = Write("a.json", """{"symbol":"A/RES/78/218","title":"T","adoption_date":"19 December 2023"}""");
        string second = Write("b.json", """{"symbol":"A/RES/78/218","title":"T","adoption_date":"20 December 2023"}""" + "\n" + """{"symbol":"A/RES/78/218","title":"T","adoption_date":"19 December 2023"}""");

        ResolutionCatalogue catalogue = ResolutionCatalogue.Build(CatalogueReader.Read([first, second]));

        string problem = Assert.Single(catalogue.Problems);
        Assert.Contains("a.json:1", problem, StringComparison.Ordinal);
        Assert.Contains("b.json:1", problem, StringComparison.Ordinal);
        Assert.Equal("19 December 2023", catalogue.Find("General Assembly", "78/218")!.AdoptionDate);
    }

    [Fact]
    public void Typing_a_number_narrows_to_the_numbers_that_start_so_and_words_find_by_title()
    {
        ResolutionCatalogue catalogue = Load(JsonLines);

        Assert.Equal(["78/217", "78/218"], catalogue.Suggest("General Assembly", "78/21", [], 10).Select(r => r.Key).Order());
        Assert.Equal(["A/RES/78/217"], catalogue.Suggest(null, "migra", [], 10).Select(r => r.Symbol));
        Assert.Empty(catalogue.Suggest("Human Rights Council", "78/2", [], 10));
    }

    [Fact]
    public void With_nothing_typed_what_shares_the_drafts_words_comes_first_then_the_most_recent()
    {
        ResolutionCatalogue catalogue = Load(JsonLines);

        IReadOnlyList<CatalogueRecord> plain = catalogue.Suggest("General Assembly", string.Empty, [], 10);
        IReadOnlyList<CatalogueRecord> forMigrants = catalogue.Suggest("General Assembly", string.Empty, ["Protection of migrants"], 10);

        Assert.Equal("A/RES/78/218", plain[0].Symbol);
        Assert.Equal("A/RES/78/217", forMigrants[0].Symbol);
    }

    [Fact]
    public void A_number_typed_in_full_comes_before_the_longer_numbers_that_start_so()
    {
        var lines = Enumerable.Range(1, 200).Select(i => $$"""{"symbol":"A/RES/79/{{i}}","title":"Resolution {{i}}","adoption_date":"{{1 + (i % 28)}} December 2024"}""");
        ResolutionCatalogue catalogue = Load(string.Join('\n', lines));

        Assert.Equal("79/1", catalogue.Suggest("General Assembly", "79/1", [], 10)[0].Key);
        Assert.Equal("79/1", catalogue.Search("79/1", 10)[0].Key);
    }

    [Fact]
    public void A_session_is_covered_between_its_lowest_and_highest_numbers_where_the_catalogue_lists_nearly_all_of_them()
    {
        // Session 78: 1 to 20 but 7 (19 of 20); the tenth emergency special session: 21 and 24 only.
        var lines = Enumerable.Range(1, 20).Where(i => i != 7).Select(i => $$"""{"symbol":"A/RES/78/{{i}}","title":"R","adoption_date":"1 December 2023"}""")
            .Concat(["""{"symbol":"A/RES/ES-10/21","title":"R"}""", """{"symbol":"A/RES/ES-10/24","title":"R"}""", """{"symbol":"A/RES/75/242 A","title":"R"}"""]);
        ResolutionCatalogue catalogue = Load(string.Join('\n', lines));

        Assert.True(catalogue.Covers("General Assembly", "78/7"));
        Assert.False(catalogue.Lists("General Assembly", "78/7"));
        Assert.False(catalogue.Covers("General Assembly", "78/21"));
        Assert.False(catalogue.Covers("Human Rights Council", "78/7"));
        Assert.False(catalogue.Covers("General Assembly", "ES-10/23"));
        Assert.False(catalogue.Covers("General Assembly", "60/1"));
        Assert.True(catalogue.Lists("General Assembly", "75/242"));
    }

    [Fact]
    public void Parts_listed_together_are_each_a_resolution()
    {
        ResolutionCatalogue catalogue = Load("""{"symbol":"A/RES/75/101 A-B","title":"Questions relating to information","adoption_date":"10 December 2020"}""");

        Assert.Equal(2, catalogue.Count);
        Assert.Equal("A/RES/75/101 B", catalogue.Find("General Assembly", "75/101", "B")!.Symbol);
        Assert.Equal("10 December 2020", catalogue.Find("General Assembly", "75/101", "A")!.AdoptionDate);
        Assert.True(catalogue.Lists("General Assembly", "75/101"));
        Assert.True(catalogue.Find("General Assembly", "75/101", "A")!.ListedWithOtherParts);
    }

    [Fact]
    public void Dates_are_read_as_the_extracts_write_them_with_a_no_break_space_or_in_iso_form()
    {
        ResolutionCatalogue catalogue = Load(
            """{"symbol":"A/RES/74/137","title":"T","adoption_date":"2019-12-18 00:00:00"}""" + "\n"
            + """{"symbol":"A/RES/79/1","title":"T","adoption_date":"22\u00a0September 2024"}""" + "\n"
            + """{"symbol":"A/RES/79/2","title":"T","adoption_date":"2024-02-30 00:00:00"}""");

        Assert.Equal("18 December 2019", catalogue.Find("General Assembly", "74/137")!.AdoptionDate);
        Assert.Equal("22 September 2024", catalogue.Find("General Assembly", "79/1")!.AdoptionDate);
        Assert.Null(catalogue.Find("General Assembly", "79/2")!.AdoptionDate);
    }

    [Fact]
    public void Suggestions_over_fifty_thousand_entries_rank_a_bounded_number()
    {
        var lines = Enumerable.Range(1, 50_000).Select(i => $$"""{"symbol":"A/RES/{{70 + (i % 10)}}/{{i}}","title":"Resolution {{i}} on oceans","adoption_date":"1 January 2020"}""");
        ResolutionCatalogue catalogue = Load(string.Join('\n', lines));

        Assert.Equal(50_000, catalogue.Count);
        Assert.Equal(5, catalogue.Suggest("General Assembly", "7", ["oceans"], 5).Count);
        Assert.Equal(5, catalogue.Suggest("General Assembly", "oceans", [], 5).Count);
    }

    private ResolutionCatalogue Load(string text, string name = "catalogue.json") =>
        ResolutionCatalogue.Build(CatalogueReader.Read([Write(name, text)]));

    private string Write(string name, string text)
    {
        string file = Path.Combine(_folder, name);
        File.WriteAllText(file, text);
        return file;
    }
}
