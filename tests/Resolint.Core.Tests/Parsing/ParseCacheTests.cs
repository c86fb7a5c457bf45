using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text;
using CsCheck;
using Resolint.Core.Drafts;
using Resolint.Core.Parsing;
using Resolint.Core.Parsing.Roles;
using Resolint.Core.Text;

namespace Resolint.Core.Tests.Parsing;

/// <summary>
/// A parse that reuses the earlier versions' paragraphs (<see cref="ParseCache"/>) gives exactly the model a
/// parse from scratch gives: every element, span, word, source offset and italic run, after any run of edits.
/// </summary>
public sealed class ParseCacheTests
{
    private static readonly string[] SeedTexts = Seeds.Texts;

    /// <summary>What a drafter types or deletes, including what changes a paragraph's kind or a marker's number.</summary>
    internal static readonly string[] Typed =
    [
        "x", " ", "\n", "\n\n", "1", "²", "¹⁰", ",", ";", ".", "*", "_", "[^1]", "[^2]: Ibid.", "(a) ", "\t2.\t", "3. ",
        "resolution 66/169 of 19 December 2011", "A/HRC/23/27", "Official Records of the General Assembly, Sixty-eighth Session, Supplement No. 53 (A/68/53)",
        "paragraph 3 above", "20121", "Recalling ", "*Decides* ", "# ", "<!-- resolint-disable RES601 -->",
    ];

    [Fact]
    public void Edited_seeds_parse_as_from_scratch()
    {
        Gen<(int Position, int Delete, int Typed)> edit = Gen.Select(Gen.Int[0, int.MaxValue], Gen.Int[0, 3], Gen.Int[-1, Typed.Length - 1]);
        Gen.Select(Gen.Int[0, SeedTexts.Length - 1], Gen.Bool, edit.Array[1, 12]).Sample((seed, markdown, edits) =>
        {
            DraftForm form = markdown ? DraftForm.Markdown : DraftForm.PlainText;
            var cache = new ParseCache();
            string text = SeedTexts[seed];
            DraftParser.Parse(SourceText.From(text), form, cache);
            foreach ((int position, int delete, int typed) in edits)
            {
                int at = position % (text.Length + 1);
                text = text.Remove(at, Math.Min(delete, text.Length - at)).Insert(at, typed < 0 ? string.Empty : Typed[typed]);
                var source = SourceText.From(text);
                Assert.Equal(Dump(DraftParser.Parse(source, form)), Dump(DraftParser.Parse(source, form, cache)));
            }
        }, iter: 60);
    }

    /// <summary>
    /// Found by <see cref="Edited_seeds_parse_as_from_scratch"/> (CsCheck seed 000hPqhPOFl4): in a seed's print remains, "25 January
    /// 2018" under a running header becomes "25", a page number, which a fresh read gives to the paragraph above with the
    /// other noise after it; the line began a fresh start of Markdig's, so the edit must be read again from the start before.
    /// </summary>
    [Fact]
    public void A_line_an_edit_makes_noise_joins_the_block_above_as_from_scratch()
    {
        string text = SeedTexts[3];
        int header = text.IndexOf("General AssemblyDistr.: General\n25 January 2018", StringComparison.Ordinal);
        Assert.True(header > 0);
        var cache = new ParseCache();
        DraftParser.Parse(SourceText.From(text), DraftForm.Markdown, cache);
        int date = text.IndexOf('\n', header) + 1;
        var edited = SourceText.From(text.Remove(date + 2, 3).Insert(date + 2, "\n"));
        Assert.Equal(Dump(DraftParser.Parse(edited, DraftForm.Markdown)), Dump(DraftParser.Parse(edited, DraftForm.Markdown, cache)));
    }

    /// <summary>Besides <see cref="Typed"/>: what opens or closes Markdown's blocks (fences, HTML, lists, quotes, footnotes), splits or joins paragraphs.</summary>
    private static readonly string[] TypedMarkdown =
    [
        .. Typed, "```", "\n```\n", "~~~\n", "<!--", "-->", "<div>\n", "\n\n1. ", "\n\n- ", "    ", "   ", "> ", "\n\n[^3]: See A/1.\n\n", "[^3]",
        "[x]: http://un.org\n", "[x]", "\\", "`", "\n\n\n", "\r\n", "\n# 1. Decides\n", "5.\n\n",
    ];

    /// <summary>
    /// Random edits one after another on <paramref name="texts"/>, made as the server makes them (<see cref="SourceText.WithEdit"/>,
    /// so that the parse is told the edit instead of comparing the texts): every version parses with the cache as from scratch.
    /// </summary>
    private static void EditsParseAsFromScratch(string[] texts, DraftForm form, string[] typedTexts)
    {
        // Edits one after another near the last (a drafter types, deletes, splits and joins paragraphs), sometimes anywhere.
        Gen<(int Position, bool Near, int Delete, int Typed)> edit = Gen.Select(Gen.Int[0, int.MaxValue], Gen.Bool, Gen.Int[0, 3], Gen.Int[-1, typedTexts.Length - 1]);
        Gen.Select(Gen.Int[0, texts.Length - 1], edit.Array[1, 16]).Sample((file, edits) =>
        {
            var cache = new ParseCache();
            var source = SourceText.From(texts[file]);
            DraftParser.Parse(source, form, cache);
            int at = 0;
            foreach ((int position, bool near, int delete, int typed) in edits)
            {
                at = near ? Math.Min(source.Length, at + (position % 7)) : position % (source.Length + 1);
                source = source.WithEdit(new TextSpan(at, Math.Min(delete, source.Length - at)), typed < 0 ? string.Empty : typedTexts[typed]);
                Assert.Equal(Dump(DraftParser.Parse(SourceText.From(source.Text), form)), Dump(DraftParser.Parse(source, form, cache)));
            }
        }, iter: 150);
    }

    /// <summary>The Markdown texts of ../shared/devset, when the repository stands beside it.</summary>
    private static readonly string[] DevsetMarkdown = DevsetFiles("texts_md", "*.md");

    [Fact]
    public void Edited_markdown_parses_as_from_scratch_with_markdig_reading_only_the_stretch_edited()
    {
        string[] texts = [.. SeedTexts, .. DevsetMarkdown.Select(File.ReadAllText)];

        EditsParseAsFromScratch(texts, DraftForm.Markdown, TypedMarkdown);
    }

    /// <summary>Markdig in Markdown, the plain-text reader in plain text: a keystroke in a paragraph has that paragraph alone read again.</summary>
    [Theory]
    [InlineData(DraftForm.Markdown)]
    [InlineData(DraftForm.PlainText)]
    public void A_keystroke_in_a_paragraph_has_that_paragraph_alone_read_again(DraftForm form)
    {
        string text = Seeds.Text("A-RES-74-156.txt");
        var cache = new ParseCache();
        DraftParser.Parse(SourceText.From(text), form, cache);
        Assert.Equal(text.Length, ReadAgain(cache, form).Length);

        string edited = text.Insert(text.IndexOf("\n14.", StringComparison.Ordinal) + 30, "x");
        Draft after = DraftParser.Parse(SourceText.From(edited), form, cache);

        TextSpan paragraph = after.Operative.Single(p => p.Number == 14).Span;
        TextSpan read = ReadAgain(cache, form);
        Assert.True(read.Start <= paragraph.Start && read.End >= paragraph.End && read.Length < paragraph.Length + 8, $"read {read} for the paragraph at {paragraph}");
        Assert.Equal(Dump(DraftParser.Parse(edited, form)), Dump(after));
    }

    [Fact]
    public void A_keystroke_searches_the_text_around_the_edit_not_the_whole_text_for_footnote_definitions_and_page_breaks()
    {
        // Markdown with a definition and a marker, and without: neither keystroke's parse searches the whole text again.
        foreach ((string text, string paragraph) in (IEnumerable<(string, string)>)[(Seeds.Text("A-RES-74-156.txt"), "*Reaffirms*"), ("1. *Decides* to act;[^1]\n\n2. *Requests* a report;\n\n[^1]: See A/1.\n", "*Requests*")])
        {
            var cache = new ParseCache();
            var source = SourceText.From(text);
            DraftParser.Parse(source, DraftForm.Markdown, cache);
            Assert.True(source.WholeTextSearches > 0);

            SourceText edited = source.WithEdit(new TextSpan(text.IndexOf(paragraph, StringComparison.Ordinal) + paragraph.Length + 3, 0), "x");
            Draft after = DraftParser.Parse(edited, DraftForm.Markdown, cache);
            Assert.Equal(0, edited.WholeTextSearches);
            Assert.Equal(Dump(DraftParser.Parse(edited.Text, DraftForm.Markdown)), Dump(after));
        }
    }

    /// <summary>What the last parse with <paramref name="cache"/> read again of the text, by the reader of <paramref name="form"/>.</summary>
    private static TextSpan ReadAgain(ParseCache cache, DraftForm form) =>
        form == DraftForm.Markdown ? cache.Reading!.ReadAgain : cache.PlainReading!.ReadAgain;

    /// <summary>Besides <see cref="Typed"/>: what starts or ends plain text's blocks (blank lines, page breaks, numbers alone on their line, footnote texts).</summary>
    private static readonly string[] TypedPlain =
    [
        .. Typed, "\n\n\n", "\r\n", "\r", "\n5.\n", "5.", "\n\n12.\t", "\n4/5\n", "\n17-23331 (E)\n", "\nA/RES/74/156\n", "\n1 See A/1.\n",
        "\n¹ A/HRC/34/24.\n", "\f", "   ", "\t",
    ];

    /// <summary>Some of the plain texts of ../shared/devset, when the repository stands beside it.</summary>
    private static readonly string[] DevsetPlain = DevsetFiles("texts", "*.txt");

    [Fact]
    public void Edited_plain_text_parses_as_from_scratch_with_only_the_lines_edited_read_again()
    {
        string[] texts = [.. SeedTexts, .. DevsetPlain.Where((_, i) => i % DevsetPlainStride == 0).Select(File.ReadAllText)];

        EditsParseAsFromScratch(texts, DraftForm.PlainText, TypedPlain);
    }

    /// <summary>One devset plain text in this many joins the seeds in <see cref="Edited_plain_text_parses_as_from_scratch_with_only_the_lines_edited_read_again"/>.</summary>
    private const int DevsetPlainStride = 8;

    [Theory]
    [InlineData("", "a line the edit leaves blank before the next paragraph")]
    [InlineData("4/5", "a page number the edit makes before the next paragraph")]
    [InlineData("3.", "a number alone that takes in the next paragraph's words")]
    public void Lines_past_an_edit_are_read_again_while_it_changes_what_they_read(string typed, string why)
    {
        string text = "The General Assembly,\n\n1.\tDecides to act;\nX\nRequests a report.\n\n2.\tInvites States.\n";
        var cache = new ParseCache();
        DraftParser.Parse(SourceText.From(text), DraftForm.PlainText, cache);
        string edited = text.Replace("\nX\n", "\n" + typed + "\n", StringComparison.Ordinal);

        Draft after = DraftParser.Parse(SourceText.From(edited), DraftForm.PlainText, cache);

        Assert.True(cache.PlainReading!.ReadAgain.End > edited.IndexOf("Requests", StringComparison.Ordinal), why);
        Assert.Equal(Dump(DraftParser.Parse(edited, DraftForm.PlainText)), Dump(after));
    }

    [Fact]
    public void A_number_alone_takes_in_the_words_an_edit_makes_of_a_numbered_item_lines_below()
    {
        string text = "The General Assembly,\n\n1.\tDecides to act;\n\n3.\n\n\n4.\tRequests a report.\n";
        var cache = new ParseCache();
        DraftParser.Parse(SourceText.From(text), DraftForm.PlainText, cache);
        string edited = text.Replace("4.\t", string.Empty, StringComparison.Ordinal);

        Draft after = DraftParser.Parse(SourceText.From(edited), DraftForm.PlainText, cache);

        Assert.Equal(Dump(DraftParser.Parse(edited, DraftForm.PlainText)), Dump(after));
    }

    [Fact]
    public void A_fence_opened_by_an_edit_has_the_rest_of_the_text_read_again()
    {
        string text = "The General Assembly,\n\n*Recalling* its resolution 66/169,\n\n1. *Decides* to act;\n\n2. *Requests* a report.\n";
        var cache = new ParseCache();
        DraftParser.Parse(SourceText.From(text), DraftForm.Markdown, cache);
        string edited = text.Insert(text.IndexOf("1. ", StringComparison.Ordinal), "```\n");

        Draft after = DraftParser.Parse(SourceText.From(edited), DraftForm.Markdown, cache);

        Assert.Equal(edited.Length, cache.Reading!.ReadAgain.End);
        Assert.Equal(Dump(DraftParser.Parse(edited, DraftForm.Markdown)), Dump(after));
    }

    [Fact]
    public void Words_markdig_places_in_a_string_of_its_own_are_read_as_the_whole_text_reads_them()
    {
        // Markdig reads a heading whose "#" a tab follows into a string of its own, counting places from its start.
        string text = "The General Assembly,\n\n#\t2. Decides\n\n*Recalling* its resolution 66/169,\n\n1. *Decides* to act;\n";
        var cache = new ParseCache();
        DraftParser.Parse(SourceText.From(text), DraftForm.Markdown, cache);
        foreach (string edited in new[] { "Draft\n\n" + text, "Draft\n\n" + text.Replace("to act", "to act now", StringComparison.Ordinal) })
        {
            Assert.Equal(Dump(DraftParser.Parse(edited, DraftForm.Markdown)), Dump(DraftParser.Parse(SourceText.From(edited), DraftForm.Markdown, cache)));
        }
    }

    [Fact]
    public void A_paragraph_moved_by_an_edit_before_it_is_reused_where_it_now_stands()
    {
        string text = "The General Assembly,\n\nRecalling its resolution 66/169 of 19 December 2011,¹\n\n1. *Decides* to act;\n\n¹ A/HRC/23/27.\n";
        var cache = new ParseCache();
        Draft before = DraftParser.Parse(SourceText.From(text), DraftForm.Markdown, cache);
        Draft after = DraftParser.Parse(SourceText.From("Draft\n\n" + text), DraftForm.Markdown, cache);

        Assert.Same(before.Preamble[0].Content.Text, after.Preamble[0].Content.Text);
        Assert.Equal(before.Preamble[0].Content.ToSourceOffset(0) + 7, after.Preamble[0].Content.ToSourceOffset(0));
        Assert.Equal(before.Citations.Select(c => c.Span.Shifted(7)), after.Citations.Select(c => c.Span));
        Assert.Equal(Dump(DraftParser.Parse("Draft\n\n" + text, DraftForm.Markdown)), Dump(after));
    }

    [Fact]
    public void A_footnote_with_a_leaf_markdig_places_nowhere_parses_as_from_scratch_when_moved()
    {
        // The footnote takes in a leaf without words that Markdig places nowhere in the source: the footnote text must
        // not hold a character for it, which a reused block would move to where no character stands (the random edits
        // below found it with seed dsSf2N3nZ-02).
        string text = "The General Assembly,\n\n*Recalling* the recommendations,[^3]\n\n1. *Expresses its grave concern* that development"
            + " and hinder;\n\n2. *Acknowledges* the need;\n\n[^3]: See A/1.\n  1. Decides\n\n3 April 2024\n\n[Adopted by a recorded vote of"
            + " 32 to 14, with 1 abstention.]\n";
        var cache = new ParseCache();
        SourceText source = SourceText.From(text);
        DraftParser.Parse(source, DraftForm.Markdown, cache);

        // Three characters typed over with one: the footnote below moves back by two.
        source = source.WithEdit(new TextSpan(text.IndexOf("development", StringComparison.Ordinal), 3), "_");

        Assert.Equal(Dump(DraftParser.Parse(source.Text, DraftForm.Markdown)), Dump(DraftParser.Parse(source, DraftForm.Markdown, cache)));
    }

    [Fact]
    public void Paragraphs_markdig_reads_again_with_the_whole_text_are_found_as_read_before()
    {
        // A keystroke beside a footnote reference has Markdig read the whole text again: every block is new, and the
        // paragraphs the keystroke did not touch are still found by what they read, not read again.
        string text = "The General Assembly,\n\n*Recalling* its resolution 66/169 of 19 December 2011,\n\n1. *Decides* to act;[^1]\n\n[^1]: A/HRC/23/27.\n";
        var cache = new ParseCache();
        Draft before = DraftParser.Parse(SourceText.From(text), DraftForm.Markdown, cache);
        string edited = text.Replace("to act", "to act now", StringComparison.Ordinal);

        Draft after = DraftParser.Parse(SourceText.From(edited), DraftForm.Markdown, cache);

        Assert.Equal(edited.Length, cache.Reading!.ReadAgain.End);
        Assert.Same(before.Preamble[0].Content.Text, after.Preamble[0].Content.Text);
        Assert.Equal(Dump(DraftParser.Parse(edited, DraftForm.Markdown)), Dump(after));
    }

    /// <summary>
    /// A draft whose paragraphs read alike (the same words, the same superscript markers): the cache, which finds a lent
    /// paragraph by the text it was lent from, must not give one the words, citations or markers of another.
    /// </summary>
    private static string AlikeParagraphs(int count)
    {
        var text = new StringBuilder("The General Assembly,\n\n*Recalling* its resolution 66/169 of 19 December 2011,¹\n\n");
        for (int i = 1; i <= count; i++)
        {
            text.Append(i).Append(". *Requests* the Secretary-General to report on resolution 66/169,² as in A/HRC/23/27;³\n\n");
        }

        return text.Append("¹ A/HRC/23/27.\n\n² A/68/53.\n\n³ Ibid.\n").ToString();
    }

    [Fact]
    public void Edits_among_alike_paragraphs_parse_as_from_scratch()
    {
        // Typing into one of them, deleting a marker or a number, adding a paragraph (the rest renumbered or not), and undoing.
        string[] typed = ["x", "¹", "²", "⁴", ",", "\n\n", "\n\n1. *Decides* to act;\n\n", "5. ", "[^1]"];
        Gen<(int Paragraph, int Column, int Delete, int Typed)> edit = Gen.Select(Gen.Int[0, 7], Gen.Int[0, 90], Gen.Int[0, 2], Gen.Int[-1, typed.Length - 1]);
        Gen.Select(Gen.Bool, edit.Array[1, 12]).Sample((markdown, edits) =>
        {
            DraftForm form = markdown ? DraftForm.Markdown : DraftForm.PlainText;
            var cache = new ParseCache();
            string text = AlikeParagraphs(6);
            DraftParser.Parse(SourceText.From(text), form, cache);
            foreach ((int paragraph, int column, int delete, int what) in edits)
            {
                int start = paragraph == 0 ? 0 : text.IndexOf($"\n{paragraph}. ", StringComparison.Ordinal) + 1;
                int at = Math.Min(text.Length, Math.Max(0, start) + column);
                text = text.Remove(at, Math.Min(delete, text.Length - at)).Insert(at, what < 0 ? string.Empty : typed[what]);
                var source = SourceText.From(text);
                Assert.Equal(Dump(DraftParser.Parse(source, form)), Dump(DraftParser.Parse(source, form, cache)));
            }
        }, iter: 80);
    }

    [Fact]
    public void Renumbered_alike_paragraphs_parse_as_from_scratch()
    {
        string text = AlikeParagraphs(5);
        var cache = new ParseCache();
        DraftParser.Parse(SourceText.From(text), DraftForm.Markdown, cache);

        // A paragraph put in before the third, then each after it renumbered one at a time, as a drafter does; then a footnote taken away.
        text = text.Insert(text.IndexOf("\n3. ", StringComparison.Ordinal) + 1, "3. *Decides* to remain seized of the matter;²\n\n");
        var versions = new List<string> { text };
        for (int number = 5; number >= 3; number--)
        {
            int at = text.LastIndexOf($"\n{number}. ", StringComparison.Ordinal) + 1;
            text = text.Remove(at, number.ToString(CultureInfo.InvariantCulture).Length).Insert(at, (number + 1).ToString(CultureInfo.InvariantCulture));
            versions.Add(text);
        }

        versions.Add(text.Replace("\n\n² A/68/53.", string.Empty, StringComparison.Ordinal));
        foreach (string version in versions)
        {
            Assert.Equal(Dump(DraftParser.Parse(version, DraftForm.Markdown)), Dump(DraftParser.Parse(SourceText.From(version), DraftForm.Markdown, cache)));
        }
    }

    [Fact]
    public void A_paragraph_whose_markers_a_footnote_text_makes_or_unmakes_parses_as_from_scratch()
    {
        // "2011,2" holds a marker only while a footnote text numbered 2 stands: the paragraph reads as before, its markers do not.
        string text = "The General Assembly,\n\nRecalling its resolution 66/169 of 19 December 2011,1\n\nNoting the report of 5 July 2012,2\n\n1. Requests a report;\n\n1 A/HRC/23/27.\n\n2 A/68/53.\n";
        string without = text.Replace("\n\n2 A/68/53.", string.Empty, StringComparison.Ordinal);
        foreach (DraftForm form in new[] { DraftForm.Markdown, DraftForm.PlainText })
        {
            var cache = new ParseCache();
            foreach (string version in new[] { text, without, text, without + "\n", text })
            {
                Draft fresh = DraftParser.Parse(version, form);
                Assert.Equal(Dump(fresh), Dump(DraftParser.Parse(SourceText.From(version), form, cache)));
            }

            Assert.NotEqual(DraftParser.Parse(text, form).FootnoteReferences.Count, DraftParser.Parse(without, form).FootnoteReferences.Count);
        }
    }

    [Fact]
    public void A_text_lent_unchanged_reads_as_the_one_it_was_lent_from_until_it_changes()
    {
        var read = new RawText();
        read.AppendSource("Decides to act;", 0, 15, italic: false);

        RawText lent = read.Lent(7);
        RawText again = lent.Lent(3);

        Assert.Same(read, lent.ReadsAs);
        Assert.Same(read, again.ReadsAs);
        Assert.Equal(17, again.OffsetAt(7));
        Assert.Equal(new ParseCache.Key(lent, 0), new ParseCache.Key(again, 0));
        Assert.Equal(new ParseCache.Key(read, 0), new ParseCache.Key(lent, 0));

        // The same words read afresh (Markdig reading the whole text again) are found as the lent ones, by what they read.
        var readAgain = new RawText();
        readAgain.AppendSource(new string(' ', 40) + "Decides to act;", 40, 55, italic: false);
        Assert.Equal(new ParseCache.Key(again, 0), new ParseCache.Key(readAgain, 0));

        lent.Append(' ', 22, false);
        Assert.NotEqual(new ParseCache.Key(again, 0), new ParseCache.Key(lent, 0));
        Assert.Null(lent.ReadsAs);
        Assert.Equal(7, lent.OffsetAt(0));
        Assert.Equal(0, read.OffsetAt(0));
    }

    [Fact]
    public void A_text_lent_unchanged_is_known_by_its_key_without_making_one()
    {
        var read = new RawText();
        read.AppendSource("Requests a report,² as in A/HRC/23/27;³", 0, 39, italic: false);
        var key = new ParseCache.Key(read.Lent(4), 0);

        RawText moved = read.Lent(9);
        Assert.True(key.IsKeyOf(moved, 0, moved.BaseOffset(0)));
        Assert.Equal(key, new ParseCache.Key(moved, 0));
        Assert.False(key.IsKeyOf(moved, 0, moved.BaseOffset(0) + 1));
        Assert.False(key.IsKeyOf(moved, 2, moved.BaseOffset(2)));

        // Markers found since (they take characters out of the words), the same characters read afresh, a text that changed.
        RawText marked = read.Lent(9);
        marked.AddMarker(new RawMarker(18, 1, 2, MarkerForm.Superscript));
        Assert.False(key.IsKeyOf(marked, 0, marked.BaseOffset(0)));
        var readAgain = new RawText();
        readAgain.AppendSource("Requests a report,² as in A/HRC/23/27;³", 0, 39, italic: false);
        Assert.False(key.IsKeyOf(readAgain, 0, 0));
        RawText continued = read.Lent(9);
        continued.Append(' ', 48, false);
        Assert.False(key.IsKeyOf(continued, 0, continued.BaseOffset(0)));
    }

    [Fact]
    public void A_paragraph_lent_unchanged_is_found_on_the_block_it_was_lent_from()
    {
        // Keystrokes in the title move the paragraph after it; its words are read before its footnote marker is
        // resolved and after, under two keys: both are found where the keystroke before kept them, nothing is found anew.
        string text = "# Title\n\nThe General Assembly,\n\nRecalling its resolution 66/169 of 19 December 2011,¹\n\n1. *Decides* to act;\n\n¹ A/HRC/23/27.\n";
        var cache = new ParseCache();
        DraftParser.Parse(SourceText.From(text), DraftForm.Markdown, cache);
        RawText lender = cache.Reading!.Lend().Single(block => block.Text.ToString().StartsWith("Recalling", StringComparison.Ordinal)).Text.ReadsAs!;
        text = text.Insert(7, "x");
        DraftParser.Parse(SourceText.From(text), DraftForm.Markdown, cache);
        ParseCache.Found kept = lender.FoundFrom(0)!;

        text = text.Insert(7, "x");
        Draft after = DraftParser.Parse(SourceText.From(text), DraftForm.Markdown, cache);

        Assert.Same(kept, lender.FoundFrom(0));
        Assert.NotNull(kept.Other);
        Assert.Same(kept.Entry.Words.Text, after.Preamble[0].Content.Text);
        Assert.Equal(Dump(DraftParser.Parse(text, DraftForm.Markdown)), Dump(after));
    }

    [Fact]
    public void A_paragraph_moved_by_an_edit_before_it_keeps_its_opening_words_and_ending_moved_with_it()
    {
        // Keystrokes in the title move the paragraphs after it: their opening words are not read again, and they and the
        // endings stand where a fresh parse puts them; an edit in a paragraph has its own read again.
        string text = "# Title\n\nThe General Assembly,\n\n*Recalling* its resolution 66/169 of 19 December 2011,\n\n1. *Decides* to act;\n\n2. *Requests* a report\n";
        var cache = new ParseCache();
        DraftParser.Parse(SourceText.From(text), DraftForm.Markdown, cache);
        RawText lender = cache.Reading!.Lend().Single(block => block.Text.ToString().StartsWith("Recalling", StringComparison.Ordinal)).Text.ReadsAs!;
        ParseCache.OpenerEntry? read = lender.FoundFrom(0)!.Entry.Opener;
        Assert.NotNull(read);
        foreach (string typed in (string[])["x", "xy", "\n\nA"])
        {
            text = text.Insert(7, typed);
            Draft after = DraftParser.Parse(SourceText.From(text), DraftForm.Markdown, cache);
            Assert.Same(read, lender.FoundFrom(0)!.Entry.Opener);
            Assert.Equal(Dump(DraftParser.Parse(text, DraftForm.Markdown)), Dump(after));
        }

        text = text.Replace("*Recalling* its", "*Recalling also* its", StringComparison.Ordinal).Replace("to act;", "to act", StringComparison.Ordinal);
        Draft changed = DraftParser.Parse(SourceText.From(text), DraftForm.Markdown, cache);
        Assert.Equal("Recalling also", changed.Preamble[0].Opener.Text);
        Assert.Null(changed.Operative[0].Ending.Mark);
        Assert.Equal(Dump(DraftParser.Parse(text, DraftForm.Markdown)), Dump(changed));
    }

    [Fact]
    public void The_ends_of_the_words_of_texts_lent_from_one_are_read_once_while_the_words_are_the_same()
    {
        var read = new RawText();
        read.AppendSource("Requests a report, 43", 0, 21, italic: false);
        string words = read.ToString();
        Assert.Equal(',', PunctuationOf.LastMark(read.Lent(2), words));
        RawText.WordsEnds? kept = read.Ends;
        Assert.NotNull(kept);

        Assert.Equal(43, PunctuationOf.LostMarkerAtEnd(read.Lent(5), words));
        Assert.Equal(',', PunctuationOf.LastMark(read.Lent(5), words));
        Assert.Same(kept, read.Ends);

        // Other words (its markers taken out otherwise): read again.
        Assert.Equal(':', PunctuationOf.LastMark(read.Lent(5), "Requests a report:"));
        Assert.Null(PunctuationOf.LostMarkerAtEnd(read.Lent(5), "Requests a report:"));
        Assert.Equal(43, PunctuationOf.LostMarkerAtEnd(read.Lent(5), words));
    }

    [Fact]
    public void Paragraphs_lent_unchanged_are_read_again_in_the_voice_of_another_organ()
    {
        // The organ's name is taken from the last version when it reads the same: another organ's has every paragraph read again.
        string text = "The General Assembly,\n\nRecalling its resolution 66/169 of 19 December 2011,\n\n1. *Decides* to recall resolution 5/1;\n";
        var cache = new ParseCache();
        DraftParser.Parse(SourceText.From(text), DraftForm.Markdown, cache);
        foreach (string organ in (string[])["General Assembly", "Security Council", "Human Rights Council", "Human Rights Council"])
        {
            text = "The " + organ + text[text.IndexOf(',', StringComparison.Ordinal)..];
            Draft after = DraftParser.Parse(SourceText.From(text), DraftForm.Markdown, cache);
            Assert.Equal(Dump(DraftParser.Parse(text, DraftForm.Markdown)), Dump(after));
        }
    }

    [Fact]
    public void Markers_of_a_text_lent_unchanged_are_resolved_as_before_without_reading_it_again()
    {
        var read = new RawText();
        read.AppendSource("Requests a report,² as in A/HRC/23/27;³", 0, 39, italic: false);
        var numbers = new HashSet<int> { 1, 2, 3 };
        RawText first = read.Lent(0);
        new FootnoteMarkerResolver(numbers).Resolve(first);
        RawText.Resolution? resolved = read.Resolved;

        RawText moved = read.Lent(5);
        new FootnoteMarkerResolver(numbers).Resolve(moved);

        Assert.Equal(2, first.Markers.Count);
        Assert.Same(resolved, read.Resolved);
        Assert.Equal(first.Markers, moved.Markers);

        // Other footnote texts (another set, though alike): read again.
        new FootnoteMarkerResolver(new HashSet<int> { 1, 2, 3 }).Resolve(read.Lent(1));
        Assert.NotSame(resolved, read.Resolved);
    }

    [Fact]
    public void Markers_of_a_markdown_text_lent_unchanged_are_resolved_as_before_and_moved_with_it()
    {
        // "Requests a report[^1] as in A/HRC/23/27;²": the reader found the link; the resolver adds the superscript.
        var read = new RawText();
        read.AppendSource("Requests a report", 0, 17, italic: false);
        read.AddMarker(new RawMarker(17, 0, 1, MarkerForm.Markdown) { SourceSpan = new TextSpan(17, 4) });
        read.AppendRun(" as in A/HRC/23/27;²", 21, italic: false);
        var numbers = new HashSet<int> { 1, 2 };
        RawText first = read.Lent(0);
        new FootnoteMarkerResolver(numbers).Resolve(first);
        RawText.Resolution? resolved = read.Resolved;

        RawText moved = read.Lent(5);
        new FootnoteMarkerResolver(numbers).Resolve(moved);

        Assert.Equal([1, 2], first.Markers.Select(m => m.Number));
        Assert.NotNull(resolved);
        Assert.Same(resolved, read.Resolved);
        Assert.Equal(first.Markers.Select(m => (m.Index, m.Length, m.Number, m.Form)), moved.Markers.Select(m => (m.Index, m.Length, m.Number, m.Form)));
        Assert.Equal(new TextSpan(22, 4), moved.Markers[0].SourceSpan);
        Assert.Null(moved.Markers[1].SourceSpan);
    }

    private static string[] DevsetFiles(string folderName, string pattern)
    {
        string folder = Path.Combine(Rules.RuleFixtureTests.RepositoryRoot(), "..", "shared", "devset", folderName);
        return Directory.Exists(folder) ? [.. Directory.EnumerateFiles(folder, pattern).Order(StringComparer.Ordinal)] : [];
    }

    /// <summary>Every public property of the model, recursively, in a stable order; words with their source offsets.</summary>
    private static string Dump(Draft draft)
    {
        var text = new StringBuilder();
        Write(text, draft, []);
        return text.ToString();
    }

    private static void Write(StringBuilder text, object? value, HashSet<object> path)
    {
        switch (value)
        {
            case null:
                text.Append("null");
                return;
            case string s:
                text.Append('"').Append(s).Append('"');
                return;
            case SourceText:
                text.Append("<source>");
                return;
            case InlineText words:
                text.Append("words \"").Append(words.Text).Append("\" at");
                for (int i = 0; i <= words.Length; i++)
                {
                    text.Append(' ').Append(words.ToSourceOffset(i));
                }

                text.Append(" italic ").AppendJoin(' ', words.Italics);
                return;
        }

        Type type = value.GetType();
        if (type.IsPrimitive || type.IsEnum || value is TextSpan)
        {
            text.Append(value);
            return;
        }

        if (!type.IsValueType && !path.Add(value))
        {
            text.Append("<cycle>");
            return;
        }

        if (value is IEnumerable items)
        {
            text.Append('[');
            foreach (object? item in items)
            {
                Write(text, item, path);
                text.Append(", ");
            }

            text.Append(']');
        }
        else
        {
            text.Append(type.Name).Append(" { ");
            foreach (PropertyInfo property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract").OrderBy(p => p.Name, StringComparer.Ordinal))
            {
                text.Append(property.Name).Append(" = ");
                Write(text, property.GetValue(value), path);
                text.Append("; ");
            }

            text.Append('}');
        }

        path.Remove(value);
    }
}
