using System.Text;
using CsCheck;
using Resolint.Core.Checking;
using Resolint.Core.Corpus;
using Resolint.Core.Drafts;
using Resolint.Core.Parsing;
using Resolint.Core.Rules;
using Resolint.Core.Rules.Language;
using Resolint.Core.Rules.OpeningWords;
using Resolint.Core.Rules.Punctuation;
using Resolint.Core.Tests.Parsing;
using Resolint.Core.Text;

namespace Resolint.Core.Tests.Checking;

/// <summary>
/// A check that takes the findings of unchanged passages from the document's earlier versions (<see cref="CheckCache"/>)
/// reports exactly what a check from scratch reports: every finding, its place, message, fix and related places, what
/// the suppressions silenced, and the edits its fixes make together, after any run of edits and applied fixes.
/// </summary>
public sealed class CheckCacheTests
{
    /// <summary>Besides what <see cref="ParseCacheTests.Typed"/> types: the spellings the draft teaches, letters in numbers, a doubled space.</summary>
    private static readonly string[] Typed =
    [
        .. ParseCacheTests.Typed, "programme ", "program ", "labour ", "labor ", "co-operation ", "cooperation ", "l993", "2O11 ", "  ",
    ];

    private static readonly Checker Checker = new(BundledConventions.Model);

    /// <summary>The real adopted texts of ../shared/devset, when the repository stands beside it.</summary>
    private static readonly string[] Devset = DevsetFiles();

    [Fact]
    public void Edited_seeds_are_checked_as_from_scratch()
    {
        Gen.Select(Gen.Int[0, Seeds.Texts.Length - 1], Gen.Bool, Edits).Sample((seed, markdown, edits) =>
            CheckAfterEach(Seeds.Texts[seed], markdown ? DraftForm.Markdown : DraftForm.PlainText, edits), iter: 60);
    }

    [Fact]
    public void Edited_devset_texts_are_checked_as_from_scratch()
    {
        if (Devset.Length == 0)
        {
            // The devset is not shipped with the repository; the seeds' property above still runs.
            return;
        }

        Gen.Select(Gen.Int[0, Devset.Length - 1], Edits).Sample((file, edits) =>
            CheckAfterEach(File.ReadAllText(Devset[file]), Devset[file].EndsWith(".md", StringComparison.Ordinal) ? DraftForm.Markdown : DraftForm.PlainText, edits), iter: 60);
    }

    /// <summary>
    /// The document rules read each paragraph once and the draft whole on every check: an edit in one paragraph changes
    /// what they find in the paragraphs after it, which read as before (an order of openers, a bracket carried on, a
    /// quotation continued), and a check that keeps what it read of those paragraphs finds the same as a check from scratch.
    /// </summary>
    [Theory]
    [InlineData("RES204", "1. *Decides* to act, and requests a report;", "1. *Decides* to act;")]
    [InlineData("RES204", "1. *Requests* a report;", "1. *Decides* to act;")]
    [InlineData("RES204", "1. *Decides* to act, also requests a report;", "1. *Decides* to act, requests a report;")]
    [InlineData("RES604", "1. *Decides* [to act;", "1. *Decides* to act;")]
    [InlineData("RES604", "1. *Decides* “to act;", "1. *Decides* to act;")]
    public void An_edit_changes_what_the_unchanged_paragraphs_after_it_give(string rule, string before, string after)
    {
        var parses = new ParseCache();
        var checks = new CheckCache();
        var found = new List<string>();
        foreach (string first in new[] { before, after, before })
        {
            string text = $"The General Assembly,\n\nRecalling its resolution 66/169,\n\n{first}\n\n3. “*Further requests* a study;\n\n4. *Also requests* a study] and a report.\n";
            var source = SourceText.From(text);
            CheckResult fresh = Checker.Check(DraftParser.Parse(source, DraftForm.Markdown));
            Assert.Equal(Dump(fresh), Dump(Checker.Check(DraftParser.Parse(source, DraftForm.Markdown, parses), checks)));

            int unchanged = text.IndexOf("\n3. ", StringComparison.Ordinal);
            found.Add(string.Join("\n", fresh.Diagnostics.Where(d => d.Id == rule && d.Span.Start > unchanged).Select(d => d.Message)));
        }

        Assert.NotEqual(found[0], found[1]);
        Assert.Equal(found[0], found[2]);
    }

    /// <summary>
    /// RES204 keeps what each paragraph uses inside its text under the words it looked for: an opener repeated elsewhere
    /// ("Also invites") makes it look in the unchanged paragraphs for a word it did not look for before.
    /// </summary>
    [Fact]
    public void A_repeat_typed_elsewhere_is_looked_for_inside_the_unchanged_paragraphs()
    {
        var parses = new ParseCache();
        var checks = new CheckCache();
        foreach (string last in new[] { "*Also requests* a report.", "*Also invites* a report.", "*Also requests* a report." })
        {
            var source = SourceText.From($"The General Assembly,\n\n1. *Decides* to act, and invites a study;\n\n2. *Requests* a report;\n\n3. {last}\n");
            CheckResult fresh = Checker.Check(DraftParser.Parse(source, DraftForm.Markdown));
            Assert.Equal(Dump(fresh), Dump(Checker.Check(DraftParser.Parse(source, DraftForm.Markdown, parses), checks)));
            Assert.DoesNotContain(fresh.Diagnostics, d => d.Id == "RES204");
        }
    }

    [Fact]
    public void A_passage_rule_runs_again_only_on_the_passage_that_changed()
    {
        string text = "The General Assembly,\n\nRecalling its resolution 66/169 of 19 December l993,\n\n1. *Decides* to act in 2O11;\n\n2. *Requests* a report in l994.\n";
        var rule = new CountingRule();
        var checker = new Checker(ConventionModel.Empty, rules: [rule]);
        var cache = new CheckCache();
        var parses = new ParseCache();
        checker.Check(DraftParser.Parse(SourceText.From(text), DraftForm.Markdown, parses), cache);
        int passages = rule.Checked;

        string edited = text.Replace("to act", "to act now", StringComparison.Ordinal);
        CheckResult after = checker.Check(DraftParser.Parse(SourceText.From(edited), DraftForm.Markdown, parses), cache);

        Assert.Equal(passages + 1, rule.Checked);
        Assert.Equal(Dump(checker.Check(DraftParser.Parse(edited, DraftForm.Markdown))), Dump(after));
        Assert.Equal(["l993", "2O11", "l994"], after.Diagnostics.Select(d => edited.Substring(d.Span.Start, d.Span.Length)));
    }

    [Fact]
    public void A_document_rule_keeps_its_findings_on_the_paragraphs_an_edit_left_alone()
    {
        // RES302 reads an operative paragraph's words and its number: the finding on a paragraph before the edit is the
        // last version's, one after it is moved with its message kept, though the two read alike under their own numbers;
        // a paragraph numbered anew is found again.
        string text = "The General Assembly,\n\n1. *Decides* to act.\n\n2. *Requests* a report,\n\n3. *Decides* to act.\n\n4. *Decides* to remain seized of the matter.\n";
        var checker = new Checker(ConventionModel.Empty, rules: [new RES302OperativeSemicolon()]);
        var cache = new CheckCache();
        var parses = new ParseCache();
        var source = SourceText.From(text);
        CheckResult before = checker.Check(DraftParser.Parse(source, DraftForm.Markdown, parses), cache);

        source = source.WithEdit(new TextSpan(text.IndexOf("a report", StringComparison.Ordinal), 0), "x");
        CheckResult typed = checker.Check(DraftParser.Parse(source, DraftForm.Markdown, parses), cache);

        Assert.Equal(Dump(checker.Check(DraftParser.Parse(source.Text, DraftForm.Markdown))), Dump(typed));
        Assert.Equal(3, typed.Diagnostics.Count);
        Assert.Same(before.Diagnostics[0], typed.Diagnostics[0]);
        Assert.NotSame(before.Diagnostics[1].Message, typed.Diagnostics[1].Message);
        Assert.NotEqual(before.Diagnostics[2].Span, typed.Diagnostics[2].Span);
        Assert.Same(before.Diagnostics[2].Message, typed.Diagnostics[2].Message);

        source = source.WithEdit(new TextSpan(source.Text.IndexOf("1.", StringComparison.Ordinal), 1), "5");
        CheckResult renumbered = checker.Check(DraftParser.Parse(source, DraftForm.Markdown, parses), cache);

        Assert.Equal(Dump(checker.Check(DraftParser.Parse(source.Text, DraftForm.Markdown))), Dump(renumbered));
        Assert.StartsWith("Operative paragraph 5 ", renumbered.Diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RES604_keeps_the_findings_of_a_paragraph_that_closes_all_it_opens()
    {
        // A paragraph with nothing open before it that leaves nothing open after it gives its own findings only: they are
        // kept, not found again on each keystroke; a square bracket carried into it since makes it read anew.
        string text = "The General Assembly,\n\n*Recalling* its resolution 66/169,\n\n1. *Decides* to act] now;\n\n2. *Requests* a report;\n\n3. *Decides* to remain seized of the matter.\n";
        var brackets = new Incremental(new RES604UnbalancedBrackets());
        var source = SourceText.From(text);
        CheckResult before = brackets.CheckAsFromScratch(source);

        CheckResult typed = brackets.CheckAsFromScratch(source.WithEdit(new TextSpan(text.IndexOf("a report", StringComparison.Ordinal), 0), "x"));

        Assert.Same(Assert.Single(before.Diagnostics), Assert.Single(typed.Diagnostics));
        Assert.Empty(brackets.CheckAsFromScratch(SourceText.From(text.Replace("its resolution", "[its resolution", StringComparison.Ordinal))).Diagnostics);
    }

    [Fact]
    public void RES604_names_the_passage_of_the_findings_it_keeps()
    {
        // The same words as a paragraph and as a footnote are one passage to the cache; each keeps the findings that name it.
        string text = "The General Assembly,\n\n*Recalling* the report of the Secretary-General) on the matter,\n\n1. *Decides* to act;\n\n¹ *Recalling* the report of the Secretary-General) on the matter,\n";
        var brackets = new Incremental(new RES604UnbalancedBrackets());
        var source = SourceText.From(text);
        brackets.CheckAsFromScratch(source);

        CheckResult typed = brackets.CheckAsFromScratch(source.WithEdit(new TextSpan(text.IndexOf("to act", StringComparison.Ordinal), 0), "x"));

        Assert.Equal(["paragraph", "footnote"], typed.Diagnostics.Select(d => d.Message.Split(' ')[^1].TrimEnd('.')));
    }

    [Fact]
    public void Words_the_parse_reused_under_other_markup_are_checked_again()
    {
        // "*Decides*" and "_Decides_" read alike, and the parse hands on the same words; the source under them differs.
        string text = "The General Assembly,\n\n1. *Decides* to act;\n";
        string edited = text.Replace("*Decides*", "_Decides_", StringComparison.Ordinal);
        var checker = new Checker(ConventionModel.Empty, rules: [new SourceRule()]);
        var cache = new CheckCache();
        var parses = new ParseCache();
        Draft before = DraftParser.Parse(SourceText.From(text), DraftForm.Markdown, parses);
        checker.Check(before, cache);
        Draft after = DraftParser.Parse(SourceText.From(edited), DraftForm.Markdown, parses);

        CheckResult result = checker.Check(after, cache);

        Assert.Same(before.Operative[0].Content.Text, after.Operative[0].Content.Text);
        Assert.Equal(Dump(checker.Check(DraftParser.Parse(edited, DraftForm.Markdown))), Dump(result));
        Assert.Contains(result.Diagnostics, d => d.Message == "Decides_ to act;");
    }

    [Fact]
    public void Words_under_markup_changed_in_a_version_the_check_skipped_are_checked_again()
    {
        // The check takes the source under a passage as the last version's where the edit since left it alone: the edit from
        // the version it last read, not the last keystroke alone, which here falls after the paragraph.
        string text = "The General Assembly,\n\n1. *Decides* to act;\n";
        var checker = new Checker(ConventionModel.Empty, rules: [new SourceRule()]);
        var cache = new CheckCache();
        var parses = new ParseCache();
        checker.Check(DraftParser.Parse(SourceText.From(text), DraftForm.Markdown, parses), cache);
        SourceText skipped = SourceText.From(text.Replace("*Decides*", "_Decides_", StringComparison.Ordinal));
        DraftParser.Parse(skipped, DraftForm.Markdown, parses);
        SourceText typed = skipped.WithEdit(new TextSpan(skipped.Length, 0), "\n");

        CheckResult result = checker.Check(DraftParser.Parse(typed, DraftForm.Markdown, parses), cache);

        Assert.Equal(Dump(checker.Check(DraftParser.Parse(typed.Text, DraftForm.Markdown))), Dump(result));
        Assert.Contains(result.Diagnostics, d => d.Message == "Decides_ to act;");
    }

    [Fact]
    public void Words_the_parse_moved_are_read_again_by_a_check_under_other_conventions()
    {
        // One rule under two checkers sharing a cache: what the first found in the words the parse hands on, moved, is not the second's.
        var rule = new ConventionsRule();
        var empty = new Checker(ConventionModel.Empty, rules: [rule]);
        var learned = new Checker(BundledConventions.Model, rules: [rule]);
        var cache = new CheckCache();
        var parses = new ParseCache();
        string text = "The General Assembly,\n\n1. *Decides* to act;\n\n2. *Requests* a report.\n";
        string edited = text.Replace("to act", "to act now", StringComparison.Ordinal);
        Draft before = DraftParser.Parse(SourceText.From(text), DraftForm.Markdown, parses);
        empty.Check(before, cache);
        Draft after = DraftParser.Parse(SourceText.From(edited), DraftForm.Markdown, parses);

        CheckResult result = learned.Check(after, cache);

        Assert.Same(before.Operative[1].Content.Text, after.Operative[1].Content.Text);
        Assert.Equal(Dump(learned.Check(DraftParser.Parse(edited, DraftForm.Markdown))), Dump(result));
        Assert.Contains(result.Diagnostics, d => d.Message == "learned: Requests a report.");
        Assert.DoesNotContain(result.Diagnostics, d => d.Message.StartsWith("empty", StringComparison.Ordinal));
    }

    [Fact]
    public void Opening_words_kept_of_a_paragraph_are_taken_only_where_the_parser_read_them_alike()
    {
        Draft draft = DraftParser.Parse("The General Assembly,\n\nDeeply concerned by the report,\n\n1. *Decides* to act;\n", DraftForm.Markdown);
        var reading = new DraftReading(draft, new CheckCache().Begin(Checker, draft));
        var paragraph = (PreambularParagraph)draft.Preamble[0];
        OpeningPhrase kept = OpeningPhrase.Of(paragraph, reading)!.Value;
        Assert.Same(kept.Head, OpeningPhrase.Of(paragraph, reading)!.Value.Head);

        // The same words and opener text, the head read elsewhere: the reading is not the kept one's.
        Opener opener = paragraph.Opener with { Head = new TextSpan(0, 6) };
        OpeningPhrase other = OpeningPhrase.Of(paragraph with { Opener = opener }, reading)!.Value;

        Assert.Equal("concerned", kept.Head);
        Assert.Equal("Deeply", other.Head);
    }

    [Fact]
    public void What_RES202_kept_of_opening_words_is_taken_only_where_they_are_read_alike()
    {
        // The same words and opener text, the head read elsewhere: "concerned" is a preambular opener's form, "Deeply" no verb it names.
        Draft draft = DraftParser.Parse("The General Assembly,\n\n1. *Deeply concerned* by the report;\n", DraftForm.Markdown);
        OperativeParagraph paragraph = draft.Operative[0];
        Draft other = draft with { Operative = [paragraph with { Verb = paragraph.Verb with { Head = new TextSpan(0, 6) } }] };
        var checker = new Checker(BundledConventions.Model, rules: [new RES202OperativeVerb()]);
        var cache = new CheckCache();

        CheckResult kept = checker.Check(draft, cache);
        CheckResult result = checker.Check(other, cache);

        Assert.Contains(kept.Diagnostics, d => d.Message.Contains("'concerned'", StringComparison.Ordinal));
        Assert.Equal(Dump(checker.Check(other)), Dump(result));
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void What_a_rule_made_of_unchanged_opening_words_is_kept_with_them_and_made_again_of_changed_ones()
    {
        string text = "The General Assembly,\n\n1. *Decides* to act;\n\n2. *Requests* a report.\n";
        var parses = new ParseCache();
        var cache = new CheckCache();
        var source = SourceText.From(text);
        (object First, object Second) before = Rulings(DraftParser.Parse(source, DraftForm.Markdown, parses), cache);

        // A keystroke in the first paragraph's opening words: the second's, moved, keep what was made of them.
        source = source.WithEdit(new TextSpan(text.IndexOf("Decides", StringComparison.Ordinal) + 1, 0), "e");
        (object First, object Second) typed = Rulings(DraftParser.Parse(source, DraftForm.Markdown, parses), cache);

        Assert.NotSame(before.First, typed.First);
        Assert.Same(before.Second, typed.Second);

        // A check that keeps nothing makes it again.
        Assert.NotSame(typed.Second, Rulings(DraftParser.Parse(source.Text, DraftForm.Markdown), cache: null).Second);

        static (object First, object Second) Rulings(Draft draft, CheckCache? cache)
        {
            CheckCache.Session? session = cache?.Begin(Checker, draft);
            var reading = new DraftReading(draft, session);
            object Ruling(int i) => reading.OperativeOpenings[i]!.Value.Ruling(0, static (_, _) => new object());
            (object, object) rulings = (Ruling(0), Ruling(1));

            // Asked again in the same check, the same.
            Assert.Same(rulings.Item2, Ruling(1));
            session?.Commit();
            return rulings;
        }
    }

    [Fact]
    public void A_passage_keeps_a_summary_of_each_kind_under_its_given_and_replaces_it_when_read_anew()
    {
        Draft draft = DraftParser.Parse("The General Assembly,\n\n1. *Decides* to act;\n", DraftForm.Markdown);
        InlineText words = draft.Operative[0].Content;
        int reads = 0;
        var first = new PassageSummary<string, string>((state, _) => $"{state} {++reads}");
        var second = new PassageSummary<string, string>((state, _) => $"{state} {++reads}");
        var cache = new CheckCache();

        string[] Summaries(params (PassageSummary<string, string> Kind, string Given)[] asked)
        {
            CheckCache.Session session = cache.Begin(Checker, draft);
            var reading = new DraftReading(draft, session);
            string[] read = [.. asked.Select(a => reading.Summarise(a.Kind, words, a.Given, a.Given))];
            session.Commit();
            return read;
        }

        Assert.Equal(["a 1", "b 2"], Summaries((first, "a"), (second, "b")));
        Assert.Equal(["a 1", "b 2"], Summaries((first, "a"), (second, "b")));

        // Another given reads the kind anew, and what it reads replaces the kept one; the other kind keeps its own.
        Assert.Equal(["c 3", "b 2"], Summaries((first, "c"), (second, "b")));
        Assert.Equal(["c 3", "a 4"], Summaries((first, "c"), (first, "a")));
    }

    [Fact]
    public void A_check_fills_again_the_tables_of_a_version_no_check_reads_any_more()
    {
        Draft draft = DraftParser.Parse("The General Assembly,\n\n1. *Decides* to act;\n", DraftForm.Markdown);
        var cache = new CheckCache();
        CheckCache.Session first = cache.Begin(Checker, draft);
        first.Commit();
        cache.Begin(Checker, draft).Commit();

        // The first version is neither the latest nor read by a check begun before: its tables are emptied and filled again.
        Assert.Same(first.Tables, cache.Begin(Checker, draft).Tables);
    }

    [Fact]
    public void The_tables_of_a_version_a_check_still_reads_are_kept_as_they_are()
    {
        Draft draft = DraftParser.Parse("The General Assembly,\n\n1. *Decides* to act;\n", DraftForm.Markdown);
        Draft other = DraftParser.Parse("The General Assembly,\n\n1. *Requests* a report;\n", DraftForm.Markdown);
        InlineText words = draft.Operative[0].Content;
        var cache = new CheckCache();
        CheckCache.Session first = cache.Begin(Checker, draft);
        CheckCache.Passage passage = first.Of(words);
        first.Commit();

        // A check of the first version's successor begins, and later versions are checked before it ends.
        CheckCache.Session reading = cache.Begin(Checker, draft);
        var later = new List<CheckCache.Session>();
        for (int i = 0; i < 3; i++)
        {
            CheckCache.Session session = cache.Begin(Checker, other);
            session.Of(other.Operative[0].Content);
            session.Commit();
            later.Add(session);
        }

        Assert.Same(passage, reading.Of(words));
        Assert.DoesNotContain(later, session => session.Tables == first.Tables);
    }

    [Fact]
    public void A_passage_is_found_again_wherever_an_edit_left_its_words_and_made_anew_where_it_changed_them()
    {
        string[] verbs = ["Decides", "Requests", "Invites", "Urges", "Encourages", "Welcomes", "Notes", "Stresses"];
        string Text(IEnumerable<int> order, int changed = -1) =>
            "The General Assembly,\n" + string.Concat(order.Select((v, i) => $"\n{i + 1}. *{verbs[v]}* {(v == changed ? "all States" : "the parties")} to act in {2000 + v};\n"));
        int[] inOrder = [0, 1, 2, 3, 4, 5, 6, 7];
        var parses = new ParseCache();
        var cache = new CheckCache();
        var source = SourceText.From(Text(inOrder));
        Dictionary<string, CheckCache.Passage> before = Passages(inOrder);

        // A paragraph changed: its neighbours, before and after it, are found again, and it is not.
        source = SourceText.From(Text(inOrder, changed: 3));
        Dictionary<string, CheckCache.Passage> changed = Passages(inOrder);
        Assert.All(verbs.Where(v => v != "Urges"), v => Assert.Same(before[v], changed[v]));
        Assert.NotSame(before["Urges"], changed["Urges"]);

        // Paragraphs moved (and asked for in another order than the last check asked): each is found again, here after
        // walks through the last version's passages and then through tables of them.
        source = SourceText.From(Text(inOrder));
        before = Passages(inOrder);
        int[] moved = [7, 6, 5, 4, 3, 2, 1, 0];
        source = SourceText.From(Text(moved));
        Dictionary<string, CheckCache.Passage> after = Passages(moved);
        Assert.All(verbs, v => Assert.Same(before[v], after[v]));

        // Unchanged, but asked for in another order: found where they stood.
        Dictionary<string, CheckCache.Passage> shuffled = Passages([3, 0, 6, 1, 7, 2, 5, 4]);
        Assert.All(verbs, v => Assert.Same(after[v], shuffled[v]));

        // Each paragraph's passage by its verb, asked for in the given order of paragraphs.
        Dictionary<string, CheckCache.Passage> Passages(int[] asked)
        {
            Draft draft = DraftParser.Parse(source, DraftForm.Markdown, parses);
            CheckCache.Session session = cache.Begin(Checker, draft);
            var passages = asked.Select(i => draft.Operative[i].Content).ToDictionary(words => words.Text.Split(' ')[0], session.Of);
            session.Commit();
            return passages;
        }
    }

    [Fact]
    public void Passages_listed_beforehand_are_found_in_any_order_and_words_not_listed_beside_them()
    {
        Draft draft = DraftParser.Parse(
            "The General Assembly,\n\nRecalling its resolution 66/169,\n\n1. *Decides* to act;[^1]\n\n2. *Requests* a report;\n\n3. *Invites* States to act.\n\n[^1]: A/66/1.\n",
            DraftForm.Markdown);
        var reading = new DraftReading(draft, new CheckCache().Begin(Checker, draft));
        List<InlineText> texts = reading.Texts;
        CheckCache.Passage[] inOrder = [.. texts.Select(reading.PassageOf)];

        // The apparatus stands before the paragraphs and is listed after them: every order finds each passage where it stands.
        Assert.All(Enumerable.Range(0, texts.Count).Reverse(), i => Assert.Same(inOrder[i], reading.PassageOf(texts[i])));
        Assert.All(new[] { 2, 0, 3, 1, texts.Count - 1, 2 }, i => Assert.Same(inOrder[i], reading.PassageOf(texts[i])));

        // Other words where a listed passage begins (the same text, not italic): a passage of their own, found again after others.
        var other = new InlineText(texts[2].Text, [new OffsetRun(0, texts[2].ToSourceOffset(0))], []);
        CheckCache.Passage passage = reading.PassageOf(other);
        Assert.NotSame(inOrder[2], passage);
        Assert.Same(inOrder[2], reading.PassageOf(texts[2]));
        Assert.Same(inOrder[0], reading.PassageOf(texts[0]));
        Assert.Same(passage, reading.PassageOf(other));
        Assert.Equal(texts[2].Text, other.Text);
    }

    [Fact]
    public void The_rules_say_how_far_they_read()
    {
        Assert.Equal(RuleScope.Passage, RuleCatalogue.All.Single(r => r.Descriptor.Id == "RES602").Scope);
        Assert.Equal(RuleScope.Document, RuleCatalogue.All.Single(r => r.Descriptor.Id == "RES601").Scope);
        Assert.All(RuleCatalogue.All, rule => Assert.Equal(rule is PassageRule, rule.Scope == RuleScope.Passage));
    }

    /// <summary>Where to edit, how many characters to delete, and what to type (-1: nothing; -2: apply the fix of a finding instead).</summary>
    private static readonly Gen<(int Position, int Delete, int Typed)[]> Edits =
        Gen.Select(Gen.Int[0, int.MaxValue], Gen.Int[0, 3], Gen.Int[-2, Typed.Length - 1]).Array[1, 12];

    private static void CheckAfterEach(string text, DraftForm form, (int Position, int Delete, int Typed)[] edits)
    {
        var parses = new ParseCache();
        var checks = new CheckCache();
        var source = SourceText.From(text);
        CheckResult last = Checker.Check(DraftParser.Parse(source, form, parses), checks);
        foreach ((int position, int delete, int typed) in edits)
        {
            if (typed == -2 && last.Diagnostics.Where(d => d.Fix is not null).ToList() is { Count: > 0 } fixable)
            {
                source = SourceText.From(SourceText.ApplyEdits(source.Text, fixable[position % fixable.Count].Fix!.Edits));
            }
            else
            {
                // Typed as the server takes a keystroke, which tells the parse the edit.
                int at = position % (source.Length + 1);
                source = source.WithEdit(new TextSpan(at, Math.Min(delete, source.Length - at)), typed < 0 ? string.Empty : Typed[typed]);
            }

            CheckResult fresh = Checker.Check(DraftParser.Parse(SourceText.From(source.Text), form));
            last = Checker.Check(DraftParser.Parse(source, form, parses), checks);
            Assert.Equal(Dump(fresh), Dump(last));
        }
    }

    /// <summary>One rule checking the versions of a Markdown draft as the server does, each keeping what the last one's check read.</summary>
    private sealed class Incremental(Rule rule)
    {
        private readonly Checker _checker = new(ConventionModel.Empty, rules: [rule]);
        private readonly ParseCache _parses = new();
        private readonly CheckCache _checks = new();

        /// <summary>The check of the next version, which must report what a check from scratch reports.</summary>
        public CheckResult CheckAsFromScratch(SourceText source)
        {
            CheckResult result = _checker.Check(DraftParser.Parse(source, DraftForm.Markdown, _parses), _checks);
            Assert.Equal(Dump(_checker.Check(DraftParser.Parse(source.Text, DraftForm.Markdown))), Dump(result));
            return result;
        }
    }

    /// <summary>Everything a check reports, and the edits its fixes make together.</summary>
    private static string Dump(CheckResult result)
    {
        var text = new StringBuilder();
        foreach ((string part, IReadOnlyList<Diagnostic> findings) in new[] { ("reported", result.Diagnostics), ("suppressed", result.Suppressed), ("unused", result.UnusedSuppressions) })
        {
            text.Append(part).Append('\n');
            foreach (Diagnostic d in findings)
            {
                text.Append($"{d.Id} {d.Severity} {d.Span} {d.Tags} {d.Message}");
                if (d.Fix is { } fix)
                {
                    text.Append($" fix '{fix.Title}'").AppendJoin(string.Empty, fix.Edits.Select(e => $" {e.Span}→'{e.NewText}'"));
                }

                text.AppendJoin(string.Empty, d.Related.Select(r => $" related {r.Span} {r.Message}")).Append('\n');
            }
        }

        text.Append("fixes").AppendJoin(string.Empty, FixApplier.Collect(result.Diagnostics).Select(e => $" {e.Span}→'{e.NewText}'"));
        return text.ToString();
    }

    private static string[] DevsetFiles()
    {
        string devset = Path.Combine(Rules.RuleFixtureTests.RepositoryRoot(), "..", "shared", "devset");
        return [.. new[] { "texts", "texts_md" }
            .Select(folder => Path.Combine(devset, folder))
            .Where(Directory.Exists)
            .SelectMany(Directory.EnumerateFiles)
            .Order(StringComparer.Ordinal)];
    }

    /// <summary>Reports every l or O glued to a digit, and counts the passages it was asked to read.</summary>
    private sealed class CountingRule : PassageRule
    {
        public override RuleDescriptor Descriptor { get; } = new("TEST1", "Counts passages", Severity.Warning, RuleCategory.Language, "Reports letters in numbers.");

        public int Checked { get; private set; }

        public override void CheckPassage(RuleContext context, InlineText words)
        {
            Checked++;
            foreach (string token in words.Text.Split(' ', ',', ';', '.'))
            {
                if (token.Length > 1 && token.Any(char.IsAsciiDigit) && token.Any(c => c is 'l' or 'O'))
                {
                    int at = words.Text.IndexOf(token, StringComparison.Ordinal);
                    context.Report(words.ToSource(new TextSpan(at, token.Length)), $"\"{token}\" has a letter among its digits.");
                }
            }
        }
    }

    /// <summary>Reports each passage's words with whether the checker's conventions are empty.</summary>
    private sealed class ConventionsRule : PassageRule
    {
        public override RuleDescriptor Descriptor { get; } = new("TEST3", "Names the conventions", Severity.Warning, RuleCategory.Language, "Reports the conventions every passage was read under.");

        public override void CheckPassage(RuleContext context, InlineText words) =>
            context.Report(words.ToSource(new TextSpan(0, words.Length)), (context.Conventions == ConventionModel.Empty ? "empty: " : "learned: ") + words.Text);
    }

    /// <summary>Reports the source under each passage's words, markup and all.</summary>
    private sealed class SourceRule : PassageRule
    {
        public override RuleDescriptor Descriptor { get; } = new("TEST2", "Quotes the source", Severity.Warning, RuleCategory.Language, "Reports the source of every passage.");

        public override void CheckPassage(RuleContext context, InlineText words)
        {
            TextSpan extent = words.ToSource(new TextSpan(0, words.Length));
            context.Report(extent, context.Text.Slice(extent));
        }
    }
}
