using Resolint.Core.Drafts;

namespace Resolint.Core.Parsing.Roles;

/// <summary>
/// A block that carries on the one before it rather than opening a new one: a hard-wrapped line, or the rest of a
/// paragraph cut by a page break.
/// </summary>
internal static class ContinuationRole
{
    public const string TailReason = "opens in lower case after a sub-paragraph: the words that close the paragraph after its list";

    public const string ProvisoReason = "opens a proviso (\"Provided, however, that …\"), which qualifies the paragraph before it";

    public const string WrappedReason = "no blank line before it, where blank lines separate paragraphs: a hard-wrapped line";

    /// <summary>
    /// Where blank lines separate paragraphs, a line straight after another carries it on, unless it opens what
    /// always stands on a line of its own: a numbered paragraph, a sub-paragraph label, a footnote text in superscript.
    /// </summary>
    public static bool IsWrappedLine(Block block, LineDiscipline discipline) =>
        discipline == LineDiscipline.BlankSeparated
        && block is { Kind: BlockKind.Paragraph, AfterBlank: false, AfterPageBreak: false }
        && block.Text.Length > 0
        && SuperscriptDigits.ValueOf(block.Text[0]) < 0
        && !SubParagraphLabels.TryRead(block.Text, 0, out _);

    private static string LastWord(RawText text)
    {
        int end = text.Length;
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        int start = end;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        return start == 0 || char.IsWhiteSpace(text[start - 1]) ? text.Substring(start, end - start) : string.Empty;
    }

    /// <summary>
    /// Whether a line opens a paragraph of its own even without a blank line before it, where the line above closed
    /// with its mark ("…to the United Nations, 17" then "Recommends to the General Assembly …"): its first word is a
    /// participle ("Having", "Recalling") or an operative verb the lexicon knows in the third person ("Recommends").
    /// A hard-wrapped line seldom opens so after a closing mark.
    /// </summary>
    public static bool OpensParagraphAfterClosedLine(RawText previous, ReadOnlySpan<char> line)
    {
        if (!PunctuationOf.EndsWithClosingMark(previous) || line.Length < 2 || !char.IsUpper(line[0]))
        {
            return false;
        }

        string word = PunctuationOf.FirstWord(line.ToString());
        string lower = word.ToLowerInvariant();
        return (word.EndsWith("ing", StringComparison.Ordinal) && OpenerReader.CouldOpenPreamble(word))
            || (lower.EndsWith('s') && (Lexicon.IsKnownVerb(lower[..^1]) || (lower.EndsWith("es", StringComparison.Ordinal) && Lexicon.IsKnownVerb(lower[..^2]))));
    }

    /// <summary>
    /// Whether a block carries on the paragraph before it: it opens a proviso; or that paragraph has no closing punctuation and the block
    /// opens in lower case, or stands after a page break (or, one line per block, a line break) without the opening
    /// words a new paragraph would have. Returns the reason, or null.
    /// </summary>
    public static string? Continues(bool previousIsPreambular, RawText previous, Block block, string words, DraftForm form, LineDiscipline discipline)
    {
        if (block.Kind == BlockKind.Paragraph && Lexicon.IsProvisoOpener(PunctuationOf.FirstWord(words)))
        {
            return ProvisoReason;
        }

        if (block.Kind != BlockKind.Paragraph || words.Length == 0 || PunctuationOf.EndsWithClosingMark(previous))
        {
            return null;
        }

        if (char.IsLower(words[0]))
        {
            return "opens in lower case after a paragraph with no closing punctuation";
        }


        if (SubParagraphLabels.TryRead(block.Text, 0, out _) || AdoptionLineRole.IsAdoption(words))
        {
            return null;
        }

        if (Lexicon.IsNounMarker(LastWord(previous)))
        {
            // "…its responsibilities under the" / "Charter of the United Nations …": a blank line OCR put inside a paragraph.
            return "the paragraph above ends with a word that stands only before a noun ('the', 'of')";
        }

        // Where blank lines separate paragraphs, only a page break cuts one.
        bool mayContinue = block.AfterPageBreak || (form == DraftForm.PlainText && discipline == LineDiscipline.LinePerBlock);
        return mayContinue && (!previousIsPreambular || !OpenerReader.CouldOpenPreamble(PunctuationOf.FirstWord(words)))
            ? (block.AfterPageBreak ? "after a page break, without the opening words of a new paragraph" : "on the next line, without the opening words of a new paragraph")
            : null;
    }
}
