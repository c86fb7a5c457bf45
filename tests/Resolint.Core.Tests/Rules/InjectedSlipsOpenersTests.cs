using Resolint.Core.Checking;
using Resolint.Core.Corpus;
using Resolint.Core.Parsing;
using Resolint.Core.Rules;

namespace Resolint.Core.Tests.Rules;

/// <summary>Opening-words rules on the seeds, and slips of opening words injected into them.</summary>
public sealed class InjectedSlipsOpenersTests
{
    private static readonly IReadOnlyList<Rule> Rules = SeedSlips.RulesOf(RuleCategory.OpeningWords);

    [Theory]
    [MemberData(nameof(SeedSlips.Seeds), MemberType = typeof(SeedSlips))]
    public void The_seeds_have_no_opening_word_slips(string seed)
    {
        Assert.Empty(SeedSlips.Diagnostics(SeedSlips.Seed(seed), Rules));
    }

    [Fact]
    public void An_operative_verb_in_the_preamble_is_reported_and_fixed()
    {
        Slip slip = SeedSlips.Inject(SeedSlips.Seed("A-RES-66-164.txt"), ("\tRecalling that the primary responsibility", "\tRecalls that the primary responsibility"));

        Diagnostic finding = SeedSlips.AssertOnlyNew(slip, "RES201", Rules);

        Assert.Equal(slip.Before, SeedSlips.Fixed(slip, finding));
    }

    [Fact]
    public void A_lower_case_preambular_opener_is_reported_and_fixed_in_markdown()
    {
        Slip slip = SeedSlips.Inject(SeedSlips.Seed("A-HRC-RES-36-29.txt"), ("\nRecalling General Assembly resolutions 48/141", "\nrecalling General Assembly resolutions 48/141"));

        Diagnostic finding = SeedSlips.AssertOnlyNew(slip, "RES201", Rules, line: slip.Line + 1);

        Assert.Equal(slip.Before, SeedSlips.Fixed(slip, finding));
    }

    [Fact]
    public void A_participle_in_the_operative_part_is_reported_and_fixed()
    {
        Slip slip = SeedSlips.Inject(SeedSlips.Seed("A-RES-66-164.txt"), ("\t14.\tRequests the Office", "\t14.\tRequesting the Office"));

        Diagnostic finding = SeedSlips.AssertOnlyNew(slip, "RES202", Rules);

        Assert.Equal(slip.Before, SeedSlips.Fixed(slip, finding));
    }

    [Fact]
    public void A_participle_in_a_markdown_operative_paragraph_is_reported_and_fixed_inside_its_italics()
    {
        Slip slip = SeedSlips.Inject(SeedSlips.Seed("A-RES-74-156.txt"), ("24. *Requests* the Secretary-General", "24. *Requesting* the Secretary-General"));

        Diagnostic finding = SeedSlips.AssertOnlyNew(slip, "RES202", Rules);

        Assert.Equal(slip.Before, SeedSlips.Fixed(slip, finding));
    }

    [Fact]
    public void Operative_verbs_without_italics_are_reported_when_italics_are_always_required()
    {
        Slip slip = SeedSlips.Inject(SeedSlips.Seed("A-RES-74-156.txt"), ("24. *Requests* the Secretary-General", "24. Requests the Secretary-General"));

        Diagnostic finding = SeedSlips.AssertOnlyNew(slip, "RES203", Rules, new CheckOptions { Italics = ItalicsPolicy.Always });

        Assert.Equal(slip.Before, SeedSlips.Fixed(slip, finding));
    }

    [Fact]
    public void Operative_verbs_without_italics_are_reported_when_the_corpus_italicises_them()
    {
        var italicVerbs = new ConventionModel { OperativeItalics = new ItalicsHabit(10, 0, 10) };
        string seed = SeedSlips.Seed("A-RES-74-156.txt");
        Slip slip = SeedSlips.Inject(seed, ("28. *Also requests* the Secretary-General", "28. *Also* requests the Secretary-General"));
        var checker = new Checker(italicVerbs, CheckOptions.Default, Rules);

        Assert.Empty(checker.Check(DraftParser.Parse(seed)).Diagnostics);
        Diagnostic finding = Assert.Single(checker.Check(DraftParser.Parse(slip.After)).Diagnostics);
        Assert.Equal("RES203", finding.Id);
        Assert.Equal(slip.Line, Text.SourceText.From(slip.After).LineOf(finding.Span.Start) + 1);
        Assert.Contains("Only part of the opening words 'Also requests'", finding.Message, StringComparison.Ordinal);
        Assert.Equal(seed, SeedSlips.Fixed(slip, finding));
    }

    [Fact]
    public void The_seeds_teach_italic_operative_verbs_and_plain_preambular_openers()
    {
        string seed = SeedSlips.Seed("A-RES-74-156.txt");
        Slip slip = SeedSlips.Inject(seed, ("24. *Requests* the Secretary-General", "24. Requests the Secretary-General"));
        var checker = new Checker(BundledConventions.Model, CheckOptions.Default, Rules);

        Diagnostic finding = Assert.Single(checker.Check(DraftParser.Parse(slip.After)).Diagnostics);

        Assert.Equal("RES203", finding.Id);
        Assert.Contains("the corpus italicises operative verbs", finding.Message, StringComparison.Ordinal);
        Assert.Equal(seed, SeedSlips.Fixed(slip, finding));
    }

    [Fact]
    public void Italics_are_not_required_where_neither_the_corpus_nor_the_draft_italicises_them()
    {
        var plainVerbs = new ConventionModel { OperativeItalics = new ItalicsHabit(0, 10, 10), PreambularItalics = new ItalicsHabit(0, 10, 10) };
        string seed = System.Text.RegularExpressions.Regex.Replace(
            SeedSlips.Seed("A-RES-74-156.txt"), @"^(\s*\d+\.\s+)\*([A-Za-z ]+)\*", "$1$2", System.Text.RegularExpressions.RegexOptions.Multiline);
        var checker = new Checker(plainVerbs, CheckOptions.Default, Rules);

        Assert.Empty(checker.Check(DraftParser.Parse(seed)).Diagnostics);
    }

    [Fact]
    public void A_plain_verb_among_the_drafts_italic_verbs_is_reported_where_the_corpus_does_not_ask_it()
    {
        var plainVerbs = new ConventionModel { OperativeItalics = new ItalicsHabit(0, 10, 10), PreambularItalics = new ItalicsHabit(0, 10, 10) };
        string seed = SeedSlips.Seed("A-RES-74-156.txt").Replace("*Requests*", "Requests", StringComparison.Ordinal);
        var checker = new Checker(plainVerbs, CheckOptions.Default, Rules);

        // The seed opens paragraphs 24 and 27 with "Requests": both are told.
        var findings = checker.Check(DraftParser.Parse(seed)).Diagnostics;
        Assert.Equal(2, findings.Count);
        Assert.All(findings, f => Assert.Equal("RES203", f.Id));
        Assert.All(findings, f => Assert.Contains("the draft italicises its other operative verbs", f.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Also_requests_moved_before_requests_is_reported()
    {
        Slip slip = SeedSlips.Inject(
            SeedSlips.Seed("A-RES-68-171.txt"),
            ("\t16.\tRequests the Secretary-General to focus", "\t16.\tAlso requests the Secretary-General to focus"),
            ("\t26.\tAlso requests the Secretary-General to report", "\t26.\tRequests the Secretary-General to report"));

        Diagnostic finding = SeedSlips.AssertOnlyNew(slip, "RES204", Rules);

        Assert.Contains("no earlier operative paragraph opens with 'Requests'", finding.Message, StringComparison.Ordinal);
        Assert.Single(finding.Related);
    }

    [Fact]
    public void An_also_form_used_inside_an_earlier_paragraph_counts_as_used()
    {
        // A/RES/72/247, paragraph 14: "…, and requests the President of the General Assembly …".
        Slip slip = SeedSlips.Inject(
            SeedSlips.Seed("A-RES-72-247.txt"),
            ("\t16.\tRequests the Secretary-General, in view", "\t16.\tAlso requests the Secretary-General, in view"),
            ("\t17.\tAlso requests the Secretary-General to undertake", "\t17.\tRequests the Secretary-General to undertake"));

        Assert.Empty(SeedSlips.Diagnostics(slip.After, Rules));
    }

    [Fact]
    public void An_also_form_with_no_plain_form_before_it_is_reported_in_the_preamble()
    {
        Slip slip = SeedSlips.Inject(SeedSlips.Seed("A-HRC-RES-36-29.txt"), ("\nRecognizing that the 2030 Agenda", "\nRecognizing also that the 2030 Agenda"));

        Diagnostic finding = SeedSlips.AssertOnlyNew(slip, "RES204", Rules, line: slip.Line + 1);

        Assert.Contains("'Recognizing' opens preambular paragraph 8, after it", Assert.Single(finding.Related).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Further_with_no_form_before_it_is_reported()
    {
        Slip slip = SeedSlips.Inject(SeedSlips.Seed("A-RES-72-247.txt"), ("1.\tStresses that the right", "1.\tFurther stresses that the right"));

        Diagnostic finding = SeedSlips.AssertOnlyNew(slip, "RES204", Rules);

        Assert.Contains("'Further stresses'", finding.Message, StringComparison.Ordinal);
    }
}
