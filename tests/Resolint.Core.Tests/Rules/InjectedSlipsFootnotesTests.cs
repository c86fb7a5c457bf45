using Resolint.Core.Checking;
using Resolint.Core.Rules;

namespace Resolint.Core.Tests.Rules;

/// <summary>
/// Footnote slips injected into real resolutions are reported on their line, and nothing else new appears.
/// A-RES-74-156 writes markers as superscripts, A-RES-68-171 and A-RES-72-247 as bare numbers glued to the text.
/// </summary>
public sealed class InjectedSlipsFootnotesTests
{
    [Fact]
    public void A_dropped_footnote_text_is_reported_at_its_markers()
    {
        // Footnote 3 (the Paris Principles) is cited on line 26 and again in operative paragraph 2 (line 89).
        IReadOnlyList<Finding> found = SeedSlips.NewFindingsWithout("A-RES-74-156.txt", 34);

        Assert.Equal(
            [new Finding(26, "RES401", "Footnote marker 3 has no footnote text."), new Finding(88, "RES401", "Footnote marker 3 has no footnote text.")],
            found);
    }

    [Fact]
    public void A_dropped_footnote_text_in_plain_text_shows_as_a_gap_in_the_texts()
    {
        // Without text 3 the bare 3s glued to "(the Paris Principles)," are ordinary digits again, which the
        // punctuation rules rightly read as text; the footnote rules see the gap where text 3 stood.
        IReadOnlyList<Finding> found = SeedSlips.NewFindingsWithout("A-RES-68-171.txt", 50, rules: FootnoteRules());

        Assert.Equal([new Finding(50, "RES401", "There is no footnote text 3: the footnote texts go from 2 to 4.")], found);
    }

    [Theory]
    [InlineData("RES401.cover-note.txt", Severity.Info)] // texts from 2, no marker 1: note 1 may be the cover page's
    [InlineData("RES401.lost-text.txt", Severity.Error)] // a gap after note 2
    [InlineData("RES401.skipped-number.txt", Severity.Info)] // superscript markers, none numbered 3 either: a skipped number
    public void A_copy_that_begins_at_note_2_is_information_a_gap_further_on_an_error(string fixture, Severity severity)
    {
        string path = Path.Combine(AppContext.BaseDirectory, "Rules", "Fixtures", "Footnotes", fixture);
        string text = File.ReadAllText(path).Split(RuleFixture.ExpectedMarker)[0];

        Diagnostic found = Assert.Single(
            new Checker(TestConventions.Model, CheckOptions.Default, [new Resolint.Core.Rules.Footnotes.RES401FootnoteTextMissing()]).Check(Resolint.Core.Parsing.DraftParser.Parse(text)).Diagnostics);

        Assert.Equal(severity, found.Severity);
    }

    [Fact]
    public void A_marker_without_its_text_in_plain_text_leaves_the_text_unreferenced()
    {
        IReadOnlyList<Finding> found = SeedSlips.NewFindings("A-RES-68-171.txt", 18, SeedSlips.Replace("Secretary-General7", "Secretary-General"));

        Assert.Equal([new Finding(54, "RES402", "Footnote 7 is not referenced by any marker in the text.")], found);
    }

    [Fact]
    public void Swapped_superscript_markers_are_reported_on_their_line()
    {
        IReadOnlyList<Finding> found = SeedSlips.NewFindings(
            "A-RES-74-156.txt",
            24,
            line => SeedSlips.Replace("institutions²", "institutions¹")(SeedSlips.Replace("2018¹", "2018²")(line)));

        Assert.Single(found);
        Assert.Equal((24, "RES403"), (found[0].Line, found[0].RuleId));
        Assert.StartsWith("Footnote 2 first appears before footnote 1", found[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Swapped_glued_markers_are_reported_on_their_line()
    {
        IReadOnlyList<Finding> found = SeedSlips.NewFindings(
            "A-RES-72-247.txt",
            20,
            line => SeedSlips.Replace("March 20164", "March 20163")(SeedSlips.Replace("2013,3", "2013,4")(line)));

        Assert.Single(found);
        Assert.Equal((20, "RES403"), (found[0].Line, found[0].RuleId));
        Assert.StartsWith("Footnote 4 first appears before footnote 3", found[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_repeat_of_a_later_footnote_is_reported_on_its_line()
    {
        // Footnote 4 (the Vienna Declaration) first appears on line 28; a repeat of it on line 24 points forward.
        IReadOnlyList<Finding> found = SeedSlips.NewFindings("A-RES-74-156.txt", 24, SeedSlips.Replace("of 19 December 2017,", "of 19 December 2017⁴,"));

        Assert.Single(found);
        Assert.Equal((24, "RES404"), (found[0].Line, found[0].RuleId));
        Assert.StartsWith("Marker 4 repeats footnote 4 before it first appears", found[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_footnote_text_without_its_full_stop_is_reported_on_its_line()
    {
        IReadOnlyList<Finding> found = SeedSlips.NewFindings("A-RES-68-171.txt", 54, SeedSlips.Replace("A/68/208.", "A/68/208"));

        Assert.Equal([new Finding(54, "RES405", "Footnote 7 does not end with a full stop.")], found);
    }

    [Fact]
    public void Ibid_after_a_footnote_of_several_sources_is_reported_on_its_line()
    {
        IReadOnlyList<Finding> found = SeedSlips.NewFindings(
            "A-RES-66-164.txt",
            [(48, SeedSlips.Replace("Resolution 53/144, annex.", "See A/63/288 and A/64/226.")), (49, _ => "6 Ibid.")]);

        Assert.Single(found);
        Assert.Equal((49, "RES406"), (found[0].Line, found[0].RuleId));
        Assert.Contains("follows footnote 5, which cites 2 sources (A/63/288, A/64/226)", found[0].Message, StringComparison.Ordinal);
    }

    private static IEnumerable<Rule> FootnoteRules() => RuleCatalogue.All.Where(r => r.Descriptor.Category == RuleCategory.Footnotes);
}
