using System.Collections;
using System.Reflection;
using System.Text;
using CsCheck;
using Resolint.Core.Drafts;
using Resolint.Core.Parsing;
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

    /// <summary>Besides <see cref="Typed"/>: what opens or closes Markdown's blocks (fences, HTML, lists, quotes, footnotes), splits or joins paragraphs.</summary>
    private static readonly string[] TypedMarkdown =
    [
        .. Typed, "```", "\n```\n", "~~~\n", "<!--", "-->", "<div>\n", "\n\n1. ", "\n\n- ", "    ", "   ", "> ", "\n\n[^3]: See A/1.\n\n", "[^3]",
        "[x]: http://un.org\n", "[x]", "\\", "`", "\n\n\n", "\r\n", "\n# 1. Decides\n", "5.\n\n",
    ];

    /// <summary>The Markdown texts of ../shared/devset, when the repository stands beside it.</summary>
    private static readonly string[] DevsetMarkdown = DevsetMarkdownFiles();

    [Fact]
    public void Edited_markdown_parses_as_from_scratch_with_markdig_reading_only_the_stretch_edited()
    {
        string[] texts = [.. SeedTexts, .. DevsetMarkdown.Select(File.ReadAllText)];

        // Edits one after another near the last (a drafter types, deletes, splits and joins paragraphs), sometimes anywhere.
        Gen<(int Position, bool Near, int Delete, int Typed)> edit = Gen.Select(Gen.Int[0, int.MaxValue], Gen.Bool, Gen.Int[0, 3], Gen.Int[-1, TypedMarkdown.Length - 1]);
        Gen.Select(Gen.Int[0, texts.Length - 1], edit.Array[1, 16]).Sample((file, edits) =>
        {
            var cache = new ParseCache();
            string text = texts[file];
            DraftParser.Parse(SourceText.From(text), DraftForm.Markdown, cache);
            int at = 0;
            foreach ((int position, bool near, int delete, int typed) in edits)
            {
                at = near ? Math.Min(text.Length, at + (position % 7)) : position % (text.Length + 1);
                text = text.Remove(at, Math.Min(delete, text.Length - at)).Insert(at, typed < 0 ? string.Empty : TypedMarkdown[typed]);
                var source = SourceText.From(text);
                Assert.Equal(Dump(DraftParser.Parse(source, DraftForm.Markdown)), Dump(DraftParser.Parse(source, DraftForm.Markdown, cache)));
            }
        }, iter: 150);
    }

    [Fact]
    public void A_keystroke_in_a_paragraph_has_markdig_read_that_paragraph_alone()
    {
        string text = Seeds.Text("A-RES-74-156.txt");
        var cache = new ParseCache();
        DraftParser.Parse(SourceText.From(text), DraftForm.Markdown, cache);
        Assert.Equal(text.Length, cache.Reading!.ReadAgain.Length);

        string edited = text.Insert(text.IndexOf("\n14. *", StringComparison.Ordinal) + 30, "x");
        Draft after = DraftParser.Parse(SourceText.From(edited), DraftForm.Markdown, cache);

        TextSpan paragraph = after.Operative.Single(p => p.Number == 14).Span;
        TextSpan read = cache.Reading!.ReadAgain;
        Assert.True(read.Start <= paragraph.Start && read.End >= paragraph.End && read.Length < paragraph.Length + 8, $"read {read} for the paragraph at {paragraph}");
        Assert.Equal(Dump(DraftParser.Parse(edited, DraftForm.Markdown)), Dump(after));
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

    private static string[] DevsetMarkdownFiles()
    {
        string folder = Path.Combine(Rules.RuleFixtureTests.RepositoryRoot(), "..", "shared", "devset", "texts_md");
        return Directory.Exists(folder) ? [.. Directory.EnumerateFiles(folder, "*.md").Order(StringComparer.Ordinal)] : [];
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
