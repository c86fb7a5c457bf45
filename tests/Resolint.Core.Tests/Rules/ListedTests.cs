using System.Collections.ObjectModel;
using CsCheck;
using Resolint.Core.Drafts;
using Resolint.Core.Parsing;
using Resolint.Core.Rules;
using Resolint.Core.Rules.Language;

namespace Resolint.Core.Tests.Rules;

/// <summary>
/// The rules walk the draft's lists in place (<see cref="Listed.Span"/>) and the operative paragraphs with sub-paragraphs
/// as found once (<see cref="Passages.WithSubParagraphs"/>): each walk sees what a walk through the list's interface sees.
/// </summary>
public sealed class ListedTests
{
    [Fact]
    public void A_span_holds_the_items_of_any_list_in_order()
    {
        Gen.Int.Array[0, 20].Sample(items =>
        {
            IReadOnlyList<int>[] lists = [new List<int>(items), items, new ReadOnlyCollection<int>(items), items.ToList().AsReadOnly()];
            Assert.All(lists, list => Assert.Equal(items, Listed.Span(list).ToArray()));
        });
    }

    [Fact]
    public void The_paragraphs_with_sub_paragraphs_and_every_paragraph_are_those_a_walk_of_each_finds()
    {
        // Operative paragraphs with none to three sub-paragraphs each, one of them with an item of its own.
        static string Text(int[] subParagraphs) =>
            "The General Assembly,\n\nRecalling its resolution 66/169,\n\n" + string.Concat(subParagraphs.Select((count, i) =>
                $"{i + 1}. *Decides* to act{(count > 0 ? ":" : ";")}\n\n" + string.Concat(Enumerable.Range(0, count).Select(j =>
                    $"({(char)('a' + j)}) On item {j}{(j == 1 ? ":\n\n(i) On its part;" : ";")}\n\n"))));
        Assert.Contains(DraftParser.Parse(Text([0, 2, 0]), DraftForm.Markdown).Operative, p => p.SubParagraphs.Count == 2);

        Gen.Int[0, 3].Array[1, 8].Sample(subParagraphs =>
        {
            Draft draft = DraftParser.Parse(Text(subParagraphs), DraftForm.Markdown);
            IReadOnlyList<OperativeParagraph> operative = draft.Operative;
            int[] walked = [.. Enumerable.Range(0, operative.Count).Where(i => operative[i].SubParagraphs.Count > 0)];
            int[] found = Passages.WithSubParagraphs(Listed.Span(operative));

            Assert.Equal(walked, found);
            Assert.Equal(Walked(draft), Passages.Paragraphs(draft, found));
            Assert.Equal(Walked(draft), Passages.Paragraphs(draft));
        }, iter: 100);

        static List<Paragraph> Walked(Draft draft)
        {
            var all = new List<Paragraph>(draft.Preamble);
            foreach (OperativeParagraph paragraph in draft.Operative)
            {
                all.Add(paragraph);
                AddAll(paragraph.SubParagraphs);
            }

            return [.. all.OrderBy(p => p.Span.Start)];

            void AddAll(IEnumerable<SubParagraph> subParagraphs)
            {
                foreach (SubParagraph sub in subParagraphs)
                {
                    all.Add(sub);
                    AddAll(sub.Children);
                }
            }
        }
    }
}
