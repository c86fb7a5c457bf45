using Resolint.Core.Drafts;

namespace Resolint.Core.Citations;

/// <summary>
/// Finds what a paragraph or footnote cites: resolutions and decisions, document symbols, Official Records,
/// and "paragraph 14 above". One pass over the words, trying a form only where its first word stands, so it
/// is cheap enough to run on every keystroke; no input makes it throw.
/// </summary>
public static class CitationScanner
{
    /// <summary>
    /// The citations in <paramref name="text"/>, in text order, with source spans. <paramref name="body"/> is the
    /// organ adopting the draft ("General Assembly"), which "its resolution" and an unnamed organ stand for.
    /// </summary>
    public static IReadOnlyList<Citation> Scan(InlineText text, string? body)
    {
        ArgumentNullException.ThrowIfNull(text);
        string s = text.Text;
        var found = new List<Citation>();
        int i = 0;
        int lastEnd = 0;

        // A document symbol's root is followed by a slash ("A/RES/68/171"): without one, no word is tried as a symbol.
        bool mayHoldSymbol = s.Contains('/');
        while (i < s.Length)
        {
            if (!Words.StartsWord(s, i))
            {
                i++;
                continue;
            }

            int end = ReadAt(text, body, i, found, lastEnd, mayHoldSymbol);
            if (end > i)
            {
                i = lastEnd = end;
                continue;
            }

            // No form starts inside a word: go on after it.
            i++;
            while (i < s.Length && Words.IsWordChar(s[i]))
            {
                i++;
            }
        }

        return found;
    }

    /// <summary>Tries the forms that can start with the word at <paramref name="i"/>; the index after what was read, or -1.</summary>
    private static int ReadAt(InlineText text, string? body, int i, List<Citation> found, int lastEnd, bool mayHoldSymbol)
    {
        int end;
        switch (text.Text[i])
        {
            case 'r' or 'R' or 'd' or 'D':
                return ResolutionListReader.Read(text, body, i, found, lastEnd);
            case 'p' or 'P':
                return Add(ParagraphReferenceReader.Read(text, i, out end), end, found);
            case 'O' or 'I' or 'i':
                if (Add(OfficialRecordsReader.Read(text, i, out end), end, found) >= 0)
                {
                    return end;
                }

                break;
        }

        return mayHoldSymbol ? Add(DocumentSymbols.Read(text, i, out end), end, found) : -1;
    }

    private static int Add(Citation? citation, int end, List<Citation> found)
    {
        if (citation is null)
        {
            return -1;
        }

        found.Add(citation);
        return end;
    }
}
