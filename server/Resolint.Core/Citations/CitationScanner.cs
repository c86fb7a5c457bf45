using System.Buffers;
using Resolint.Core.Drafts;

namespace Resolint.Core.Citations;

/// <summary>
/// Finds what a paragraph or footnote cites: resolutions and decisions, document symbols, Official Records,
/// and "paragraph 14 above". One pass that jumps from a possible first word of a form to the next, so it
/// is cheap enough to run on every keystroke; no input makes it throw.
/// </summary>
public static class CitationScanner
{
    /// <summary>
    /// What a form's first word holds, in any case (the readers test the case): "resolution(s)" and "decision(s)"
    /// after their first letter, "paragraph(s)" after its first, "Official" and "Ibid" whole.
    /// </summary>
    private static readonly SearchValues<string> Keywords =
        SearchValues.Create(["esolution", "ecision", "aragraph", "official", "ibid"], StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The citations in <paramref name="text"/>, in text order, with source spans. <paramref name="body"/> is the
    /// organ adopting the draft ("General Assembly"), which "its resolution" and an unnamed organ stand for.
    /// </summary>
    public static IReadOnlyList<Citation> Scan(InlineText text, string? body)
    {
        ArgumentNullException.ThrowIfNull(text);
        string s = text.Text;
        List<Citation>? found = null;
        int lastEnd = 0;

        // A document symbol's root is followed by a slash ("A/RES/68/171"): without one, no word is tried as a symbol.
        bool mayHoldSymbol = s.Contains('/');

        // Every form starts with a keyword or a symbol's root, and a word that starts neither reads nothing: the
        // scan jumps from one such word to the next (vectorised searches) instead of trying every word.
        int keyword = NextKeywordWord(s, 0);
        int root = mayHoldSymbol ? NextSymbolRoot(s, 0) : -1;
        while (keyword >= 0 || root >= 0)
        {
            int i = keyword < 0 ? root : root < 0 ? keyword : Math.Min(keyword, root);
            int end = ReadAt(text, body, i, found ??= [], lastEnd, mayHoldSymbol);
            int next = end > i ? end : i + 1;
            lastEnd = end > i ? end : lastEnd;
            if (keyword >= 0 && keyword < next)
            {
                keyword = NextKeywordWord(s, next);
            }

            if (root >= 0 && root < next)
            {
                root = NextSymbolRoot(s, next);
            }
        }

        return found is { Count: > 0 } ? found : [];
    }

    /// <summary>The first word at or after <paramref name="from"/> that starts with a keyword; -1 when none does.</summary>
    private static int NextKeywordWord(string s, int from)
    {
        while (from < s.Length)
        {
            int at = s.AsSpan(from).IndexOfAny(Keywords);
            if (at < 0)
            {
                return -1;
            }

            at += from;

            // The keywords read after a first letter start with "e" or "a"; "official" and "ibid" start the word.
            int word = (s[at] | 0x20) is 'e' or 'a' ? at - 1 : at;
            if (word >= from && Words.StartsWord(s, word))
            {
                return word;
            }

            from = at + 1;
        }

        return -1;
    }

    /// <summary>The first word at or after <paramref name="from"/> whose letters run up to a slash, as a symbol's root does; -1 when none.</summary>
    /// <remarks>Internal so that a heading's symbols are read with the same jumps (<see cref="DocumentSymbols.InSource"/>).</remarks>
    internal static int NextSymbolRoot(string s, int from)
    {
        while (from < s.Length)
        {
            int slash = s.IndexOf('/', from);
            if (slash < 0)
            {
                return -1;
            }

            int word = slash;
            while (word > from && char.IsLetter(s[word - 1]))
            {
                word--;
            }

            if (word < slash && Words.StartsWord(s, word))
            {
                return word;
            }

            from = slash + 1;
        }

        return -1;
    }

    /// <summary>Tries the forms that can start with the word at <paramref name="i"/>; the index after what was read, or -1.</summary>
    /// <remarks>Internal so that a test can try it at every word and find what the jumping scan finds.</remarks>
    internal static int ReadAt(InlineText text, string? body, int i, List<Citation> found, int lastEnd, bool mayHoldSymbol)
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
