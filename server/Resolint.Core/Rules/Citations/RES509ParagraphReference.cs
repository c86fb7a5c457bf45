using Resolint.Core.Citations;
using Resolint.Core.Drafts;
using Resolint.Core.Parsing.Roles;

namespace Resolint.Core.Rules.Citations;

/// <summary>
/// "paragraph 14 above" points at an operative paragraph that exists and stands above the paragraph that
/// refers to it; "below" at one below. References go stale when paragraphs are inserted, deleted or
/// renumbered in negotiation. From the preamble every operative paragraph is below; a footnote cannot be
/// placed above or below, so there only the paragraph's existence is checked.
/// </summary>
public sealed class RES509ParagraphReference : Rule
{
    public static readonly RuleDescriptor Rule = new(
        "RES509",
        "\"paragraph N above/below\" points at a paragraph on that side",
        Severity.Error,
        RuleCategory.Citations,
        "A reference such as \"paragraph 14 above\" names an operative paragraph that exists and stands on that side of the paragraph making it.");

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(RuleContext context)
    {
        Draft draft = context.Draft;
        int count = draft.Operative.Count;
        HeldLists? held = null;
        foreach (ParagraphReference reference in draft.CitationsOf<ParagraphReference>())
        {
            (bool inFootnote, int? from) = Position(draft, reference.Span.Start);
            int within = count;
            if (!inFootnote && (held ??= HeldLists.Of(draft)).Around(reference.Span.Start) is { } list)
            {
                (within, from) = list;
            }

            foreach (int number in reference.Paragraphs)
            {
                if (Problem(number, within, reference.Above, inFootnote, from) is { } problem)
                {
                    context.Report(reference.Span, problem);
                }
            }
        }
    }

    /// <summary>What is wrong with a reference to paragraph <paramref name="number"/> made from paragraph <paramref name="from"/> (null: the preamble).</summary>
    private static string? Problem(int number, int count, bool above, bool inFootnote, int? from)
    {
        if (number < 1 || number > count)
        {
            return $"There is no operative paragraph {number}: the resolution has {count}.";
        }

        if (inFootnote)
        {
            return null;
        }

        if (from is not int here)
        {
            return above ? $"Paragraph {number} is below the preamble, not above it." : null;
        }

        bool onThatSide = above ? number < here : number > here;
        return onThatSide ? null : $"Paragraph {number} is not {(above ? "above" : "below")} paragraph {here}, which refers to it.";
    }

    /// <summary>
    /// "Resolves that:" then "1. The Working Capital Fund shall …", "4. Should the credits … exceed … paragraph 2
    /// above": a reference made inside a numbered list an operative paragraph holds points at the list's own items.
    /// The draft's held items, read once, in text order.
    /// </summary>
    private sealed class HeldLists
    {
        private readonly List<(int Start, int Number, int List)> _items = [];
        private readonly List<(int Last, int End)> _lists = [];

        public static HeldLists Of(Draft draft)
        {
            var held = new HeldLists();
            bool open = false;
            foreach (DraftBlock block in draft.Blocks)
            {
                if (block.Role == BlockRole.SubParagraph && block.Reason == OperativeRole.HeldListReason
                    && NumberOf(draft.Text.Text, block.Span.Start) is int number)
                {
                    if (!open || number == 1)
                    {
                        held.Close(block.Span.Start, ref open);
                        held._lists.Add((0, int.MaxValue));
                        open = true;
                    }

                    held._items.Add((block.Span.Start, number, held._lists.Count - 1));
                    held._lists[^1] = (number, int.MaxValue);
                }
                else if (block.Role is not (BlockRole.SubParagraph or BlockRole.Continuation))
                {
                    held.Close(block.Span.Start, ref open);
                }
            }

            return held;
        }

        /// <summary>The last number of the list that holds an offset and the number of the item holding it; null outside every list.</summary>
        public (int Count, int Item)? Around(int offset)
        {
            int lo = 0;
            int hi = _items.Count - 1;
            int found = -1;
            while (lo <= hi)
            {
                int mid = (lo + hi) / 2;
                if (_items[mid].Start <= offset)
                {
                    found = mid;
                    lo = mid + 1;
                }
                else
                {
                    hi = mid - 1;
                }
            }

            if (found < 0 || offset >= _lists[_items[found].List].End)
            {
                return null;
            }

            return (_lists[_items[found].List].Last, _items[found].Number);
        }

        private void Close(int at, ref bool open)
        {
            if (open)
            {
                _lists[^1] = (_lists[^1].Last, at);
                open = false;
            }
        }
    }

    /// <summary>The number a held list item opens with ("4. Should …"), null when it opens with none.</summary>
    private static int? NumberOf(string text, int start)
    {
        int value = 0;
        int i = start;
        while (i < text.Length && i - start < MostDigitsOfAnItem && char.IsAsciiDigit(text[i]))
        {
            value = (value * 10) + (text[i] - '0');
            i++;
        }

        return i > start ? value : null;
    }

    /// <summary>A held list runs to a few dozen items at most; more digits are not an item's number.</summary>
    private const int MostDigitsOfAnItem = 3;

    /// <summary>
    /// Whether an offset lies in a footnote, and the number of the operative paragraph that holds it: its own
    /// number where it has one (an annex numbered on its own, "8. If UNMOVIC … paragraph 10 below", counts
    /// from 1 again), else its position from 1; null in the preamble.
    /// </summary>
    private static (bool InFootnote, int? Paragraph) Position(Draft draft, int offset)
    {
        if (draft.Footnotes.Any(f => f.Span.Contains(offset)))
        {
            return (true, null);
        }

        int? holder = null;
        for (int i = 0; i < draft.Operative.Count; i++)
        {
            OperativeParagraph paragraph = draft.Operative[i];
            if (paragraph.Span.Start <= offset)
            {
                holder = paragraph.Number ?? (holder is int previous ? previous : i + 1);
            }
        }

        return (false, holder);
    }
}
