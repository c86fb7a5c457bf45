using Resolint.Accuracy;
using Resolint.Accuracy.Slips;

namespace Resolint.Core.Tests.Accuracy;

/// <summary>The accuracy harness itself: the injector makes the slip it names, scoring counts what is caught, caveats are honoured.</summary>
public sealed class HarnessTests
{
    // A short resolution in the devset's plain form, with two footnotes numbered from 2 (note 1 on the cover page).
    private const string Plain = """
        Resolution adopted by the Human Rights Council on 11 October 2023

        54/99. A fixture of the harness

        The Human Rights Council,

        Recalling its resolution 51/6 of 6 October 2022,²

        Noting the report of the Secretary-General,³

        1. Requests the Secretary-General to report to the Council at its fifty-seventh session;

        2. Decides to remain seized of the matter.

        46th meeting
        11 October 2023

        __________________

        ² A/HRC/51/6, para. 67.
        ³ A/HRC/53/21.
        """;

    private static SlipKind Kind(string id) => SlipCatalogue.All.Single(k => k.Id == id);

    private static Slip OnlySlip(string kind, string text, bool markdown = false) =>
        Assert.Single(Kind(kind).Places(Layout.Read(text, markdown))).Apply(text);

    [Fact]
    public void The_injector_removes_the_semicolon_of_an_operative_paragraph_on_its_line()
    {
        Slip slip = OnlySlip("operative-semicolon-missing", Plain);

        Assert.Equal(11, slip.Line);
        Assert.EndsWith("fifty-seventh session", Caveats.LineText(slip.After, slip.Line), StringComparison.Ordinal);
        Assert.Equal(Plain.Length - 1, slip.After.Length);
    }

    [Fact]
    public void The_injector_removes_a_footnote_text_and_places_the_slip_on_its_marker()
    {
        var slips = Kind("footnote-text-removed").Places(Layout.Read(Plain, markdown: false)).Select(p => p.Apply(Plain)).ToList();

        Assert.Equal([7, 9], slips.Select(s => s.Line));
        Assert.DoesNotContain("A/HRC/51/6, para. 67.", slips[0].After, StringComparison.Ordinal);
        Assert.Contains("2022,²", slips[0].After, StringComparison.Ordinal);
    }

    [Fact]
    public void The_injector_removes_only_a_marker_no_glued_marker_repeats()
    {
        // "Council;²" repeats note 2 as the plain text glues it: without the superscript, note 2 is still referenced.
        string repeated = Plain.Replace("1. Requests the Secretary-General to report to the Council", "1. Takes note of the report of the Council;2 requests the Secretary-General to report", StringComparison.Ordinal);

        var removed = Kind("footnote-marker-removed").Places(Layout.Read(repeated, markdown: false)).Select(p => p.Apply(repeated)).ToList();

        Assert.Equal([21], removed.Select(s => s.Line)); // note 3 only, reported on its text
        Assert.Equal(2, Kind("footnote-marker-removed").Places(Layout.Read(Plain, markdown: false)).Count);
    }

    [Fact]
    public void The_injector_drops_italics_only_in_Markdown()
    {
        const string markdown = "*The General Assembly*,\n\n*Recalling* its resolution 74/93,\n\n1. *Decides* to remain seized of the matter.\n";

        Slip slip = OnlySlip("italics-dropped", markdown, markdown: true);

        Assert.Equal("Recalling its resolution 74/93,", Caveats.LineText(slip.After, slip.Line));
        Assert.Empty(Kind("italics-dropped").Places(Layout.Read(Plain, markdown: false)));
    }

    [Fact]
    public void A_slip_is_caught_by_a_new_finding_of_its_rule_on_its_lines_only()
    {
        SlipKind kind = Kind("operative-semicolon-missing");
        var slip = new Slip("before", "after", 9);
        Finding onItsLine = new(9, "RES302", "ends with no punctuation");

        Assert.True(Harness.Caught(kind, slip, [], [onItsLine]));
        Assert.False(Harness.Caught(kind, slip, [onItsLine], [onItsLine]), "a finding the text had before is not a catch");
        Assert.True(Harness.Caught(kind, slip, [onItsLine], [onItsLine with { Message = "ends with a colon" }]), "the rule says something new on the line");
        Assert.False(Harness.Caught(kind, slip, [], [onItsLine with { Line = 11 }]), "a finding on another line is not a catch");
        Assert.False(Harness.Caught(kind, slip, [], [onItsLine with { RuleId = "RES301" }]), "a finding of another rule is not a catch");
        Assert.True(Harness.Caught(Kind("organ-line-removed"), slip, [], [new Finding(40, "RES701", "no organ line")]), "a draft-level slip is caught anywhere");
    }

    [Fact]
    public void The_engine_catches_a_slip_injected_into_a_seed()
    {
        string seed = Seeds.Text("A-RES-66-164.txt");
        SlipKind kind = Kind("operative-semicolon-missing");
        Slip slip = kind.Places(Layout.Read(seed, markdown: false))[0].Apply(seed);

        Assert.True(Harness.Caught(kind, slip, Engine.Check(seed, form: null), Engine.Check(slip.After, form: null)));
    }

    [Fact]
    public void A_figure_worse_than_the_floor_is_named_and_figures_as_good_pass()
    {
        AdoptedText council = new("A_HRC_RES_54_99.txt", Plain, null, Organs.HumanRightsCouncil, false, AdoptedText.CountWords(Plain));
        var report = new Report([Harness.Check(council)], [], [], new Dictionary<SlipKind, (int Plain, int Markdown)>(), 0);
        IReadOnlyDictionary<string, double> figures = report.Figures();
        const string Clean = "plain|Human Rights Council|clean-share";
        const string Findings = "plain|Human Rights Council|per-1000-words";
        var raised = figures.ToDictionary(f => f.Key, f => f.Value);
        raised[Clean] += 0.1;
        var lowered = figures.ToDictionary(f => f.Key, f => f.Value);
        lowered[Findings] -= 0.1;

        Assert.Empty(report.WorseThan(figures));
        Assert.StartsWith(Clean, Assert.Single(report.WorseThan(raised)), StringComparison.Ordinal);
        Assert.StartsWith(Findings, Assert.Single(report.WorseThan(lowered)), StringComparison.Ordinal);
    }

    [Fact]
    public void A_genuine_slip_listed_with_its_symbol_is_a_caveat_on_its_line_only()
    {
        AdoptedText council = new("A_HRC_RES_54_99.txt", Plain, null, Organs.HumanRightsCouncil, false, AdoptedText.CountWords(Plain));
        IReadOnlyList<GenuineSlip> listed = Caveats.Parse("# comment\nA/HRC/RES/54/99\tRES302\tfifty-seventh session\n");

        Assert.Equal(Caveats.Listed, Caveats.Of(council, new Finding(11, "RES302", "no semicolon"), listed));
        Assert.Null(Caveats.Of(council, new Finding(13, "RES302", "no semicolon"), listed));
        Assert.Null(Caveats.Of(council with { Path = "A_HRC_RES_54_98.txt" }, new Finding(11, "RES302", "no semicolon"), listed));
    }

    [Theory]
    [InlineData("S_RES_896_1994.txt", "", Organs.SecurityCouncil)]
    [InlineData("A-HRC-RES-36-29.txt", "", Organs.HumanRightsCouncil)]
    [InlineData("E_RES_2021_20.md", "", Organs.EconomicAndSocialCouncil)]
    [InlineData("A_RES_75_102.txt", "", Organs.GeneralAssembly)]
    [InlineData("draft.md", "Resolution adopted by the Human Rights Council on 6 July 2023\n\nThe Human Rights Council,\n", Organs.HumanRightsCouncil)]
    [InlineData("draft.txt", "A text that names no organ.", Organs.Other)]
    public void The_organ_comes_from_the_symbol_in_the_file_name_else_from_the_text(string name, string text, string organ) =>
        Assert.Equal(organ, Organs.Of(name, text));
}
