namespace Resolint.Tests.Cli;

/// <summary>`resolint catalogue stats|find`, `resolint check --catalogue`, and the "catalogue" setting of .resolint.json.</summary>
public sealed class CatalogueCommandTests
{
    private const string Catalogue = """
        {"symbol":"A/RES/78/218","title":"Situation of human rights in the Democratic People’s Republic of Korea","adoption_date":"19 December 2023","adoption_meeting":"50th plenary meeting","committee":"Third Committee","agenda_item":"Agenda item 71 (c)","adoption_type":"Without a vote"}
        "{"symbol":"A/RES/78/217","title":"Protection of migrants","adoption_date":"19 December 2023"}"
        "
        {"symbol":"A/HRC/RES/55/1","title":"Advancing human rights in South Sudan","adoption_date":"3 April 2024"}
        """;

    [Fact]
    public void Stats_count_resolutions_per_organ_session_and_file_and_name_skipped_lines()
    {
        using var cli = new CliHarness();
        cli.Write("catalogue/GA-78.json", Catalogue);
        cli.Write(".resolint.json", """{ "catalogue": ["catalogue/*.json"] }""");

        CliRun run = cli.Run("catalogue", "stats");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("3 resolutions from 1 file.", run.Output, StringComparison.Ordinal);
        Assert.Contains("General Assembly, 78: 2", run.Output, StringComparison.Ordinal);
        Assert.Contains("Human Rights Council, 55: 1", run.Output, StringComparison.Ordinal);
        Assert.Contains("1 line skipped as unreadable (line 3)", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Find_takes_a_number_or_words_of_a_title()
    {
        using var cli = new CliHarness();
        cli.Write("GA-78.json", Catalogue);

        CliRun byNumber = cli.Run("catalogue", "find", "78/218", "--catalogue", "GA-78.json");
        CliRun byWords = cli.Run("catalogue", "find", "migrants", "--catalogue", "GA-78.json");
        CliRun none = cli.Run("catalogue", "find", "oceans", "--catalogue", "GA-78.json");

        Assert.StartsWith("A/RES/78/218  19 December 2023  Situation of human rights", byNumber.Output, StringComparison.Ordinal);
        Assert.Contains("50th plenary meeting; Third Committee; Agenda item 71 (c); without a vote", byNumber.Output, StringComparison.Ordinal);
        Assert.StartsWith("A/RES/78/217", byWords.Output, StringComparison.Ordinal);
        Assert.Equal(1, none.ExitCode);
    }

    [Fact]
    public void A_missing_catalogue_file_is_a_configuration_error()
    {
        using var cli = new CliHarness();
        cli.Write(".resolint.json", """{ "catalogue": ["missing.json"] }""");
        cli.Write("a.md", "The General Assembly,\n");

        CliRun check = cli.Run("check", "a.md");
        CliRun stats = cli.Run("catalogue", "stats");

        Assert.Equal(2, check.ExitCode);
        Assert.Contains(".resolint.json:1:", check.Error, StringComparison.Ordinal);
        Assert.Contains("catalogue file \"missing.json\" does not exist", check.Error, StringComparison.Ordinal);
        Assert.Equal(2, stats.ExitCode);
    }

    [Fact]
    public void A_pattern_that_matches_nothing_is_an_error()
    {
        using var cli = new CliHarness();

        CliRun run = cli.Run("catalogue", "stats", "--catalogue", "nowhere/*.json");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("no catalogue file matches", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_with_a_catalogue_corrects_a_date_by_it_from_a_file_a_folder_or_the_configuration()
    {
        using var cli = new CliHarness([new Core.Rules.Citations.RES505DateAgreesWithCatalogue()]);
        cli.Write("catalogue/GA-78.json", Catalogue);
        cli.Write("drafts/a.md", "The General Assembly,\n\n*Recalling* its resolution 78/218 of 18 December 2023,\n\n1. *Decides* to remain seized of the matter.\n");

        CliRun without = cli.Run("check", "--format", "json", "drafts/a.md");
        CliRun byFile = cli.Run("check", "--format", "json", "--catalogue", "catalogue/GA-78.json", "drafts/a.md");
        CliRun byFolder = cli.Run("check", "--format", "json", "--catalogue", "catalogue", "drafts/a.md");
        cli.Write(".resolint.json", """{ "catalogue": ["catalogue/*.json"] }""");
        CliRun byConfiguration = cli.Run("check", "--format", "json", "drafts/a.md");

        Assert.DoesNotContain("RES505", without.Output, StringComparison.Ordinal);
        Assert.Contains("Resolution 78/218 was adopted on 19 December 2023, not 18 December 2023", byFile.Output, StringComparison.Ordinal);
        Assert.Equal(byFile.Output, byFolder.Output);
        Assert.Equal(byFile.Output, byConfiguration.Output);
        Assert.Contains("1 line skipped as unreadable (line 3)", byFile.Error, StringComparison.Ordinal);

        CliRun fixedRun = cli.Run("check", "--fix", "--catalogue", "catalogue", "drafts/a.md");
        Assert.Contains("78/218 of 19 December 2023,", cli.Read("drafts/a.md"), StringComparison.Ordinal);
        Assert.DoesNotContain("RES505", fixedRun.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_with_a_catalogue_that_names_no_file_stops_before_checking()
    {
        using var cli = new CliHarness();
        cli.Write("a.md", "The General Assembly,\n");

        CliRun missing = cli.Run("check", "--catalogue", "missing.json", "a.md");
        CliRun unmatched = cli.Run("check", "--catalogue", "nowhere/*.json", "a.md");
        CliRun empty = cli.Run("check", "--catalogue", "", "a.md");

        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("missing.json' names no file", missing.Error, StringComparison.Ordinal);
        Assert.Empty(missing.Output);
        Assert.Equal(2, unmatched.ExitCode);
        Assert.Equal(2, empty.ExitCode);
    }
}
