using Resolint.Core.Drafts;
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
/// part A                               a lettered part, numbered from 1 again
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
/// reading in the same form, so the two compare line by line. Where the model has no role yet (part, draft,
/// annex contents, recorded vote, preambular sub-paragraphs) <see cref="Of"/> writes nothing, and the goldens that
/// need it fail until it has.
/// </summary>
internal static class ReadOutline
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
            Add(p.Span.Start, $"preamble {Clean(p.Opener.Text)}");
        }

        foreach (TextSpan heading in draft.Subheadings)
        {
            Add(heading.Start, $"subheading {Clean(draft.Text.Slice(heading))}");
        }

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
        }

        foreach (Footnote f in draft.Footnotes)
        {
            Add(f.Span.Start, $"footnote {f.Number}");
        }

        return [.. blocks.OrderBy(b => b.At).ThenBy(b => b.Order).SelectMany(b => b.Lines)];
    }

    private static void AddSubParagraphs(IReadOnlyList<SubParagraph> subParagraphs, int depth, List<string> lines)
    {
        foreach (SubParagraph s in subParagraphs)
        {
            lines.Add($"{new string(' ', depth * 2)}sub {s.Label}");
            AddSubParagraphs(s.Children, depth + 1, lines);
        }
    }

    /// <summary>One line, single spaces, no Markdown emphasis or heading marks, no closing comma.</summary>
    internal static string Clean(string text)
    {
        string flat = string.Join(' ', text.Replace("*", string.Empty, StringComparison.Ordinal).TrimStart('#', ' ').Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return flat.TrimEnd(',', ' ');
    }
}
