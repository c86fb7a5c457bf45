using Resolint.Core.Drafts;
using Resolint.Core.Text;

namespace Resolint.Core.Rules.Punctuation;

/// <summary>
/// The punctuation that closes a paragraph as a drafter reads it: the last mark (footnote markers after it
/// are not the paragraph's words), a mark inside a closing quotation mark or bracket, the semicolon of
/// "…; and" before the last sub-paragraph; and none when the words stop bare or with an abbreviation's full
/// stop ("etc."). It knows how to put the expected mark in place.
/// </summary>
internal sealed class ClosingMark
{
    /// <summary>Words whose full stop is their own and not the paragraph's.</summary>
    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal)
    {
        "etc", "al", "No", "Nos", "para", "paras", "chap", "sect", "vol", "Corr", "Add", "Rev", "Suppl", "p", "pp", "Inc", "Ltd", "Co",
    };

    private ClosingMark(char? mark, TextSpan span, int insertAt, bool insideQuote)
    {
        Mark = mark;
        Span = span;
        InsertAt = insertAt;
        InsideQuote = insideQuote;
    }

    /// <summary>',', ';', ':', '.', or null when the paragraph has none.</summary>
    public char? Mark { get; }

    /// <summary>Where to report: the mark, or the last character when there is none.</summary>
    public TextSpan Span { get; }

    /// <summary>Where a missing mark goes: just after the last character of the words.</summary>
    public int InsertAt { get; }

    /// <summary>The mark stands inside a closing quotation mark or bracket: moving it is the drafter's call.</summary>
    public bool InsideQuote { get; }

    /// <param name="paragraph">The paragraph.</param>
    /// <param name="conjunctionAllowed">True for sub-paragraphs, which may close with "; and" or "; or".</param>
    public static ClosingMark Of(Paragraph paragraph, bool conjunctionAllowed)
    {
        InlineText content = paragraph.Content;
        string text = content.Text;
        int last = content.LastVisibleIndex();
        if (last < 0)
        {
            return new ClosingMark(null, paragraph.Ending.Span, paragraph.Ending.InsertAt, false);
        }

        TextSpan lastChar = content.ToSource(new TextSpan(last, 1));
        if (conjunctionAllowed && SemicolonBeforeConjunction(text, last) is int semicolon)
        {
            return new ClosingMark(';', content.ToSource(new TextSpan(semicolon, 1)), lastChar.End, false);
        }

        char c = text[last];
        if (c is ',' or ';' or ':')
        {
            return new ClosingMark(c, lastChar, lastChar.End, false);
        }

        if (c == '.')
        {
            return IsAbbreviation(text, last)
                ? new ClosingMark(null, lastChar, lastChar.End, false)
                : new ClosingMark(c, lastChar, lastChar.End, false);
        }

        int i = last;
        while (i >= 0 && text[i] is '"' or '”' or '’' or '\'' or ')' or ']')
        {
            i--;
        }

        if (i >= 0 && i < last && text[i] is ',' or ';' or ':' or '.')
        {
            return new ClosingMark(text[i], content.ToSource(new TextSpan(i, 1)), lastChar.End, true);
        }

        return new ClosingMark(null, lastChar, lastChar.End, false);
    }

    /// <summary>"ends with a semicolon", "has no closing punctuation".</summary>
    public string Describe() => Mark switch
    {
        null => "has no closing punctuation",
        char m when InsideQuote => $"ends with {Name(m)} inside its closing quotation mark or bracket",
        char m => $"ends with {Name(m)}",
    };

    public static string Name(char mark) => mark switch
    {
        ',' => "a comma",
        ';' => "a semicolon",
        ':' => "a colon",
        _ => "a full stop",
    };

    /// <summary>Replaces the wrong mark, or inserts the missing one. Null for a mark inside quotation marks.</summary>
    public Fix? FixTo(SourceText source, char expected)
    {
        string title = $"End with {Name(expected)}";
        if (Mark is null)
        {
            return new Fix(title, [new TextEdit(new TextSpan(InsertAt, 0), expected.ToString())]);
        }

        return InsideQuote || source.Slice(Span) != Mark.Value.ToString()
            ? null
            : new Fix(title, [new TextEdit(Span, expected.ToString())]);
    }

    /// <summary>"…; and" or "…; or": the index of the semicolon, or null.</summary>
    private static int? SemicolonBeforeConjunction(string text, int last)
    {
        foreach (string conjunction in (ReadOnlySpan<string>)["and", "or"])
        {
            int start = last - conjunction.Length + 1;
            if (start <= 0 || string.CompareOrdinal(text, start, conjunction, 0, conjunction.Length) != 0 || !char.IsWhiteSpace(text[start - 1]))
            {
                continue;
            }

            int i = start - 1;
            while (i >= 0 && char.IsWhiteSpace(text[i]))
            {
                i--;
            }

            if (i >= 0 && text[i] == ';')
            {
                return i;
            }
        }

        return null;
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
