using Resolint.Core.Drafts;
using Resolint.Core.Text;

namespace Resolint.Lsp.Features;

/// <summary>
/// Numbers the operative paragraphs 1, 2, 3 … in the order they stand, as the Editorial Manual asks,
/// touching only the digits: the full stop, tab or Markdown list syntax around them stay as written.
/// </summary>
internal static class Renumbering
{
    public static IReadOnlyList<TextEdit> Edits(Draft draft)
    {
        var edits = new List<TextEdit>();
        int expected = 1;
        int sequence = 0;
        foreach (OperativeParagraph paragraph in draft.Operative)
        {
            // Each part or section of a resolution in parts is numbered from 1.
            if (paragraph.Sequence != sequence)
            {
                sequence = paragraph.Sequence;
                expected = 1;
            }

            if (DigitsOf(paragraph) is { } digits)
            {
                string wanted = expected.ToString(System.Globalization.CultureInfo.InvariantCulture);
                if (draft.Text.Slice(digits) != wanted)
                {
                    edits.Add(new TextEdit(digits, wanted));
                }
            }

            expected++;
        }

        return edits;
    }

    /// <summary>The span of the number's digits in the source; null for a paragraph written without a number.</summary>
    private static TextSpan? DigitsOf(OperativeParagraph paragraph)
    {
        string written = paragraph.NumberText;
        int first = 0;
        while (first < written.Length && !char.IsAsciiDigit(written[first]))
        {
            first++;
        }

        int last = first;
        while (last < written.Length && char.IsAsciiDigit(written[last]))
        {
            last++;
        }

        if (last == first || paragraph.NumberSpan.Length < last)
        {
            return null;
        }

        return new TextSpan(paragraph.NumberSpan.Start + first, last - first);
    }
}
