using Resolint.Core.Drafts;

namespace Resolint.Core.Parsing;

/// <summary>
/// Finds footnote markers in the text, in text order. Superscripts (¹⁴) and Markdown links ([^1]) say what
/// they are. Plain text lost its superscripts: there a marker is a bare number glued to the word, the
/// punctuation or the year before it ("Secretary-General7", "2013,2", "5 July 20121"). Such a number is a
/// marker only when the footnote texts have that number and it is the next new footnote or a repeat of an
/// earlier one: the sequence and the texts tell markers from other numbers.
/// </summary>
internal sealed class FootnoteMarkerResolver(IReadOnlySet<int> footnoteNumbers)
{
    private static readonly System.Buffers.SearchValues<char> Digits = System.Buffers.SearchValues.Create("0123456789" + SuperscriptDigits.All);

    private int _highest;

    public void Resolve(RawText raw)
    {
        var found = new List<RawMarker>(raw.Markers);
        found.Sort((a, b) => a.Index.CompareTo(b.Index));
        int known = 0;
        int i = 0;
        bool added = false;
        ReadOnlySpan<char> chars = raw.Chars;
        while (i < raw.Length)
        {
            // Only digits can be markers: jump to the next one.
            int next = chars[i..].IndexOfAny(Digits);
            if (next < 0)
            {
                break;
            }

            i += next;
            while (known < found.Count && found[known].Index <= i)
            {
                Accept(found[known].Number);
                known++;
            }

            char c = raw[i];
            if (SuperscriptDigits.ValueOf(c) >= 0)
            {
                int start = i;
                int number = 0;
                while (i < raw.Length && SuperscriptDigits.ValueOf(raw[i]) is int d and >= 0 && i - start < 4)
                {
                    number = (number * 10) + d;
                    i++;
                }

                raw.AddMarker(new RawMarker(start, i - start, number, MarkerForm.Superscript));
                added = true;
                Accept(number);
                continue;
            }

            if ((i == 0 || !char.IsAsciiDigit(raw[i - 1])) && TryGlued(raw, i, out RawMarker marker))
            {
                raw.AddMarker(marker);
                added = true;
                Accept(marker.Number);
                i = marker.Index + marker.Length;
                continue;
            }

            i++;
        }

        while (known < found.Count)
        {
            Accept(found[known].Number);
            known++;
        }

        if (added)
        {
            raw.SortMarkers();
        }
    }

    private void Accept(int number) => _highest = Math.Max(_highest, number);

    /// <summary>A new footnote (the next number, or one further where a drafter skipped one) or a repeat.</summary>
    private bool Plausible(int number) => footnoteNumbers.Contains(number) && number <= _highest + 2 && number > 0;

    private bool TryGlued(RawText raw, int start, out RawMarker marker)
    {
        marker = default;
        int end = start;
        while (end < raw.Length && char.IsAsciiDigit(raw[end]) && end - start < 8)
        {
            end++;
        }

        // A marker is followed by white space, punctuation or the end, never by more of a token.
        if (end < raw.Length && (char.IsLetterOrDigit(raw[end]) || raw[end] is '/' or '-' or '.' && end + 1 < raw.Length && char.IsAsciiDigit(raw[end + 1])))
        {
            return false;
        }

        int length = end - start;
        if (start == 0)
        {
            return false;
        }

        char before = raw[start - 1];

        // "5 July 20121": a year with the marker glued on.
        if (length >= 5 && length <= 7 && FollowsMonth(raw, start))
        {
            int year = ParseInt(raw, start, 4);
            int number = ParseInt(raw, start + 4, length - 4);
            if (year is >= 1900 and <= 2099 && raw[start + 4] != '0' && Plausible(number))
            {
                marker = new RawMarker(start + 4, length - 4, number, MarkerForm.Glued);
                return true;
            }

            return false;
        }

        if (length > 3 || raw[start] == '0')
        {
            return false;
        }

        int value = ParseInt(raw, start, length);
        bool glued = before switch
        {
            // "Secretary-General7", "human rights5": a lower-case letter before the number.
            _ when char.IsLetter(before) => char.IsLower(before) && !IsSymbolToken(raw, start),

            // "2013,2", "Principles),3", "Principles;3": punctuation closing a phrase, but not "1,000".
            ',' => !(start >= 2 && char.IsAsciiDigit(raw[start - 2]) && length == 3),
            ';' or ':' or ')' or '”' or '"' or '’' or '\'' => true,

            // "… rights.5 " at the end of a sentence, but not "Corr.1" or "2.5".
            '.' => start >= 3 && char.IsLower(raw[start - 2]) && char.IsLower(raw[start - 3]) && !IsSymbolToken(raw, start),
            _ => false,
        };

        if (!glued || !Plausible(value))
        {
            return false;
        }

        marker = new RawMarker(start, length, value, MarkerForm.Glued);
        return true;
    }

    /// <summary>True inside a symbol-like token ("Add.1", "Corr.2", "A/73/53/Add.1"): a slash or a known abbreviation.</summary>
    private static bool IsSymbolToken(RawText raw, int digitStart)
    {
        int i = digitStart - 1;
        while (i >= 0 && !char.IsWhiteSpace(raw[i]))
        {
            if (raw[i] == '/')
            {
                return true;
            }

            i--;
        }

        string token = raw.Substring(i + 1, digitStart - i - 1);
        return token is "Add." or "Corr." or "Rev." or "No." or "para." or "paras." or "chap." or "sect." or "art.";
    }

    private static bool FollowsMonth(RawText raw, int start)
    {
        if (start < 2 || raw[start - 1] != ' ')
        {
            return false;
        }

        int wordEnd = start - 1;
        int wordStart = wordEnd;
        while (wordStart > 0 && char.IsLetter(raw[wordStart - 1]))
        {
            wordStart--;
        }

        string word = raw.Substring(wordStart, wordEnd - wordStart);
        return Lexicon.Months.Contains(word);
    }

    private static int ParseInt(RawText raw, int start, int length)
    {
        int value = 0;
        for (int i = start; i < start + length; i++)
        {
            value = (value * 10) + (raw[i] - '0');
        }

        return value;
    }
}
