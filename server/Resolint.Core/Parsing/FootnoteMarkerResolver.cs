using System.Buffers;
using System.Text;
using Resolint.Core.Drafts;

namespace Resolint.Core.Parsing;

/// <summary>
/// Finds footnote markers in the text, in text order. Superscripts (¹⁴) and Markdown links ([^1]) say what
/// they are; a Markdown reference left as literal text ("[^7]", which Markdig leaves when no definition has
/// that number) is a marker too, whose text is missing. A superscript ² or ³ on a unit after a number
/// ("1.0 m³", "50 km²") is an exponent. Plain text lost its superscripts: there a marker is a bare number
/// glued to the word, the punctuation or the year before it ("Secretary-General7", "2013,2", "5 July
/// 20121"), or, in printed texts read by OCR, standing after them with a space ("the Cambodia conflict, 115",
/// "dated 12 March 1993 3 addressed"). Such a number is a marker only when the footnote texts have that
/// number and it is a new footnote in sequence (the next, or one further where one was lost) or a repeat of
/// an earlier one, glued or after the closing mark that ends a paragraph: the sequence and the texts
/// tell markers from other numbers. Numbering may begin above 1 (a volume numbers its footnotes throughout).
/// </summary>
internal sealed class FootnoteMarkerResolver
{
    private static readonly SearchValues<char> Digits = SearchValues.Create("0123456789" + SuperscriptDigits.All);

    /// <summary>
    /// The digits of a text in ASCII alone, which holds no superscript: a range, searched many times faster than
    /// <see cref="Digits"/>, whose superscripts outside ASCII make every search of it slow.
    /// </summary>
    private static readonly SearchValues<char> AsciiDigits = SearchValues.Create("0123456789");

    /// <summary>The longest token a symbol check reads back ("A/CONF.189/12/Corr.1"): enough for any symbol, and linear on a text without spaces.</summary>
    private const int LongestSymbolToken = 48;

    /// <summary>The longest unit an exponent stands on ("m³", "km²", "cm³").</summary>
    private const int LongestUnit = 3;

    private readonly IReadOnlySet<int> _footnoteNumbers;

    /// <summary>The highest number met so far; before any, one below the first footnote text's number.</summary>
    private int _highest;

    /// <summary>A text that writes superscript or Markdown markers has not lost them: no number standing alone is one.</summary>
    private bool _marksItsMarkers;

    public FootnoteMarkerResolver(IReadOnlySet<int> footnoteNumbers)
    {
        _footnoteNumbers = footnoteNumbers;
        _highest = footnoteNumbers.Count > 0 ? footnoteNumbers.Min() - 1 : 0;
    }

    public void Resolve(RawText raw)
    {
        // A text lent unchanged (with the markers its reader found, the same as the text it was lent from), met in the state
        // that text was resolved in, is resolved as it was: its markers, moved, and the state after are taken, the characters
        // not scanned again. Markdown's marked paragraphs are the commonest: a keystroke would otherwise scan every one.
        RawText? earlier = raw.ReadsAs;
        if (earlier?.Resolved is { } known && ReferenceEquals(known.FootnoteNumbers, _footnoteNumbers) && known.Highest == _highest && known.MarksItsMarkers == _marksItsMarkers)
        {
            raw.TakeMarkers(known.Markers, raw.ShiftFromReadsAs - known.Shift);
            (_highest, _marksItsMarkers) = (known.HighestAfter, known.MarksItsMarkersAfter);
            return;
        }

        (int highest, bool marks) = (_highest, _marksItsMarkers);
        Scan(raw);
        if (earlier is not null)
        {
            earlier.Resolved = new RawText.Resolution(_footnoteNumbers, highest, marks, [.. raw.Markers], raw.ShiftFromReadsAs, _highest, _marksItsMarkers);
        }
    }

    private void Scan(RawText raw)
    {
        // The markers the reader found, in order (most paragraphs have none: no list is made for them).
        List<RawMarker>? found = raw.Markers.Count == 0 ? null : [.. raw.Markers];
        found?.Sort((a, b) => a.Index.CompareTo(b.Index));
        int foundCount = found?.Count ?? 0;
        int known = 0;
        int i = 0;
        bool added = false;
        int lastMarkerEnd = -1;
        ReadOnlySpan<char> chars = raw.Chars;
        SearchValues<char> digits = DigitsIn(chars);
        while (i < chars.Length)
        {
            // Only digits can be markers: jump to the next one.
            int next = chars[i..].IndexOfAny(digits);
            if (next < 0)
            {
                break;
            }

            i += next;
            known = AcceptFound(found, known, i);

            // The search finds only digits: one that is not ASCII is a superscript.
            if (!char.IsAsciiDigit(chars[i]))
            {
                if (IsExponent(chars, i))
                {
                    i++;
                    continue;
                }

                int start = i;
                int number = 0;
                while (i < chars.Length && SuperscriptDigits.ValueOf(chars[i]) is int d and >= 0 && i - start < 4)
                {
                    number = (number * 10) + d;
                    i++;
                }

                raw.AddMarker(WithSeparator(new RawMarker(start, i - start, number, MarkerForm.Superscript), chars, lastMarkerEnd));
                lastMarkerEnd = i;
                _marksItsMarkers = true;
                added = true;
                Accept(number);
                continue;
            }

            if ((i == 0 || !char.IsAsciiDigit(chars[i - 1])) && (TryLiteralReference(chars, i, out RawMarker marker) || TryGlued(chars, i, out marker) || TrySpaced(chars, i, out marker)))
            {
                raw.AddMarker(WithSeparator(marker, chars, lastMarkerEnd));
                added = true;
                Accept(marker.Number);
                i = marker.Index + marker.Length;
                lastMarkerEnd = i;
                continue;
            }

            // The rest of the number: a digit after an ASCII digit opens no marker ("2021", "A/76/167"), so the search
            // goes on after the run, not from each of its digits (the markers found among them are taken as there).
            i++;
            while (i < chars.Length && char.IsAsciiDigit(chars[i]))
            {
                i++;
            }

            known = AcceptFound(found, known, i - 1);
        }

        while (known < foundCount)
        {
            Accept(found![known].Number);
            known++;
        }

        if (added)
        {
            raw.SortMarkers();
        }
    }

    /// <summary>Takes the markers the reader found, from the <paramref name="known"/>th on, that stand at or before <paramref name="index"/>; returns the first not taken.</summary>
    private int AcceptFound(List<RawMarker>? found, int known, int index)
    {
        for (; found is not null && known < found.Count && found[known].Index <= index; known++)
        {
            Accept(found[known].Number);
            _marksItsMarkers = true;
        }

        return known;
    }

    /// <summary>The digits a search through <paramref name="chars"/> must find: ASCII ones alone when it holds nothing else.</summary>
    internal static SearchValues<char> DigitsIn(ReadOnlySpan<char> chars) => Ascii.IsValid(chars) ? AsciiDigits : Digits;

    private void Accept(int number) => _highest = Math.Max(_highest, number);

    /// <summary>
    /// "…of the Joint Inspection Unit.3,4": the comma between two markers in a row separates the markers, it is not
    /// the paragraph's punctuation, so it goes with the second marker.
    /// </summary>
    private static RawMarker WithSeparator(RawMarker marker, ReadOnlySpan<char> chars, int lastMarkerEnd) =>
        marker.Length > 0 && marker.Index >= 1 && marker.Index - 1 == lastMarkerEnd && chars[marker.Index - 1] == ','
            ? marker with { Index = marker.Index - 1, Length = marker.Length + 1 }
            : marker;

    /// <summary>A new footnote (the next number, or one further where a drafter skipped one) or a repeat.</summary>
    private bool Plausible(int number) => _footnoteNumbers.Contains(number) && number <= _highest + 2 && number > 0;

    /// <summary>"[^7]" left as text: a Markdown reference to a footnote no definition has. Always a marker.</summary>
    private static bool TryLiteralReference(ReadOnlySpan<char> chars, int start, out RawMarker marker)
    {
        marker = default;
        if (start < 2 || chars[start - 1] != '^' || chars[start - 2] != '[')
        {
            return false;
        }

        int end = start;
        while (end < chars.Length && char.IsAsciiDigit(chars[end]) && end - start < 4)
        {
            end++;
        }

        if (end >= chars.Length || chars[end] != ']' || chars[start] == '0')
        {
            return false;
        }

        marker = new RawMarker(start - 2, end + 1 - (start - 2), ParseInt(chars, start, end - start), MarkerForm.Markdown);
        return true;
    }

    /// <summary>
    /// "the Cambodia conflict, 115 " or "12 March 1993 3 addressed": a number standing alone after a word, a
    /// closing mark or a year, as OCR reads a lost superscript. Only a new footnote in sequence is read so, and
    /// never after a word that counts or refers ("paragraph 3", "with 4 abstentions") or a month ("December 2, 2008"),
    /// nor before a month ("of 4 March"), a bracket ("242 (1967)") or another number.
    /// </summary>
    private bool TrySpaced(ReadOnlySpan<char> chars, int start, out RawMarker marker)
    {
        marker = default;
        if (_marksItsMarkers || start < 2 || chars[start - 1] != ' ' || chars[start] == '0')
        {
            return false;
        }

        int end = start;
        while (end < chars.Length && char.IsAsciiDigit(chars[end]) && end - start < 4)
        {
            end++;
        }

        int value = ParseInt(chars, start, end - start);
        if (end - start > 3 || !Plausible(value))
        {
            return false;
        }

        // "the United Nations, 1/": the Security Council's documents of the 1990s typed their markers with a slash.
        if (end < chars.Length && chars[end] == '/' && (end + 1 == chars.Length || chars[end + 1] is ' ' or ',' or ';' or '.' or ':'))
        {
            end++;
        }

        // A repeat ("Ibid." cited again) stands so only after the closing mark that ends a paragraph ("and S/8486, 22").
        bool repeat = value <= _highest;

        // After: the end, a space before a word that is not a month and not a number, or closing punctuation.
        if (end < chars.Length)
        {
            // Not a number with decimals or thousands ("2.2 billion", "1,000").
            char after = chars[end];
            if (after is not (' ' or ',' or ';' or '.' or ':') || (end + 1 < chars.Length && after != ' ' && char.IsAsciiDigit(chars[end + 1])))
            {
                return false;
            }

            int next = end;
            while (next < chars.Length && chars[next] == ' ')
            {
                next++;
            }

            if (next < chars.Length && (char.IsAsciiDigit(chars[next]) || chars[next] is '(' or '/' || Lexicon.Months.Contains(WordAt(chars, next))))
            {
                return false;
            }
        }

        // Before: a word that does not count or refer, closing punctuation, or a year.
        int wordEnd = start - 1;
        int wordStart = wordEnd;
        while (wordStart > 0 && wordEnd - wordStart < LongestSymbolToken && !char.IsWhiteSpace(chars[wordStart - 1]))
        {
            wordStart--;
        }

        string word = chars.Slice(wordStart, wordEnd - wordStart).ToString();

        // "of December 2, 2008": a day after its month, unless the day stands before it ("dated 1 September 30 and …").
        if (Lexicon.Months.Contains(word) && !AfterADay(chars, wordStart))
        {
            return false;
        }

        // "Adopted at the 733rd meeting. 19": after a full stop only as the last thing of the block, where no sentence goes on.
        bool closesBlock = IsLastOfBlock(chars, end);
        if (word.Length > 1 && (word[^1] is ',' or ';' or ')' or '”' or '"' || (word[^1] == '.' && closesBlock)))
        {
            // After a closing mark ("of 12 December 1984, 50"), unless it closes a number of a list ("paragraphs 1, 2").
            ReadOnlySpan<char> closed = word.AsSpan(0, word.Length - 1);
            if ((closed.ContainsAnyExceptInRange('0', '9') || IsYear(closed)) && (!repeat || closesBlock))
            {
                marker = new RawMarker(start, end - start, value, MarkerForm.Glued);
                return true;
            }

            return false;
        }

        // "contained in documents S/10182 17 and S/10251": a symbol has no space in it, so a number after one is not its own.
        if (repeat || (!IsYear(word) && !IsDocumentSymbol(word) && (word.Length == 0 || !char.IsLetter(word[^1]) || Lexicon.NumberNouns.Contains(word))))
        {
            return false;
        }

        marker = new RawMarker(start, end - start, value, MarkerForm.Glued);
        return true;
    }

    /// <summary>A day's number ("1", "24") just before the word at <paramref name="wordStart"/>.</summary>
    private static bool AfterADay(ReadOnlySpan<char> chars, int wordStart)
    {
        int end = wordStart - 1;
        if (end < 1 || chars[end] != ' ' || !char.IsAsciiDigit(chars[end - 1]))
        {
            return false;
        }

        int start = end - 1;
        while (start > 0 && char.IsAsciiDigit(chars[start - 1]))
        {
            start--;
        }

        return end - start <= 2 && (start == 0 || !char.IsLetterOrDigit(chars[start - 1]));
    }

    private static bool IsLastOfBlock(ReadOnlySpan<char> chars, int end)
    {
        while (end < chars.Length && char.IsWhiteSpace(chars[end]))
        {
            end++;
        }

        return end == chars.Length;
    }

    /// <summary>"S/10182", "A/68/456": a capital, a slash, a number at the end.</summary>
    private static bool IsDocumentSymbol(string word) =>
        word.Length > 2 && char.IsAsciiLetterUpper(word[0]) && word.Contains('/', StringComparison.Ordinal) && char.IsAsciiDigit(word[^1]);

    private static bool IsYear(ReadOnlySpan<char> word) => word.Length == 4 && word[0] is '1' or '2' && !word.ContainsAnyExceptInRange('0', '9');

    /// <summary>A superscript ² or ³ on a short unit after a number ("1.0 m³", "0.05 m³/hour"): an exponent.</summary>
    private static bool IsExponent(ReadOnlySpan<char> chars, int index)
    {
        if (chars[index] is not ('\u00B2' or '\u00B3') || (index + 1 < chars.Length && SuperscriptDigits.ValueOf(chars[index + 1]) >= 0))
        {
            return false;
        }

        int unitStart = index;
        while (unitStart > 0 && char.IsAsciiLetterLower(chars[unitStart - 1]) && index - unitStart <= LongestUnit)
        {
            unitStart--;
        }

        int length = index - unitStart;
        return length is > 0 and <= LongestUnit && unitStart >= 2 && chars[unitStart - 1] == ' ' && char.IsAsciiDigit(chars[unitStart - 2]);
    }

    private static string WordAt(ReadOnlySpan<char> chars, int start)
    {
        int end = start;
        while (end < chars.Length && char.IsLetter(chars[end]) && end - start < LongestSymbolToken)
        {
            end++;
        }

        return chars.Slice(start, end - start).ToString();
    }

    private bool TryGlued(ReadOnlySpan<char> chars, int start, out RawMarker marker)
    {
        marker = default;
        int end = start;
        while (end < chars.Length && char.IsAsciiDigit(chars[end]) && end - start < 8)
        {
            end++;
        }

        // A marker is followed by white space, punctuation or the end, never by more of a token.
        if (end < chars.Length && (char.IsLetterOrDigit(chars[end]) || chars[end] is '/' or '-' or '.' && end + 1 < chars.Length && char.IsAsciiDigit(chars[end + 1])))
        {
            return false;
        }

        int length = end - start;
        if (start == 0)
        {
            return false;
        }

        char before = chars[start - 1];

        // "5 July 20121": a year with the marker glued on.
        if (length >= 5 && length <= 7 && FollowsMonth(chars, start))
        {
            int year = ParseInt(chars, start, 4);
            int number = ParseInt(chars, start + 4, length - 4);
            if (year is >= 1900 and <= 2099 && chars[start + 4] != '0' && Plausible(number))
            {
                marker = new RawMarker(start + 4, length - 4, number, MarkerForm.Glued);
                return true;
            }

            return false;
        }

        if (length > 3 || chars[start] == '0')
        {
            return false;
        }

        int value = ParseInt(chars, start, length);
        bool glued = before switch
        {
            // "Secretary-General7", "human rights5": a lower-case letter before the number.
            _ when char.IsLetter(before) => char.IsLower(before) && !IsSymbolToken(chars, start),

            // "2013,2", "Principles),3", "Principles;3": punctuation closing a phrase, but not "1,000".
            ',' => !(start >= 2 && char.IsAsciiDigit(chars[start - 2]) && length == 3),
            ';' or ':' or ')' or '”' or '"' or '’' or '\'' => true,

            // "… rights.5 " at the end of a sentence, but not "Corr.1" or "2.5".
            '.' => start >= 3 && char.IsLower(chars[start - 2]) && char.IsLower(chars[start - 3]) && !IsSymbolToken(chars, start),
            _ => false,
        };

        if (!glued || !Plausible(value))
        {
            return false;
        }

        marker = new RawMarker(start, length, value, MarkerForm.Glued);
        return true;
    }

    /// <summary>
    /// True inside a symbol-like token ("Add.1", "Corr.2", "A/73/53/Add.1"): a slash or an abbreviation a
    /// number follows. A token longer than any symbol is not one.
    /// </summary>
    private static bool IsSymbolToken(ReadOnlySpan<char> chars, int digitStart)
    {
        int i = digitStart - 1;
        while (i >= 0 && !char.IsWhiteSpace(chars[i]))
        {
            if (chars[i] == '/')
            {
                return true;
            }

            if (digitStart - i > LongestSymbolToken)
            {
                return false;
            }

            i--;
        }

        return Lexicon.NumberNouns.Contains(chars.Slice(i + 1, digitStart - i - 1).ToString());
    }

    private static bool FollowsMonth(ReadOnlySpan<char> chars, int start)
    {
        if (start < 2 || chars[start - 1] != ' ')
        {
            return false;
        }

        int wordEnd = start - 1;
        int wordStart = wordEnd;
        while (wordStart > 0 && char.IsLetter(chars[wordStart - 1]))
        {
            wordStart--;
        }

        string word = chars.Slice(wordStart, wordEnd - wordStart).ToString();
        return Lexicon.Months.Contains(word);
    }

    private static int ParseInt(ReadOnlySpan<char> chars, int start, int length)
    {
        int value = 0;
        for (int i = start; i < start + length; i++)
        {
            value = (value * 10) + (chars[i] - '0');
        }

        return value;
    }
}
