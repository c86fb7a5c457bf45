using System.Globalization;
using Resolint.Core.Drafts;
using Resolint.Core.Text;

namespace Resolint.Core.Rules.Numbering;

/// <summary>
/// Operative paragraphs are numbered 1, 2, 3 … in arabic numerals with no gap or repeat (Editorial Manual), each
/// part or section of a resolution in parts on its own. The fix renumbers every operative paragraph in order; references such as "paragraph 14 above" are left
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

        // The renumbering goes with the first finding; it is made only when there is one (this runs on every keystroke).
        bool renumberOffered = false;
        Fix? TakeRenumber()
        {
            Fix? fix = renumberOffered ? null : Renumber(operative);
            renumberOffered = true;
            return fix;
        }

        foreach (IReadOnlyList<OperativeParagraph> listed in Sequences(operative))
        {
            // In place (Listed.Span): every paragraph of the part is walked on every keystroke.
            ReadOnlySpan<OperativeParagraph> sequence = Listed.Span(listed);

            // A part or section with one operative paragraph leaves it unnumbered, as a resolution with one does; older
            // resolutions left all their operative paragraphs unnumbered.
            if (!AnyNumbered(sequence))
            {
                continue;
            }

            // A break is reported once. A paragraph whose number alone is wrong (the next one goes on as expected) is
            // one finding; where the numbers shift from a paragraph on, the count goes on from the number written, so
            // one skipped number is one finding, not one per paragraph after it. The renumbering goes with the first.
            int expected = 1;
            for (int i = 0; i < sequence.Length; i++)
            {
                OperativeParagraph paragraph = sequence[i];
                if (paragraph.Number == expected)
                {
                    if (!paragraph.NumberText.Contains('.'))
                    {
                        // "7, Requests", "4 Calls": the right number, written without its full stop.
                        // "7," in a transcription may be OCR's reading of "7.".
                        OcrMisreadings.Report(context, paragraph.NumberText.Length > 0 && OcrMisreadings.MarksConfused(paragraph.NumberText[^1], '.'), paragraph.NumberSpan, $"Operative paragraph {expected}'s number is written '{paragraph.NumberText}'; write '{expected}.'.", RuleContext.Replace($"Write '{expected}.'", paragraph.NumberSpan, $"{expected}."));
                    }

                    expected++;
                    continue;
                }

                if (paragraph.Number is not int number)
                {
                    context.Report(new TextSpan(paragraph.Span.Start, Math.Min(paragraph.Verb.Span.End, paragraph.Span.End) - paragraph.Span.Start), $"Operative paragraph {expected} has no number.", TakeRenumber());

                    // When the paragraph after it takes the number this one would have, the numbering went on without it.
                    expected = i + 1 < sequence.Length && sequence[i + 1].Number == expected ? expected : expected + 1;
                    continue;
                }

                bool shifted = i + 1 < sequence.Length && sequence[i + 1].Number == number + 1 && number != expected - 1;
                OperativeParagraph? earlier = FirstNumbered(sequence, i, number);
                string message = earlier is not null
                    ? $"Operative paragraph {expected} repeats the number {number}; expected {expected}."
                    : shifted && i + 1 < sequence.Length
                        ? $"Operative paragraph {expected} is numbered {number}; expected {expected} (the paragraphs after it are numbered on from {number})."
                        : $"Operative paragraph {expected} is numbered {number}; expected {expected}.";
                IReadOnlyList<RelatedLocation> related = earlier is not null
                    ? [new RelatedLocation(earlier.NumberSpan, $"Paragraph {number} stands here.")]
                    : [];
                context.Report(paragraph.NumberSpan, message, TakeRenumber(), related);
                expected = shifted ? number + 1 : expected + 1;
            }
        }
    }

    /// <summary>
    /// The first of the first <paramref name="count"/> paragraphs numbered <paramref name="number"/>; null when none is.
    /// A loop, not a lambda in the loop over the paragraphs: that cost an object per paragraph on every keystroke.
    /// </summary>
    private static OperativeParagraph? FirstNumbered(ReadOnlySpan<OperativeParagraph> sequence, int count, int number)
    {
        for (int i = 0; i < count; i++)
        {
            if (sequence[i].Number == number)
            {
                return sequence[i];
            }
        }

        return null;
    }

    /// <summary>Whether any paragraph of a sequence has a number.</summary>
    private static bool AnyNumbered(ReadOnlySpan<OperativeParagraph> sequence)
    {
        foreach (OperativeParagraph paragraph in sequence)
        {
            if (paragraph.Number is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The numbered sequences of the operative part: numbering starts again from 1 in each part or section.</summary>
    public static IEnumerable<IReadOnlyList<OperativeParagraph>> Sequences(IReadOnlyList<OperativeParagraph> operative) =>
        operative.Count > 0 && InOneSequence(operative) ? [operative] : operative.GroupBy(p => p.Sequence).Select(g => (IReadOnlyList<OperativeParagraph>)g.ToList());

    /// <summary>Whether all the paragraphs are of one sequence, as in nearly every resolution: then they are that sequence, not copied.</summary>
    private static bool InOneSequence(IReadOnlyList<OperativeParagraph> list)
    {
        ReadOnlySpan<OperativeParagraph> operative = Listed.Span(list);
        for (int i = 1; i < operative.Length; i++)
        {
            if (operative[i].Sequence != operative[0].Sequence)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Numbers every sequence's operative paragraphs 1..N, keeping how each number was written ("3." or "3.\t");
    /// a part whose paragraphs are all unnumbered (one alone, or an old resolution's) stays as it is.
    /// </summary>
    public static Fix Renumber(IReadOnlyList<OperativeParagraph> operative)
    {
        var edits = new List<TextEdit>();
        foreach (IReadOnlyList<OperativeParagraph> sequence in Sequences(operative))
        {
            if (sequence.All(p => p.Number is null))
            {
                continue;
            }

            for (int i = 0; i < sequence.Count; i++)
            {
                OperativeParagraph paragraph = sequence[i];
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
        }

        return new Fix("Renumber operative paragraphs", edits);
    }
}
