using System.Globalization;
using Resolint.Core.Drafts;
using Resolint.Core.Text;

namespace Resolint.Core.Rules.Numbering;

/// <summary>
/// Operative paragraphs are numbered 1, 2, 3 … in arabic numerals with no gap or repeat (Editorial Manual).
/// The fix renumbers every operative paragraph in order; references such as "paragraph 14 above" are left
/// to RES509, which checks them against the new numbers.
/// </summary>
public sealed class RES101OperativeNumbering : Rule
{
    public static readonly RuleDescriptor Rule = new(
        "RES101",
        "Operative paragraphs are numbered 1 to N",
        Severity.Error,
        RuleCategory.Numbering,
        "Operative paragraphs are numbered consecutively from 1, with no gap, repeat or missing number.");

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(RuleContext context)
    {
        IReadOnlyList<OperativeParagraph> operative = context.Draft.Operative;
        Fix? renumber = null;
        for (int i = 0; i < operative.Count; i++)
        {
            OperativeParagraph paragraph = operative[i];
            int expected = i + 1;
            if (paragraph.Number == expected)
            {
                continue;
            }

            renumber ??= Renumber(operative);
            if (paragraph.Number is not int number)
            {
                context.Report(new TextSpan(paragraph.Span.Start, Math.Min(paragraph.Verb.Span.End, paragraph.Span.End) - paragraph.Span.Start), $"Operative paragraph {expected} has no number.", renumber);
                continue;
            }

            OperativeParagraph? earlier = operative.Take(i).FirstOrDefault(p => p.Number == number);
            string message = earlier is not null
                ? $"Operative paragraph {expected} repeats the number {number}; expected {expected}."
                : $"Operative paragraph {expected} is numbered {number}; expected {expected}.";
            IReadOnlyList<RelatedLocation> related = earlier is not null
                ? [new RelatedLocation(earlier.NumberSpan, $"Paragraph {number} stands here.")]
                : [];
            context.Report(paragraph.NumberSpan, message, renumber, related);
        }
    }

    /// <summary>Numbers every operative paragraph 1..N, keeping how each number was written ("3." or "3.\t").</summary>
    public static Fix Renumber(IReadOnlyList<OperativeParagraph> operative)
    {
        var edits = new List<TextEdit>();
        for (int i = 0; i < operative.Count; i++)
        {
            OperativeParagraph paragraph = operative[i];
            string number = (i + 1).ToString(CultureInfo.InvariantCulture);
            if (paragraph.Number == i + 1)
            {
                continue;
            }

            if (paragraph.Number is null)
            {
                edits.Add(new TextEdit(new TextSpan(paragraph.Span.Start, 0), number + ". "));
                continue;
            }

            int digits = paragraph.NumberText.TakeWhile(char.IsAsciiDigit).Count();
            edits.Add(new TextEdit(new TextSpan(paragraph.NumberSpan.Start, digits), number));
        }

        return new Fix("Renumber operative paragraphs", edits);
    }
}
