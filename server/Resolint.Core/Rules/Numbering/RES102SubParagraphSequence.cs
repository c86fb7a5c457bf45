using Resolint.Core.Drafts;
using Resolint.Core.Text;

namespace Resolint.Core.Rules.Numbering;

/// <summary>
/// Sub-paragraph labels run in sequence within their parent: (a), (b), (c) …; (i), (ii) …; a., b. …; i.,
/// ii. … (Editorial Manual), with no gap or repeat. The fix relabels the siblings in order, keeping their
/// style; references to a label ("subparagraph (c) above") are the drafter's to check.
/// </summary>
public sealed class RES102SubParagraphSequence : Rule
{
    public static readonly RuleDescriptor Rule = new(
        "RES102",
        "Sub-paragraph labels run in sequence",
        Severity.Error,
        RuleCategory.Numbering,
        "Sub-paragraphs under one parent are labelled in sequence, (a), (b), (c) or (i), (ii), (iii), with no gap or repeat.");

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(RuleContext context)
    {
        ReadOnlySpan<OperativeParagraph> operative = context.Reading.Operative;
        foreach (int i in context.Reading.WithSubParagraphs)
        {
            CheckSiblings(context, operative[i].SubParagraphs, $"operative paragraph {operative[i].Number ?? i + 1}");
        }

        CheckPreambularLists(context);
    }

    /// <summary>
    /// The items a preambular paragraph lists ("Reaffirming that the Plan was developed:" / "(a) To promote …,") run in
    /// sequence too: each style keeps its own count within the paragraph, and a label of a higher level starts the
    /// lower levels again.
    /// </summary>
    private static void CheckPreambularLists(RuleContext context)
    {
        IReadOnlyList<PreambularParagraph> preamble = context.Draft.Preamble;
        int p = -1;
        var counts = new int[SubParagraphLevels + 1];
        string? lastLetter = null;
        foreach (DraftBlock block in Listed.Span(context.Draft.Blocks))
        {
            if (block.Role != BlockRole.Continuation || block.Reason != Parsing.Roles.PreambularRole.ListItemReason)
            {
                continue;
            }

            int owner = p < 0 ? 0 : p;
            while (owner < preamble.Count && preamble[owner].Span.End < block.Span.Start)
            {
                owner++;
            }

            if (owner == preamble.Count)
            {
                return;
            }

            if (owner != p)
            {
                p = owner;
                Array.Clear(counts);
                lastLetter = null;

                // A paragraph that is itself a labelled item ("(a) Resolves …" where the organ line lost its comma)
                // counts as the first of its list.
                if (Parsing.SubParagraphLabels.TryRead(preamble[p].Content.Text.AsSpan().TrimStart(), out Parsing.LabelToken own))
                {
                    Count(own, counts, ref lastLetter, out _, out _);
                }
            }

            string text = context.Text.Slice(block.Span);
            if (!Parsing.SubParagraphLabels.TryRead(text.AsSpan(), out Parsing.LabelToken label))
            {
                continue;
            }

            int ordinal = Count(label, counts, ref lastLetter, out int expected, out LabelStyle style);
            if (ordinal != expected && SubParagraphLabel.Format(expected, style) is { } want)
            {
                context.Report(
                    new TextSpan(block.Span.Start, label.Length),
                    $"Item {label.Text} of preambular paragraph {preamble[p].Index + 1} is out of sequence; expected {want}.");
                counts[Parsing.SubParagraphLabels.LevelOf(style)] = ordinal;
            }
        }
    }

    /// <summary>Counts a label at its level, starting the deeper levels again; its ordinal as written.</summary>
    private static int Count(Parsing.LabelToken label, int[] counts, ref string? lastLetter, out int expected, out LabelStyle style)
    {
        style = Parsing.SubParagraphLabels.StyleOf(label, lastLetter);
        int level = Parsing.SubParagraphLabels.LevelOf(style);
        lastLetter = style == LabelStyle.ParenthesizedLetter ? label.Value : lastLetter;
        expected = ++counts[level];
        for (int deeper = level + 1; deeper <= SubParagraphLevels; deeper++)
        {
            counts[deeper] = 0;
        }

        return Parsing.SubParagraphLabels.Ordinal(label.Value, style);
    }

    /// <summary>(a), (i), a., i.: the four levels of labels.</summary>
    private const int SubParagraphLevels = 4;

    private static void CheckSiblings(RuleContext context, IReadOnlyList<SubParagraph> siblings, string parent)
    {
        // Siblings of another style are at the wrong level (RES103); each style keeps its own count.
        foreach (LabelStyle style in siblings.Select(s => s.Style).Distinct())
        {
            var members = siblings.Where(s => s.Style == style).ToList();
            Fix? relabel = null;
            for (int k = 0; k < members.Count; k++)
            {
                SubParagraph sub = members[k];
                if (SubParagraphLabel.Ordinal(sub) == k + 1 || SubParagraphLabel.Format(k + 1, style) is not { } expected)
                {
                    continue;
                }

                relabel ??= Relabel(context.Text, members, style);
                SubParagraph? previous = k > 0 ? members[k - 1] : null;
                if (previous is not null && previous.Label == sub.Label)
                {
                    context.Report(sub.LabelSpan, $"Sub-paragraph {sub.Label} of {parent} repeats the label before it; expected {expected}.", relabel, [new RelatedLocation(previous.LabelSpan, $"{previous.Label} stands here.")]);
                }
                else if (previous is null)
                {
                    context.Report(sub.LabelSpan, $"The first sub-paragraph of {parent} is labelled {sub.Label}; expected {expected}.", relabel);
                }
                else
                {
                    context.Report(sub.LabelSpan, $"Sub-paragraph {sub.Label} of {parent} is out of sequence after {previous.Label}; expected {expected}.", relabel);
                }
            }
        }

        // A letter OCR read as a digit ("(6)" for "(b)") is the label in sequence as printed; the text is still amiss.
        // A misread bracket ("(c}") is the bracket rule's (RES604).
        foreach (SubParagraph sub in siblings.Where(s => s.WrittenAs is { } written && written[1] != s.Label[1]))
        {
            OcrMisreadings.Report(
                context,
                misreadable: true,
                sub.LabelSpan,
                $"Sub-paragraph {sub.Label} of {parent} is written '{sub.WrittenAs}'; write {sub.Label}.",
                RuleContext.Replace($"Write '{sub.Label}'", sub.LabelSpan, sub.Label));
        }

        foreach (SubParagraph sub in siblings.Where(s => s.Children.Count > 0))
        {
            CheckSiblings(context, sub.Children, $"sub-paragraph {sub.Label} of {parent}");
        }
    }

    /// <summary>Labels every sibling of the style by its place; null when a label's source is not as read.</summary>
    private static Fix? Relabel(SourceText source, List<SubParagraph> members, LabelStyle style)
    {
        var edits = new List<TextEdit>();
        for (int k = 0; k < members.Count; k++)
        {
            string? label = SubParagraphLabel.Format(k + 1, style);
            if (label is null || source.Slice(members[k].LabelSpan) != members[k].Label)
            {
                return null;
            }

            if (label != members[k].Label)
            {
                edits.Add(new TextEdit(members[k].LabelSpan, label));
            }
        }

        return new Fix("Relabel sub-paragraphs in sequence", edits);
    }
}
