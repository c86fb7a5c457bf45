using Resolint.Core.Drafts;
using Resolint.Core.Text;

namespace Resolint.Core.Rules.Numbering;

/// <summary>
/// Each level of sub-paragraphs has its own labels: (a) at the first, (i) at the second, a. at the third,
/// i. at the fourth (Editorial Manual). Flags a label of a deeper level with no parent at the level between
/// ("(i)" directly under an operative paragraph), which is also how a mix of styles among siblings shows.
/// The fix relabels only where nothing else can be meant: a first level written entirely in one other style
/// with nothing under it becomes (a), (b), (c) ….
/// </summary>
public sealed class RES103SubParagraphLevel : Rule
{
    public static readonly RuleDescriptor Rule = new(
        "RES103",
        "Sub-paragraph labels match their level",
        Severity.Warning,
        RuleCategory.Numbering,
        "Sub-paragraphs are labelled (a), (b) at the first level, (i), (ii) at the second, a., b. at the third and i., ii. at the fourth.");

    private static readonly string[] LevelNames = ["", "first", "second", "third", "fourth"];

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(RuleContext context)
    {
        ReadOnlySpan<OperativeParagraph> operative = context.Reading.Operative;
        foreach (int i in context.Reading.WithSubParagraphs)
        {
            CheckLevel(context, operative[i].SubParagraphs, 0, $"of operative paragraph {operative[i].Number ?? i + 1}");
        }
    }

    private static void CheckLevel(RuleContext context, IReadOnlyList<SubParagraph> siblings, int parentLevel, string where)
    {
        int level = parentLevel + 1;
        LabelStyle expected = StyleOf(level);
        Fix? restyle = parentLevel == 0 && siblings.Count > 0 && siblings.All(s => s.Style == siblings[0].Style && s.Level != level && s.Children.Count == 0)
            ? Restyle(context.Text, siblings, expected)
            : null;
        foreach (SubParagraph sub in siblings.Where(s => s.Level != level))
        {
            context.Report(
                sub.LabelSpan,
                $"Sub-paragraph {sub.Label} {where} has a {LevelNames[sub.Level]}-level label but stands at the {LevelNames[level]} level, where the labels are {SubParagraphLabel.Examples(expected)} ….",
                restyle);
        }

        foreach (SubParagraph sub in siblings.Where(s => s.Children.Count > 0))
        {
            CheckLevel(context, sub.Children, sub.Level, $"under sub-paragraph {sub.Label} {where}");
        }
    }

    private static LabelStyle StyleOf(int level) => level switch
    {
        1 => LabelStyle.ParenthesizedLetter,
        2 => LabelStyle.ParenthesizedRoman,
        3 => LabelStyle.DottedLetter,
        _ => LabelStyle.DottedRoman,
    };

    /// <summary>Labels the siblings by their place in the expected style; null when a label's source is not as read.</summary>
    private static Fix? Restyle(SourceText source, IReadOnlyList<SubParagraph> siblings, LabelStyle style)
    {
        var edits = new List<TextEdit>();
        for (int k = 0; k < siblings.Count; k++)
        {
            if (SubParagraphLabel.Format(k + 1, style) is not { } label || source.Slice(siblings[k].LabelSpan) != siblings[k].Label)
            {
                return null;
            }

            edits.Add(new TextEdit(siblings[k].LabelSpan, label));
        }

        return new Fix($"Label as {SubParagraphLabel.Examples(style)} …", edits);
    }
}
