using Resolint.Core.Text;

namespace Resolint.Core.Parsing.Roles;

/// <summary>
/// A footnote text: a Markdown definition ("[^1]: …"), a line opened by superscript digits ("¹ A/72/330."), or a line
/// opened by a bare number that is the next footnote's (any number, after the adoption line).
/// </summary>
internal static class FootnoteTextRole
{
    /// <summary>Longest footnote number read: four digits is past any resolution's notes, and "2017 …" is a year.</summary>
    private const int MaxDigits = 4;

    public readonly record struct FootnoteStart(int Number, TextSpan NumberSpan, int Skip, string Reason);

    /// <param name="markedAtEnd">The numbers of markers OCR set apart at the end of paragraphs above ("…Guinea, 43"): a line opened by one is that footnote's text, wherever the page put it.</param>
    public static FootnoteStart? Read(Block block, string words, int lastFootnoteNumber, bool afterAdoption, IReadOnlySet<int>? markedAtEnd = null)
    {
        RawText raw = block.Text;
        if (block.Kind == BlockKind.FootnoteText)
        {
            return new FootnoteStart(block.Number ?? 0, block.NumberSpan, 0, "a Markdown footnote definition");
        }

        if (block.Kind != BlockKind.Paragraph || raw.Length <= 1)
        {
            return null;
        }

        int i = 0;
        int number = 0;
        bool superscript = SuperscriptDigits.ValueOf(raw[0]) >= 0;
        while (i < raw.Length && i < MaxDigits && (superscript ? SuperscriptDigits.ValueOf(raw[i]) >= 0 : char.IsAsciiDigit(raw[i])))
        {
            number = (number * 10) + (superscript ? SuperscriptDigits.ValueOf(raw[i]) : raw[i] - '0');
            i++;
        }

        // "1/ S/26111.": the Security Council's footnote numbers of the 1990s, followed by a slash.
        int afterNumber = !superscript && i + 1 < raw.Length && raw[i] == '/' && char.IsWhiteSpace(raw[i + 1]) ? i + 1 : i;
        bool misread = false;
        if (!superscript && afterAdoption && i > 0 && afterNumber < raw.Length && !char.IsWhiteSpace(raw[afterNumber]))
        {
            // "33.One member …", "17See Official Records …": after the adoption line, the number OCR read with a full
            // stop or glued to the note's first word.
            int word = raw[afterNumber] == '.' ? afterNumber + 1 : afterNumber;
            misread = word < raw.Length && char.IsUpper(raw[word]);
            afterNumber = misread ? word : afterNumber;
        }

        if (i == 0 || afterNumber >= raw.Length || (!misread && !char.IsWhiteSpace(raw[afterNumber])) || number == 0)
        {
            return null;
        }

        if (!superscript && ((!afterAdoption && number != lastFootnoteNumber + 1 && markedAtEnd?.Contains(number) != true)
            || HeadingLines.Date().IsMatch(words) || HeadingLines.Meeting().IsMatch(words)))
        {
            return null;
        }

        int skip = afterNumber;
        while (skip < raw.Length && char.IsWhiteSpace(raw[skip]))
        {
            skip++;
        }

        string reason = superscript ? "opens with a superscript number"
            : misread ? "opens with a number after the adoption line, read with a full stop or glued to the first word"
            : afterAdoption ? "opens with a number after the adoption line"
            : number == lastFootnoteNumber + 1 ? "opens with the next footnote's number" : "opens with the number of a marker set apart at the end of a paragraph above";
        return new FootnoteStart(number, TextSpan.FromBounds(raw.OffsetAt(0), raw.OffsetAt(i - 1) + 1), skip, reason);
    }
}
