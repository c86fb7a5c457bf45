using Resolint.Core.Drafts;
using Resolint.Core.Parsing.Roles;
using Resolint.Core.Text;

namespace Resolint.Core.Rules.Punctuation;

/// <summary>
/// The punctuation that closes a paragraph as a drafter reads it: the parser's <see cref="Ending"/> (footnote
/// markers after the mark are not the paragraph's words; "…; and" before the last sub-paragraph closes with
/// its semicolon), and beside it what the parser leaves open: an abbreviation's full stop ("etc."), which closes
/// a sentence but not a clause, a mark inside a closing quotation mark or bracket, a marker left as bare digits
/// after the mark. It knows how to put the expected mark in place.
/// </summary>
internal readonly struct ClosingMark
{
    /// <summary>
    /// Abbreviations a paragraph may end with: their full stop closes a sentence too, but not a clause, so
    /// "etc." ends the resolution and "etc.;" an operative paragraph.
    /// </summary>
    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal)
    {
        "etc", "al", "No", "Nos", "para", "paras", "chap", "sect", "vol", "Corr", "Add", "Rev", "Suppl",
    };

    private ClosingMark(char? mark, TextSpan span, int insertAt, string? after = null, bool abbreviation = false)
    {
        Mark = mark;
        Span = span;
        InsertAt = insertAt;
        After = after;
        Abbreviation = abbreviation;
    }

    /// <summary>',', ';', ':', '.', or null when the paragraph has none.</summary>
    public char? Mark { get; }

    /// <summary>The full stop is an abbreviation's ("etc."): it ends a sentence, and a clause mark may follow it.</summary>
    public bool Abbreviation { get; }

    /// <summary>Where to report: the mark, or the last character when there is none.</summary>
    public TextSpan Span { get; }

    /// <summary>Where a missing mark goes: just after the last character of the words.</summary>
    public int InsertAt { get; }

    /// <summary>
    /// The mark with what follows it, when words or a closing quotation mark stand after it ("; and" in an
    /// operative paragraph, ".”"): where the mark belongs is then the drafter's call, so no fix replaces it.
    /// </summary>
    public string? After { get; }

    /// <summary>
    /// Whether the paragraph closes with <paramref name="expected"/> as <see cref="Of"/> reads it (<see cref="Is"/>), known
    /// from the parser's ending alone: a mark the parser found is the one <see cref="Of"/> finds, whatever follows it. False
    /// says only that <see cref="Of"/> must read the words. The rules ask it of every paragraph on every keystroke, and
    /// nearly all end as they should.
    /// </summary>
    public static bool EndsWith(Paragraph paragraph, char expected) => paragraph.Ending.Mark == expected;

    /// <param name="paragraph">The paragraph.</param>
    /// <param name="conjunctionAllowed">True for sub-paragraphs, which may close with "; and" or "; or".</param>
    public static ClosingMark Of(Paragraph paragraph, bool conjunctionAllowed)
    {
        InlineText content = paragraph.Content;
        string text = content.Text;
        int last = content.LastVisibleIndex();
        Ending ending = paragraph.Ending;
        if (last < 0)
        {
            return new ClosingMark(null, ending.Span, ending.InsertAt);
        }

        TextSpan lastChar = content.ToSource(new TextSpan(last, 1));
        if (ending.Mark is char mark && IndexOf(content, ending.Span.Start, last, lastChar.Start) is int at and >= 0)
        {
            // "…Nations, 386": a footnote marker OCR set apart, its text not in the copy, is not the paragraph's words.
            if (at < last && PunctuationOf.BeforeLostMarker(text, last) != at)
            {
                // "; and" closes a sub-paragraph before the last; anything else after the mark is the drafter's to place.
                string tail = text[at..(last + 1)];
                bool conjunction = tail[1..].Trim() is "and" or "or";
                return new ClosingMark(mark, ending.Span, lastChar.End, conjunctionAllowed && conjunction ? null : tail);
            }

            return new ClosingMark(mark, ending.Span, lastChar.End, abbreviation: mark == '.' && IsAbbreviation(text, at));
        }

        // A footnote marker the parser could not resolve (its footnote text is missing) stays as digits: "2011,12".
        // Two digits at most, so that "1,000" stays a number.
        int digits = last;
        while (digits >= 0 && last - digits < 2 && char.IsAsciiDigit(text[digits]))
        {
            digits--;
        }

        if (digits < last && digits > 0 && text[digits] is ',' or ';' or ':' or '.')
        {
            return new ClosingMark(text[digits], content.ToSource(new TextSpan(digits, 1)), lastChar.End);
        }

        // A mark inside closing quotation marks or brackets: "…entitled “Our common agenda”.".
        int quote = last;
        while (quote >= 0 && text[quote] is '"' or '”' or '’' or '\'' or ')' or ']')
        {
            quote--;
        }

        if (quote >= 0 && quote < last && text[quote] is ',' or ';' or ':' or '.')
        {
            return new ClosingMark(text[quote], content.ToSource(new TextSpan(quote, 1)), lastChar.End, text[quote..(last + 1)]);
        }

        return new ClosingMark(null, lastChar, lastChar.End);
    }

    /// <summary>
    /// Where the mark at <paramref name="sourceOffset"/> stands in the words (<see cref="InlineText.FromSourceOffset"/>), or -1.
    /// Most paragraphs end with their mark: where it stands over the last visible character (<paramref name="last"/>, at
    /// <paramref name="lastOffset"/>) and the characters beside that stand before and after it in the source, no other
    /// character stands there, and the words are not searched for it (every operative paragraph, on every keystroke).
    /// </summary>
    private static int IndexOf(InlineText content, int sourceOffset, int last, int lastOffset)
    {
        bool alone = lastOffset == sourceOffset
            && (last == 0 || content.ToSourceOffset(last - 1) < sourceOffset)
            && (last == content.Length - 1 || content.ToSourceOffset(last + 1) > sourceOffset);
        return alone ? last : content.FromSourceOffset(sourceOffset);
    }

    /// <summary>Whether the paragraph closes with the mark expected; an abbreviation's full stop closes a sentence.</summary>
    public bool Is(char expected) => Mark == expected && (!Abbreviation || expected == '.');

    /// <summary>"ends with a semicolon", "has no closing punctuation".</summary>
    public string Describe() => Mark switch
    {
        null => "has no closing punctuation",
        _ when Abbreviation => "has no closing punctuation after the abbreviation",
        _ when After is not null => $"ends with '{After}'",
        char m => $"ends with {Name(m)}",
    };

    public static string Name(char mark) => mark switch
    {
        ',' => "a comma",
        ';' => "a semicolon",
        ':' => "a colon",
        _ => "a full stop",
    };

    /// <summary>Replaces the wrong mark, or inserts the missing one. Null when something follows the mark.</summary>
    public Fix? FixTo(SourceText source, char expected)
    {
        string title = $"End with {Name(expected)}";
        if (Mark is null || Abbreviation)
        {
            return new Fix(title, [new TextEdit(new TextSpan(InsertAt, 0), expected.ToString())]);
        }

        return After is not null || source.Slice(Span) != Mark.Value.ToString()
            ? null
            : new Fix(title, [new TextEdit(Span, expected.ToString())]);
    }

    private static bool IsAbbreviation(string text, int stop)
    {
        int start = stop;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        return start < stop && Abbreviations.Contains(text[start..stop]) && (start == 0 || !char.IsLetterOrDigit(text[start - 1]));
    }
}
