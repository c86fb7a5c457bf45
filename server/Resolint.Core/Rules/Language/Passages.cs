using System.Runtime.InteropServices;
using Resolint.Core.Drafts;
using Resolint.Core.Text;

namespace Resolint.Core.Rules.Language;

/// <summary>The drafter's running text, where the language rules look: every paragraph and footnote text.</summary>
internal static class Passages
{
    /// <summary>Preambular, operative and sub-paragraphs at every level, in the order they stand.</summary>
    /// <param name="withSubParagraphs">Where the operative paragraphs with sub-paragraphs stand (<see cref="WithSubParagraphs"/>), when the caller found them already.</param>
    public static IReadOnlyList<Paragraph> Paragraphs(Draft draft, int[]? withSubParagraphs = null)
    {
        // In place, not enumerated, and the sub-paragraphs walked only where there are some: an enumerator of each
        // paragraph's empty list cost a keystroke thousands of objects at 1 MB, and a call through its interface thousands of calls.
        ReadOnlySpan<OperativeParagraph> operative = Listed.Span(draft.Operative);
        withSubParagraphs ??= WithSubParagraphs(operative);
        int count = draft.Preamble.Count + operative.Length;
        foreach (int i in withSubParagraphs)
        {
            count += CountOf(operative[i].SubParagraphs);
        }

        // Sized once: a 1 MB draft has thousands of paragraphs, and this runs on every keystroke.
        var all = new List<Paragraph>(count);
        all.AddRange(draft.Preamble);
        int next = 0;
        for (int i = 0; i < operative.Length; i++)
        {
            all.Add(operative[i]);
            if (next < withSubParagraphs.Length && withSubParagraphs[next] == i)
            {
                AddSubParagraphs(operative[i].SubParagraphs, all);
                next++;
            }
        }

        // Parts and sub-paragraphs usually stand in order already; only a draft out of order needs the sort.
        if (!IsInOrder(all))
        {
            all.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        }

        return all;
    }

    /// <summary>The words of every paragraph, then of every footnote text, then of the lines around them (listed once per check: <see cref="DraftReading.Texts"/>).</summary>
    public static List<InlineText> Texts(RuleContext context) => context.Reading.Texts;

    /// <summary>The words of every paragraph, then of every footnote text, then of the lines around them.</summary>
    public static List<InlineText> Texts(IReadOnlyList<Paragraph> paragraphs, IReadOnlyList<Footnote> footnotes, IReadOnlyList<InlineText> apparatus)
    {
        var texts = new List<InlineText>(paragraphs.Count + footnotes.Count + apparatus.Count);
        foreach (Paragraph paragraph in Listed.Span(paragraphs))
        {
            texts.Add(paragraph.Content);
        }

        foreach (Footnote footnote in Listed.Span(footnotes))
        {
            texts.Add(footnote.Content);
        }

        texts.AddRange(apparatus);
        return texts;
    }

    /// <summary>
    /// The words around the paragraphs, which an editor reads as closely: the heading (adoption line, origin
    /// line, number and title; a line wrapped in the heading carries on), the organ line, the subheadings and the
    /// adoption line with its voting record, as they stand in the source (line breaks read as spaces). Noise lines are
    /// not words. <paramref name="lines"/> is given the same but the subheadings: read in the one pass, for the rule
    /// that leaves them alone.
    /// </summary>
    public static List<InlineText> Apparatus(Draft draft, List<InlineText> lines)
    {
        SourceText text = draft.Text;
        var all = new List<InlineText>();
        if (draft.Heading.Span.Length > 0)
        {
            // The heading's lines between noise lines, each run one passage.
            var noise = draft.Noise.Select(n => text.LineOf(n.Span.Start)).ToHashSet();
            int last = text.LineOf(Math.Max(draft.Heading.Span.Start, draft.Heading.Span.End - 1));
            int? runStart = null;
            for (int line = text.LineOf(draft.Heading.Span.Start); line <= last + 1; line++)
            {
                if (line <= last && !noise.Contains(line))
                {
                    runStart ??= text.LineSpan(line).Start;
                }
                else if (runStart is int start)
                {
                    Add(TextSpan.FromBounds(start, Math.Min(text.LineSpan(line - 1).End, draft.Heading.Span.End)), isLine: true);
                    runStart = null;
                }
            }
        }

        if (draft.Organ is { } organ)
        {
            Add(organ.Span, isLine: true);
        }

        foreach (TextSpan subheading in draft.Subheadings)
        {
            Add(subheading, isLine: false);
        }

        if (draft.Adoption is { } adoption)
        {
            Add(adoption.Span, isLine: true);
        }

        return all;

        void Add(TextSpan span, bool isLine)
        {
            if (WordsOf(text, span) is { } words)
            {
                all.Add(words);
                if (isLine)
                {
                    lines.Add(words);
                }
            }
        }
    }

    /// <summary>The characters of a source span as words, each at its own offset; null when there are none.</summary>
    private static InlineText? WordsOf(SourceText text, TextSpan span)
    {
        int start = span.Start;
        int end = Math.Min(span.End, text.Length);
        while (start < end && char.IsWhiteSpace(text.Text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text.Text[end - 1]))
        {
            end--;
        }

        if (end == start)
        {
            return null;
        }

        string words = string.Create(end - start, (text.Text, start), static (chars, state) =>
        {
            state.Text.AsSpan(state.start, chars.Length).CopyTo(chars);
            chars.Replace('\n', ' ');
            chars.Replace('\r', ' ');
            chars.Replace('\f', ' ');
        });
        // One run: every character stands at its own place in the source, the end just after the last.
        return new InlineText(words, [new OffsetRun(0, start)], []);
    }

    /// <summary>Where the operative paragraphs with sub-paragraphs stand, in order.</summary>
    public static int[] WithSubParagraphs(ReadOnlySpan<OperativeParagraph> operative)
    {
        List<int>? found = null;
        for (int i = 0; i < operative.Length; i++)
        {
            if (operative[i].SubParagraphs.Count > 0)
            {
                (found ??= []).Add(i);
            }
        }

        return found is null ? [] : [.. found];
    }

    private static bool IsInOrder(List<Paragraph> paragraphs)
    {
        ReadOnlySpan<Paragraph> all = CollectionsMarshal.AsSpan(paragraphs);
        for (int i = 1; i < all.Length; i++)
        {
            if (all[i - 1].Span.Start >= all[i].Span.Start)
            {
                return false;
            }
        }

        return true;
    }

    private static int CountOf(IReadOnlyList<SubParagraph> subParagraphs)
    {
        int count = subParagraphs.Count;
        for (int i = 0; i < subParagraphs.Count; i++)
        {
            count += CountOf(subParagraphs[i].Children);
        }

        return count;
    }

    private static void AddSubParagraphs(IReadOnlyList<SubParagraph> subParagraphs, List<Paragraph> all)
    {
        for (int i = 0; i < subParagraphs.Count; i++)
        {
            all.Add(subParagraphs[i]);
            AddSubParagraphs(subParagraphs[i].Children, all);
        }
    }
}
