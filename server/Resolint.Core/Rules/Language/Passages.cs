using Resolint.Core.Drafts;

namespace Resolint.Core.Rules.Language;

/// <summary>The drafter's running text, where the language rules look: every paragraph and footnote text.</summary>
internal static class Passages
{
    /// <summary>Preambular, operative and sub-paragraphs at every level, in the order they stand.</summary>
    public static IReadOnlyList<Paragraph> Paragraphs(Draft draft)
    {
        var all = new List<Paragraph>(draft.Preamble);
        foreach (OperativeParagraph paragraph in draft.Operative)
        {
            all.Add(paragraph);
            AddSubParagraphs(paragraph.SubParagraphs, all);
        }

        // Parts and sub-paragraphs usually stand in order already; only a draft out of order needs the sort.
        if (!IsInOrder(all))
        {
            all.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        }

        return all;
    }

    /// <summary>The words of every paragraph, then of every footnote text.</summary>
    public static IEnumerable<InlineText> Texts(RuleContext context) =>
        context.Reading.Paragraphs.Select(p => p.Content).Concat(context.Draft.Footnotes.Select(f => f.Content));

    private static bool IsInOrder(List<Paragraph> paragraphs)
    {
        for (int i = 1; i < paragraphs.Count; i++)
        {
            if (paragraphs[i - 1].Span.Start >= paragraphs[i].Span.Start)
            {
                return false;
            }
        }

        return true;
    }

    private static void AddSubParagraphs(IReadOnlyList<SubParagraph> subParagraphs, List<Paragraph> all)
    {
        foreach (SubParagraph sub in subParagraphs)
        {
            all.Add(sub);
            AddSubParagraphs(sub.Children, all);
        }
    }
}
