using Resolint.Core.Drafts;
using Resolint.Core.Text;

namespace Resolint.Core.Citations;

/// <summary>
/// Reads "Official Records of the General Assembly, Sixty-seventh Session, Supplement No. 53 and corrigendum
/// (A/67/53 and Corr.1)", the Economic and Social Council's "…, 2005, Supplement No. 3 …", and the footnote
/// that continues the one before: "Ibid., Sixty-eighth Session, Supplement No. 53 (A/68/53)".
/// </summary>
internal static class OfficialRecordsReader
{
    /// <summary>Longest organ name read after "Official Records of the"; anything longer is not a title.</summary>
    private const int MaxOrganLength = 60;

    /// <summary>Most words an ordinal takes before "Session" ("One hundred and twenty-first").</summary>
    private const int MaxOrdinalWords = 5;

    public static OfficialRecordsReference? Read(InlineText text, int start, out int end)
    {
        string s = text.Text;
        end = start;
        // "Ibid." opens a footnote; "ibid." continues a list of references in one ("…; ibid., Sixty-fifth Session, …").
        bool ibid = Words.Word(s, start, "Ibid") >= 0 || Words.Word(s, start, "ibid") >= 0;
        string? organ = null;
        int last;
        int i;
        if (ibid)
        {
            // Only an "Ibid." that goes on to name a session or year is a reference to Official Records.
            last = start + "Ibid.".Length;
            i = Words.Literal(s, start, s[start] == 'i' ? "ibid.," : "Ibid.,");
            i = Words.Gap(s, i);
        }
        else
        {
            i = Words.Word(s, start, "Official");
            i = Phrase(s, i, "Records", "of", "the");
            int organEnd = ReadOrgan(s, i, out int organStart);
            if (organEnd < 0)
            {
                return null;
            }

            organ = s[organStart..organEnd];
            last = organEnd;
            i = organEnd < s.Length && s[organEnd] == ',' ? Words.Gap(s, organEnd + 1) : -1;
        }

        string? ordinal = null;
        TextSpan? ordinalSpan = null;
        int? session = null;
        int? year = null;
        int ordinalEnd = ReadSessionOrdinal(s, i, out int sessionEnd);
        int yearEnd = Words.Digits(s, i, 4, out int writtenYear);
        if (ordinalEnd >= 0)
        {
            ordinal = s[i..ordinalEnd];
            ordinalSpan = text.ToSource(TextSpan.FromBounds(i, ordinalEnd));
            session = Ordinals.TryParseWords(ordinal, out int words) ? words
                : Ordinals.TryParseNumeric(ordinal, out int numeric) ? numeric
                : null;
            last = sessionEnd;
        }
        else if (yearEnd >= 0 && yearEnd - i == 4 && Words.EndsWord(s, yearEnd))
        {
            year = writtenYear;
            last = yearEnd;
        }
        else if (ibid && ReadSupplement(s, i, out _, out _) < 0)
        {
            // "Ibid., Supplement No. 5A (A/78/5/Add.1)" repeats the session and names another supplement.
            return null;
        }

        int titleEnd = last;
        string? supplement = null;
        bool withoutNo = false;
        TextSpan? supplementSpan = null;
        int supplementStart = last < s.Length && s[last] == ',' ? Words.Gap(s, last + 1) : -1;
        int supplementEnd = ReadSupplement(s, supplementStart, out int numberStart, out withoutNo);
        if (supplementEnd >= 0)
        {
            supplement = s[numberStart..supplementEnd];
            supplementSpan = text.ToSource(TextSpan.FromBounds(supplementStart, supplementEnd));
            last = titleEnd = supplementEnd;
            int corrigendum = Phrase(s, last, "and");
            corrigendum = Words.Gap(s, corrigendum);
            int corrigendumEnd = Math.Max(Words.Word(s, corrigendum, "corrigendum"), Words.Word(s, corrigendum, "corrigenda"));
            last = corrigendumEnd >= 0 ? corrigendumEnd : last;
        }

        List<DocumentSymbolCitation> symbols = ReadSymbols(text, last, out int symbolsEnd);
        end = symbols.Count > 0 ? symbolsEnd : last;
        TextSpan span = TextSpan.FromBounds(start, end);
        return new OfficialRecordsReference(text.ToSource(span), s[start..end])
        {
            Organ = organ,
            SessionOrdinal = ordinal,
            SessionOrdinalSpan = ordinalSpan,
            Session = session,
            Year = year,
            Supplement = supplement,
            SupplementWithoutNo = withoutNo,
            SupplementSpan = supplementSpan,
            TitleSpan = ibid ? null : text.ToSource(TextSpan.FromBounds(start, titleEnd)),
            Symbols = symbols,
            IsIbid = ibid,
        };
    }

    /// <summary>The words that follow, each after a space; the index after the last, or -1.</summary>
    private static int Phrase(string s, int i, params ReadOnlySpan<string> words)
    {
        foreach (string word in words)
        {
            i = Words.Gap(s, i);
            i = Words.Word(s, i, word);
            if (i < 0)
            {
                return -1;
            }
        }

        return i;
    }

    /// <summary>
    /// "General Assembly" up to the comma that follows it (a known organ may also end the reference); the index
    /// where the name ends, or -1 when the words run on into a sentence.
    /// </summary>
    private static int ReadOrgan(string s, int i, out int start)
    {
        i = start = Words.Gap(s, i);
        if (i < 0 || i >= s.Length || !char.IsUpper(s[i]))
        {
            return -1;
        }

        int end = i;
        while (end < s.Length && end - i < MaxOrganLength && (char.IsLetter(s[end]) || Words.IsSpace(s[end]) || s[end] == '-'))
        {
            end++;
        }

        while (end > i && Words.IsSpace(s[end - 1]))
        {
            end--;
        }

        if (end < s.Length && s[end] == ',')
        {
            return end;
        }

        int next = Words.SkipSpaces(s, end);
        bool closes = next == s.Length || s[next] is '.' or '(';
        return closes && Organs.IsFullName(s.AsSpan(i, end - i)) ? end : -1;
    }

    /// <summary>"Sixty-seventh" before "Session"; the index after the ordinal (and the word "Session"), or -1.</summary>
    private static int ReadSessionOrdinal(string s, int i, out int sessionEnd)
    {
        sessionEnd = -1;
        if (i < 0)
        {
            return -1;
        }

        int wordStart = i;
        int ordinalEnd = -1;
        for (int words = 0; words <= MaxOrdinalWords && wordStart < s.Length; words++)
        {
            int wordEnd = wordStart;
            while (wordEnd < s.Length && (char.IsLetterOrDigit(s[wordEnd]) || s[wordEnd] == '-'))
            {
                wordEnd++;
            }

            if (wordEnd == wordStart)
            {
                return -1;
            }

            if (ordinalEnd >= 0 && Words.Word(s, wordStart, "Session", StringComparison.OrdinalIgnoreCase) == wordEnd)
            {
                sessionEnd = wordEnd;
                return ordinalEnd;
            }

            ordinalEnd = wordEnd;
            wordStart = Words.Gap(s, wordEnd);
            if (wordStart < 0)
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>"Supplement No. 53", "Supplement No. 53A", "Special Supplement No. 1", "Supplement 53"; the index after the number, or -1.</summary>
    private static int ReadSupplement(string s, int i, out int numberStart, out bool withoutNo)
    {
        numberStart = -1;
        withoutNo = false;
        // The Security Council's "Special Supplement No. 1".
        int special = Words.Word(s, i, "Special");
        i = Words.Word(s, special >= 0 ? Words.Gap(s, special) : i, "Supplement");
        i = Words.Gap(s, i);
        if (i < 0)
        {
            return -1;
        }

        int afterNo = Words.Literal(s, i, "No.");
        withoutNo = afterNo < 0;
        numberStart = withoutNo ? i : Words.SkipSpaces(s, afterNo);
        int end = Words.Digits(s, numberStart, 3, out _);
        if (end >= 0 && end < s.Length && Words.IsAsciiUpper(s[end]))
        {
            end++;
        }

        return end >= 0 && Words.EndsWord(s, end) ? end : -1;
    }

    /// <summary>"(A/67/53 and Corr.1)", "(E/2005/23, E/2005/23/Corr.1 and E/2005/23/Corr.2)"; empty when the brackets hold anything else.</summary>
    private static List<DocumentSymbolCitation> ReadSymbols(InlineText text, int i, out int end)
    {
        string s = text.Text;
        var symbols = new List<DocumentSymbolCitation>();
        end = i;
        i = Words.SkipSpaces(s, i);
        if (i >= s.Length || s[i] != '(')
        {
            return symbols;
        }

        i++;
        while (DocumentSymbols.Read(text, i, out int symbolEnd) is DocumentSymbolCitation symbol)
        {
            symbols.Add(symbol);
            if (symbolEnd < s.Length && s[symbolEnd] == ')')
            {
                end = symbolEnd + 1;
                return symbols;
            }

            i = symbolEnd < s.Length && s[symbolEnd] == ',' ? symbolEnd + 1 : symbolEnd;
            int and = Phrase(s, i, "and");
            i = Words.Gap(s, and >= 0 ? and : i);
            if (i < 0)
            {
                break;
            }
        }

        symbols.Clear();
        return symbols;
    }
}
