using Resolint.Core.Drafts;
using System.Text.RegularExpressions;
using Resolint.Core.Text;

namespace Resolint.Tests.Outline;

/// <summary>
/// The outline a person reads in a resolution, one line per block in text order, about roles, numbers, opening
/// words and footnotes only (not spans, not reasons), so it stays the same while the parser's inside changes:
/// <code>
/// number 75/102                        the resolution's number as printed before its title ("1454 (2002)")
/// title Questions relating to …        the title
/// organ General Assembly               the organ line ("The General Assembly,")
/// preamble Expressing grave concern    a preambular paragraph and its opening words
///   sub (a)                            its sub-paragraphs, where it ends in a colon
/// subheading Follow-up                 a heading between paragraphs ("I", "Budget performance report …")
/// part A                               a lettered part, numbered from 1 again (with the title lines it took in)
/// operative 1 Takes note with appreciation   an operative paragraph: its number ("-" when unnumbered), opener
///   sub (a)                            a sub-paragraph by its label ("-" for an unlabelled "That …" item)
///     sub (i)
/// draft General Assembly               the organ line of a draft resolution the text recommends; the lines
///                                      that follow are the draft's
/// annex Annex                          an annex (its heading), then what it holds, indented:
///   title Kyoto Declaration …          its title
///   paragraph 1                        its paragraphs, numbered on their own ("-" when unnumbered)
///     sub (a)
/// adopted 46th meeting, 11 October 2023, without a vote   the closing: meeting, date, "without a vote"
/// vote recorded                        a recorded vote in the closing block
/// footnote 2                           a footnote's text, by number
/// </code>
/// Golden specs hold the outline a person wrote by reading the text; <see cref="Of"/> writes the parser's
/// reading in the same form, so the two compare line by line. What the model holds as lists (preamble, operative,
/// footnotes) is read from them; what it holds only as block roles (parts, a recommended draft, an annex's title and
/// paragraphs, a preambular paragraph's labelled items) is read from <see cref="Draft.Blocks"/>, never by
/// recognising lines again: a block's own text gives only its number or label.
/// </summary>
internal static partial class ReadOutline
{
    /// <summary>The parser's reading of <paramref name="draft"/> as outline lines.</summary>
    public static IReadOnlyList<string> Of(Draft draft)
    {
        var blocks = new List<(int At, int Order, IReadOnlyList<string> Lines)>();
        void Add(int at, params string[] lines) => blocks.Add((at, blocks.Count, lines));

        if (draft.Heading.Number is { } number)
        {
            Add(draft.Heading.NumberSpan?.Start ?? draft.Heading.Span.Start, $"number {Clean(number)}");
        }

        if (draft.Heading.Title is { } title)
        {
            Add(draft.Heading.TitleSpan?.Start ?? draft.Heading.Span.Start, $"title {Clean(title)}");
        }

        if (draft.Organ is { } organ)
        {
            Add(organ.Span.Start, $"organ {organ.Body}");
        }

        foreach (PreambularParagraph p in draft.Preamble)
        {
            var lines = new List<string> { $"preamble {Clean(p.Opener.Text)}" };
            foreach (DraftBlock item in draft.Blocks.Where(b => b.Role == BlockRole.Continuation && b.Span.Start > p.Span.Start && b.Span.End <= p.Span.End))
            {
                if (Label().Match(Clean(draft.Text.Slice(item.Span))) is { Success: true } label)
                {
                    lines.Add($"  sub {label.Value}");
                }
            }

            Add(p.Span.Start, [.. lines]);
        }

        var partHeadings = draft.Blocks.Where(b => b.Role == BlockRole.PartHeading).Select(b => b.Span.Start).ToHashSet();
        foreach (TextSpan heading in draft.Subheadings.Where(h => !partHeadings.Contains(h.Start)))
        {
            Add(heading.Start, $"subheading {Clean(draft.Text.Slice(heading))}");
        }

        // A part's heading with the lines it took in: "I" over its title on the next line is one heading, however the
        // form wraps it (a Markdown paragraph, a Word line break, a plain text's next line).
        for (int i = 0; i < draft.Blocks.Count; i++)
        {
            if (draft.Blocks[i].Role != BlockRole.PartHeading)
            {
                continue;
            }

            int end = draft.Blocks[i].Span.End;
            for (int j = i + 1; j < draft.Blocks.Count && draft.Blocks[j].Role == BlockRole.Continuation; j++)
            {
                end = draft.Blocks[j].Span.End;
            }

            Add(draft.Blocks[i].Span.Start, $"part {Clean(draft.Text.Slice(TextSpan.FromBounds(draft.Blocks[i].Span.Start, end)))}");
        }

        AddRecommendedDrafts(draft, Add);
        AddAnnexTexts(draft, Add);

        foreach (OperativeParagraph p in draft.Operative)
        {
            var lines = new List<string> { $"operative {(p.Number is int n ? n.ToString(System.Globalization.CultureInfo.InvariantCulture) : "-")} {Clean(p.Verb.Text)}" };
            AddSubParagraphs(p.SubParagraphs, 1, lines);
            Add(p.Span.Start, [.. lines]);
        }

        if (draft.Annex is { } annex)
        {
            Add(annex.Start, $"annex {Clean(draft.Text.Slice(annex))}");
        }

        if (draft.Adoption is { } adoption)
        {
            string[] parts = [adoption.Meeting ?? string.Empty, adoption.Date ?? string.Empty, adoption.WithoutVote ? "without a vote" : string.Empty];
            Add(adoption.Span.Start, $"adopted {string.Join(", ", parts.Where(s => s.Length > 0))}".TrimEnd());
            if (adoption.RecordedVote)
            {
                Add(adoption.Span.Start, "vote recorded");
            }
        }

        foreach (Footnote f in draft.Footnotes)
        {
            Add(f.Span.Start, $"footnote {f.Number}");
        }

        return [.. blocks.OrderBy(b => b.At).ThenBy(b => b.Order).SelectMany(b => b.Lines)];
    }

    /// <summary>"draft General Assembly": the organ line of a text the resolution recommends; its paragraphs are in the lists.</summary>
    private static void AddRecommendedDrafts(Draft draft, Action<int, string[]> add)
    {
        BlockRole? before = null;
        foreach (DraftBlock block in draft.Blocks)
        {
            if (block.Role == BlockRole.RecommendedText && before != BlockRole.RecommendedText)
            {
                string organ = Clean(draft.Text.Slice(block.Span));
                add(block.Span.Start, [$"draft {(organ.StartsWith("The ", StringComparison.Ordinal) ? organ[4..] : organ)}"]);
            }

            before = block.Role;
        }
    }

    /// <summary>
    /// The text an annex holds, indented under it: its title (the first block, where it has no closing punctuation),
    /// its paragraphs (numbered or "-") and their labelled items. A text adopted after the adoption line with no
    /// "Annex" heading has its title as the annex's heading.
    /// </summary>
    private static void AddAnnexTexts(Draft draft, Action<int, string[]> add)
    {
        BlockRole? before = null;
        bool first = false;
        foreach (DraftBlock block in draft.Blocks.Where(b => b.Role is not (BlockRole.Noise or BlockRole.Continuation)))
        {
            if (block.Role == BlockRole.AnnexText)
            {
                string text = Clean(draft.Text.Slice(block.Span));
                first = before != BlockRole.AnnexText;
                if (first && !EndsWithPunctuation(text))
                {
                    add(block.Span.Start, [before == BlockRole.Annex ? $"  title {text}" : $"annex {text}"]);
                }
                else if (Label().Match(text) is { Success: true } label)
                {
                    add(block.Span.Start, [$"    sub {label.Value}"]);
                }
                else
                {
                    Match number = Number().Match(text);
                    add(block.Span.Start, [$"  paragraph {(number.Success ? number.Groups[1].Value : "-")}"]);
                }
            }

            before = block.Role;
        }

        static bool EndsWithPunctuation(string text) => text.Length > 0 && ".;:,".Contains(text[^1], StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^\(([a-z]{1,5}|[ivx]{1,6})\)")]
    private static partial Regex Label();

    [GeneratedRegex(@"^(\d{1,4})\\?\.")]
    private static partial Regex Number();

    private static void AddSubParagraphs(IReadOnlyList<SubParagraph> subParagraphs, int depth, List<string> lines)
    {
        foreach (SubParagraph s in subParagraphs)
        {
            lines.Add($"{new string(' ', depth * 2)}sub {s.Label}");
            AddSubParagraphs(s.Children, depth + 1, lines);
        }
    }

    /// <summary>
    /// An outline line with a paragraph's opening words cut to the first ("preamble Reaffirming", "operative 3
    /// Requests"): what a plain text, which shows no italics and so not where opening words end, can be compared by.
    /// </summary>
    internal static string OpenerByFirstWord(string line)
    {
        string[] words = line.Split(' ');
        int keep = words[0] == "preamble" ? 2 : words[0] == "operative" ? 3 : words.Length;
        return string.Join(' ', words.Take(keep));
    }

    /// <summary>One line, single spaces, no Markdown emphasis or heading marks, no closing comma.</summary>
    internal static string Clean(string text)
    {
        string flat = string.Join(' ', text.Replace("*", string.Empty, StringComparison.Ordinal).TrimStart('#', ' ').Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return flat.TrimEnd(',', ' ');
    }
}
