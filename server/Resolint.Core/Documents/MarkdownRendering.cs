using System.Text;

namespace Resolint.Core.Documents;

/// <summary>
/// Writes a structured document (Word, Akoma Ntoso) as the Markdown the parser reads, in the layout of the UN's own
/// Markdown texts: one paragraph a line with a blank line between, "12. " before a numbered paragraph, italics as
/// <c>*…*</c>, footnote markers as <c>[^n]</c> and the footnote texts after a <c>__________________</c> line at the
/// end. Characters Markdown would read as markup are escaped, so the parser sees the words the document holds.
/// </summary>
internal sealed class MarkdownRendering
{
    /// <summary>The line the UN's texts put between the resolution and its footnote texts.</summary>
    private const string FootnoteRule = "__________________";

    private readonly StringBuilder _body = new();
    private readonly StringBuilder _notes = new();
    private readonly StringBuilder _line = new();

    /// <summary>Italic text waiting to be closed, so that emphasis never begins or ends on a space.</summary>
    private readonly StringBuilder _italic = new();

    private bool _open;
    private bool _inNote;

    /// <summary>True until the paragraph's first words: white space before them (Word's indenting tabs) is dropped.</summary>
    private bool _atStart;

    /// <summary>True after a tab was written as a space: the white space after it is the same gap.</summary>
    private bool _afterTab;

    public int Paragraphs { get; private set; }

    /// <summary>True where runs of spaces are layout, not the text's (XML): each run is written as one space.</summary>
    public bool CollapseSpaces { get; init; }

    /// <summary>Opens a paragraph, with its number or label as the document shows it ("12.", "(a)"), if any.</summary>
    public void BeginParagraph(string? label = null)
    {
        EndParagraph();
        _open = true;
        _atStart = true;
        if (!string.IsNullOrWhiteSpace(label))
        {
            _line.Append(label.Trim()).Append(' ');
        }
    }

    /// <summary>Opens a footnote's text: "[^n]: ".</summary>
    public void BeginNote(int number)
    {
        EndParagraph();
        _open = true;
        _atStart = true;
        _inNote = true;
        _line.Append("[^").Append(number).Append("]: ");
    }

    public void Text(string text, bool italic)
    {
        if (!_open || text.Length == 0)
        {
            return;
        }

        if (_atStart)
        {
            text = text.TrimStart();
            if (text.Length == 0)
            {
                return;
            }

            _atStart = false;
        }

        if (italic)
        {
            _italic.Append(text);
        }
        else
        {
            FlushItalic();
            AppendEscaped(text);
        }
    }

    /// <summary>A footnote marker where the document has one.</summary>
    public void Marker(int number)
    {
        if (!_open)
        {
            return;
        }

        FlushItalic();
        _atStart = false;
        _line.Append("[^").Append(number).Append(']');
    }

    /// <summary>A line break inside a paragraph (the closing block's "66th plenary meeting" / "7 December 2017").</summary>
    public void LineBreak()
    {
        if (!_open)
        {
            return;
        }

        FlushItalic();
        TrimLineEnd();
        _line.Append('\n');
    }

    /// <summary>Closes the paragraph; an empty one leaves nothing.</summary>
    public void EndParagraph()
    {
        if (!_open)
        {
            return;
        }

        FlushItalic();
        _open = false;
        _afterTab = false;
        string line = Tidy(_line.ToString());
        _line.Clear();
        StringBuilder target = _inNote ? _notes : _body;
        bool note = _inNote;
        _inNote = false;
        if (line.Length == 0 || (note && line.EndsWith("]:", StringComparison.Ordinal)))
        {
            return;
        }

        if (!note)
        {
            if (target.Length > 0)
            {
                target.Append('\n');
            }

            Paragraphs++;
        }

        target.Append(line).Append('\n');
    }

    /// <summary>The whole Markdown text: the paragraphs, then the footnote texts.</summary>
    public override string ToString()
    {
        EndParagraph();
        if (_notes.Length == 0)
        {
            return _body.ToString();
        }

        return new StringBuilder(_body.Length + _notes.Length + 32)
            .Append(_body).Append('\n').Append(FootnoteRule).Append("\n\n").Append(_notes).ToString();
    }

    private void FlushItalic()
    {
        if (_italic.Length == 0)
        {
            return;
        }

        string text = _italic.ToString();
        _italic.Clear();
        int start = 0;
        while (start < text.Length && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        int end = text.Length;
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        AppendEscaped(text[..start]);
        string core = text[start..end];
        if (core.Any(char.IsLetterOrDigit))
        {
            _line.Append('*');
            AppendEscaped(core);
            _line.Append('*');
        }
        else
        {
            // Punctuation alone in italics ("," after an italic opener) reads the same plain.
            AppendEscaped(core);
        }

        AppendEscaped(text[end..]);
    }

    /// <summary>
    /// Appends words with what Markdown would read as markup escaped: emphasis and code marks, backslashes, angle
    /// brackets (HTML, autolinks) and "[^" (a footnote label). A "_" inside a word is no emphasis and stays. A tab
    /// (Word's gap after a number, its indent) is one space however many stand together; a no-break space is a space,
    /// as in the UN's own text renderings.
    /// </summary>
    private void AppendEscaped(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            bool tab = c is '\t' or '\r' or '\n';
            if (_afterTab && (tab || c is ' ' or '\u00A0' or '\u202F'))
            {
                continue;
            }

            _afterTab = tab;
            switch (c)
            {
                case '*' or '`' or '\\' or '<':
                    _line.Append('\\').Append(c);
                    break;
                case '_' when !(i > 0 && char.IsLetterOrDigit(text[i - 1]) && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1])):
                    _line.Append("\\_");
                    break;
                case '[' when i + 1 < text.Length && text[i + 1] == '^':
                    _line.Append("\\[");
                    break;
                case '\t' or '\r' or '\n':
                    if (_line.Length == 0 || _line[^1] != ' ')
                    {
                        _line.Append(' ');
                    }

                    break;
                case '\u00A0' or '\u202F':
                    _line.Append(' ');
                    break;
                case ' ' when CollapseSpaces && _line.Length > 0 && _line[^1] == ' ':
                    break;
                default:
                    _line.Append(c);
                    break;
            }
        }
    }

    private void TrimLineEnd()
    {
        while (_line.Length > 0 && _line[^1] == ' ')
        {
            _line.Length--;
        }
    }

    /// <summary>
    /// One paragraph's lines, each trimmed, runs of spaces left as the document has them inside the line; a line that
    /// Markdown would open as a heading, quote, list or rule has that first mark escaped.
    /// </summary>
    private static string Tidy(string paragraph)
    {
        var result = new StringBuilder(paragraph.Length + 4);
        foreach (string raw in paragraph.Split('\n'))
        {
            string line = raw.Trim(' ');
            if (line.Length == 0)
            {
                continue;
            }

            if (result.Length > 0)
            {
                result.Append('\n');
            }

            // The first line's "12. " is the paragraph's number, typed or given by Word, and reads as one.
            result.Append(EscapeBlockStart(line, escapeNumber: result.Length > 0));
        }

        return result.ToString();
    }

    private static string EscapeBlockStart(string line, bool escapeNumber)
    {
        char first = line[0];
        if (first is '#' or '>' or '=' || (first is '-' or '+' && (line.Length == 1 || line[1] == ' ')))
        {
            return "\\" + line;
        }

        if (!escapeNumber)
        {
            return line;
        }

        int digits = 0;
        while (digits < line.Length && digits < 10 && char.IsAsciiDigit(line[digits]))
        {
            digits++;
        }

        return digits > 0 && digits < line.Length && line[digits] is '.' or ')' && (digits + 1 == line.Length || line[digits + 1] == ' ')
            ? string.Concat(line.AsSpan(0, digits), "\\", line.AsSpan(digits))
            : line;
    }
}
