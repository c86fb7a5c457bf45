using System.Text;
using Resolint.Core.Drafts;

namespace Resolint.Core.Tests.Parsing;

/// <summary>
/// A compact, drafter-readable outline of what the parser understood, used by the parser's spec fixtures:
/// each line names an element, its 1-based line, and what was read of it.
/// </summary>
internal static class OutlineSpec
{
    public static string Write(Draft draft)
    {
        var b = new StringBuilder();
        int Line(Core.Text.TextSpan span) => draft.Text.LineOf(span.Start) + 1;
        b.Append("symbol: ").Append(draft.Symbol ?? "-").Append('\n');
        b.Append("body: ").Append(draft.Body ?? "-").Append('\n');
        if (draft.Heading.Title is { } title)
        {
            b.Append("title: ").Append(draft.Heading.Number).Append(' ').Append(title).Append('\n');
        }

        foreach (PreambularParagraph p in draft.Preamble)
        {
            b.Append($"L{Line(p.Span)} preamble: {p.Opener.Text}{(p.Opener.Italic ? " (italic)" : string.Empty)} ends {Mark(p.Ending)}\n");
        }

        foreach (OperativeParagraph p in draft.Operative)
        {
            b.Append($"L{Line(p.Span)} operative {p.Number?.ToString() ?? "?"}: {p.Verb.Text}{(p.Verb.Italic ? " (italic)" : string.Empty)} ends {Mark(p.Ending)}\n");
            WriteSubParagraphs(b, p.SubParagraphs, 1, Line);
        }

        foreach (Core.Text.TextSpan heading in draft.Subheadings)
        {
            b.Append($"L{Line(heading)} subheading: {draft.Text.Slice(heading).Trim()}\n");
        }

        foreach (Footnote f in draft.Footnotes)
        {
            b.Append($"L{Line(f.Span)} footnote {f.Number}: {f.Text}\n");
        }

        b.Append("markers: ").Append(string.Join(' ', draft.FootnoteReferences.Select(r => r.Number))).Append('\n');
        if (draft.Adoption is { } a)
        {
            b.Append($"L{Line(a.Span)} adoption: {a.Meeting ?? "-"} / {a.Date ?? "-"}{(a.WithoutVote ? " / without a vote" : string.Empty)}\n");
        }

        foreach (Core.Text.TextSpan stray in draft.AfterAdoption)
        {
            b.Append($"L{Line(stray)} after adoption: {draft.Text.Slice(stray)}\n");
        }

        return b.ToString();
    }

    private static void WriteSubParagraphs(StringBuilder b, IReadOnlyList<SubParagraph> subs, int depth, Func<Core.Text.TextSpan, int> line)
    {
        foreach (SubParagraph s in subs)
        {
            b.Append($"L{line(s.Span)} {new string(' ', depth * 2)}{s.Label} level {s.Level} ends {Mark(s.Ending)}\n");
            WriteSubParagraphs(b, s.Children, depth + 1, line);
        }
    }

    private static string Mark(Ending ending) => ending.Mark is { } c ? c.ToString() : "none";
}
