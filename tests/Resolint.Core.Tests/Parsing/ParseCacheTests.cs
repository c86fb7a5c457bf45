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
