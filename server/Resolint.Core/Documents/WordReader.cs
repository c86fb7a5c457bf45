using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Resolint.Core.Documents;

using Body = DocumentFormat.OpenXml.Wordprocessing.Body;
using DraftForm = Resolint.Core.Drafts.DraftForm;
using Text = DocumentFormat.OpenXml.Wordprocessing.Text;

/// <summary>
/// Reads a Word draft (.docx) as the text a reader of it sees: the body's paragraphs in order (table cells too),
/// italics as the runs show them (their own formatting over their character style over the paragraph's style),
/// the numbers Word's automatic numbering gives, footnotes and endnotes from their parts, tracked changes as the
/// text stands after them, fields and hyperlinks as the text they show. Headers, footers and comments are not the
/// draft's text and are left out.
/// </summary>
public static class WordReader
{
    /// <exception cref="DocumentFormatException">The file is no Word document resolint can read; the message says why.</exception>
    public static DocumentText Read(byte[] bytes)
    {
        ZipPackage.Check(bytes);
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using WordprocessingDocument document = WordprocessingDocument.Open(stream, false, new OpenSettings
            {
                MaxCharactersInPart = ZipPackage.MaxInflatedBytes,
            });
            if (document.MainDocumentPart?.Document?.Body is not { } body)
            {
                throw new DocumentFormatException("it is a package with no Word document in it");
            }

            var reading = new Reading(document.MainDocumentPart);
            reading.ReadBody(body);
            return reading.Result();
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or XmlException or IOException or InvalidOperationException or FormatException or NotSupportedException or ArgumentException)
        {
            throw new DocumentFormatException($"it is a damaged or unreadable Word document ({ex.Message})");
        }
    }

    /// <summary>One document's reading: its styles, numbering and notes looked up as the body is walked once.</summary>
    private sealed class Reading
    {
        private readonly MarkdownRendering _out = new();
        private readonly WordStyles _styles;
        private readonly WordNumbering _numbering;
        private readonly Dictionary<string, OpenXmlCompositeElement> _footnotes = [];
        private readonly Dictionary<string, OpenXmlCompositeElement> _endnotes = [];

        /// <summary>The notes in the order their markers first appear, each with the number it shows.</summary>
        private readonly List<OpenXmlCompositeElement> _notesInOrder = [];
        private readonly Dictionary<OpenXmlCompositeElement, int> _noteNumbers = [];

        /// <summary>The number Word gives the first footnote: 1, or the start the section or the settings set (<c>w:numStart</c>).</summary>
        private readonly int _firstNoteNumber;

        private int _insertions;
        private int _deletions;
        private int _customMarks;
        private bool _endnotesRead;

        /// <summary>True after a note reference whose mark is the text that follows it ("*", "7"), not Word's number.</summary>
        private bool _customMarkFollows;

        /// <summary>The note of the reference whose mark follows; null where it is none of the document's.</summary>
        private OpenXmlCompositeElement? _customNote;

        /// <summary>The notes Word numbers itself, met so far.</summary>
        private int _numberedNotes;

        /// <summary>Notes marked with a number of their own ("7" where Word would number 6), with that mark, which their text may begin with.</summary>
        private readonly Dictionary<OpenXmlCompositeElement, string> _ownNumbers = [];

        /// <summary>While a note marked with its own number is read: its mark, which is no word of it where the text begins with it.</summary>
        private string? _noteMark;

        /// <summary>Notes marked with a sign of their own ("*"), a cover page's, in order.</summary>
        private readonly List<OpenXmlCompositeElement> _coverNotes = [];

        public Reading(MainDocumentPart main)
        {
            _firstNoteNumber = main.Document?.Body?.GetFirstChild<SectionProperties>()?.GetFirstChild<FootnoteProperties>()?.NumberingStart?.Val?.Value
                ?? main.DocumentSettingsPart?.Settings?.GetFirstChild<FootnoteDocumentWideProperties>()?.NumberingStart?.Val?.Value
                ?? 1;
            _styles = new WordStyles(main.StyleDefinitionsPart?.Styles);
            _numbering = new WordNumbering(main.NumberingDefinitionsPart?.Numbering);
            foreach (Footnote note in main.FootnotesPart?.Footnotes?.Elements<Footnote>() ?? [])
            {
                if (note.Id?.Value is { } id && !IsSeparator(note.Type))
                {
                    _footnotes[id.ToString(System.Globalization.CultureInfo.InvariantCulture)] = note;
                }
            }

            foreach (Endnote note in main.EndnotesPart?.Endnotes?.Elements<Endnote>() ?? [])
            {
                if (note.Id?.Value is { } id && !IsSeparator(note.Type))
                {
                    _endnotes[id.ToString(System.Globalization.CultureInfo.InvariantCulture)] = note;
                }
            }
        }

        public void ReadBody(Body body)
        {
            ReadBlocks(body);
            NumberCoverNotes();

            // In the order of their numbers, as the page lists them: a note marked with its own number may come first.
            foreach (OpenXmlCompositeElement note in _notesInOrder.OrderBy(n => _noteNumbers[n]))
            {
                _out.BeginNote(_noteNumbers[note]);

                // A note's own number typed before its words is its mark, not a word.
                _noteMark = _ownNumbers.GetValueOrDefault(note);
                bool first = true;
                foreach (Paragraph paragraph in note.Elements<Paragraph>())
                {
                    if (!first)
                    {
                        _out.Text(" ", italic: false);
                    }

                    first = false;
                    ReadInline(paragraph, _styles.ParagraphStyle(paragraph));
                }
            }

            _out.EndParagraph();
        }

        /// <summary>
        /// A cover page's notes ("*") take the numbers before Word's first where it leaves room for them (a numbering that
        /// starts after 1, as an export of a draft whose cover note is 1 writes it); otherwise they are left out.
        /// </summary>
        private void NumberCoverNotes()
        {
            if (_coverNotes.Count == 0)
            {
                return;
            }

            if (_firstNoteNumber - _coverNotes.Count < 1)
            {
                return;
            }

            _customMarks -= _coverNotes.Count;

            for (int i = 0; i < _coverNotes.Count; i++)
            {
                _noteNumbers[_coverNotes[i]] = _firstNoteNumber - _coverNotes.Count + i;
            }

            _notesInOrder.InsertRange(0, _coverNotes);
        }

        public DocumentText Result()
        {
            var notes = new List<string>();
            if (_insertions + _deletions > 0)
            {
                notes.Add($"tracked changes ({_insertions} insertions, {_deletions} deletions) are read as accepted: the text is checked as it stands after them");
            }

            if (_customMarks > 0)
            {
                notes.Add($"{_customMarks} note(s) with a mark of their own (such as \"*\") are left out of the footnotes");
            }

            if (_endnotesRead)
            {
                notes.Add("endnotes are read as footnotes, numbered with them in the order they appear");
            }

            if (_out.Paragraphs == 0)
            {
                throw new DocumentFormatException("it holds no text: it is not a draft resolution");
            }

            return new DocumentText(_out.ToString(), DraftForm.Markdown, "Word", notes);
        }

        private static bool IsSeparator(EnumValue<FootnoteEndnoteValues>? type) =>
            type?.Value is { } value && (value == FootnoteEndnoteValues.Separator || value == FootnoteEndnoteValues.ContinuationSeparator || value == FootnoteEndnoteValues.ContinuationNotice);

        /// <summary>Paragraphs in order, inside tables, content controls and custom XML too.</summary>
        private void ReadBlocks(OpenXmlElement container)
        {
            foreach (OpenXmlElement child in container.ChildElements)
            {
                switch (child)
                {
                    case Paragraph paragraph:
                        ReadParagraph(paragraph);
                        break;
                    case SectionProperties or TableProperties or TableGrid or TableRowProperties or TableCellProperties or SdtProperties:
                        break;
                    case OpenXmlCompositeElement composite:
                        ReadBlocks(composite);
                        break;
                }
            }
        }

        private void ReadParagraph(Paragraph paragraph)
        {
            string? style = _styles.ParagraphStyle(paragraph);
            string? label = _numbering.Label(paragraph.ParagraphProperties?.NumberingProperties ?? _styles.Numbering(style), style);
            _out.BeginParagraph(label);
            ReadInline(paragraph, style);
            _out.EndParagraph();
        }

        /// <summary>The text of a paragraph's runs, through hyperlinks, fields, content controls and insertions; deletions dropped.</summary>
        private void ReadInline(OpenXmlElement container, string? paragraphStyle)
        {
            foreach (OpenXmlElement child in container.ChildElements)
            {
                switch (child)
                {
                    case Run run:
                        ReadRun(run, paragraphStyle);
                        break;
                    case DeletedRun or MoveFromRun:
                        _deletions++;
                        break;
                    case InsertedRun or MoveToRun:
                        _insertions++;
                        ReadInline(child, paragraphStyle);
                        break;
                    case ParagraphProperties or SdtProperties or SdtEndCharProperties:
                        break;
                    case DocumentFormat.OpenXml.Math.OfficeMath or DocumentFormat.OpenXml.Math.Paragraph:
                        _out.Text(child.InnerText, italic: false);
                        break;
                    case OpenXmlCompositeElement:
                        // Hyperlinks, simple fields, content controls, smart tags, custom XML: their runs are the text.
                        ReadInline(child, paragraphStyle);
                        break;
                }
            }
        }

        private void ReadRun(Run run, string? paragraphStyle)
        {
            RunProperties? properties = run.RunProperties;
            if (properties?.Vanish is { } vanish && WordStyles.IsOn(vanish))
            {
                return;
            }

            bool italic = _styles.IsItalic(properties, paragraphStyle);
            foreach (OpenXmlElement child in run.ChildElements)
            {
                switch (child)
                {
                    case Text text:
                        if (_customMarkFollows)
                        {
                            // The mark of a note without Word's number ("*" on a cover line, "7") is the note's, not the draft's words.
                            _customMarkFollows = false;
                            CustomMark(text.Text);
                            break;
                        }

                        if (_noteMark is { } mark)
                        {
                            _noteMark = null;
                            if (text.Text.Trim() == mark)
                            {
                                break;
                            }
                        }

                        _out.Text(text.Text, italic);
                        break;
                    case TabChar or PositionalTab:
                        _out.Text("\t", italic);
                        break;
                    case Break brk when brk.Type?.Value is { } type && (type == BreakValues.Page || type == BreakValues.Column):
                        _out.Text(" ", italic: false);
                        break;
                    case Break or CarriageReturn:
                        _out.LineBreak();
                        break;
                    case NoBreakHyphen:
                        _out.Text("\u2011", italic);
                        break;
                    case FootnoteReference reference:
                        NoteReference(reference.Id?.Value, reference.CustomMarkFollows, _footnotes);
                        break;
                    case EndnoteReference reference:
                        _endnotesRead = true;
                        NoteReference(reference.Id?.Value, reference.CustomMarkFollows, _endnotes);
                        break;
                }
            }
        }

        private void NoteReference(long? id, OnOffValue? customMarkFollows, Dictionary<string, OpenXmlCompositeElement> notes)
        {
            OpenXmlCompositeElement? note = id is { } value && notes.TryGetValue(value.ToString(System.Globalization.CultureInfo.InvariantCulture), out OpenXmlCompositeElement? found) ? found : null;
            if (customMarkFollows is { } custom && (!custom.HasValue || custom.Value))
            {
                _customMarks++;
                _customMarkFollows = true;
                _customNote = note;
                return;
            }

            if (note is null)
            {
                return;
            }

            if (!_noteNumbers.TryGetValue(note, out int number))
            {
                _notesInOrder.Add(note);
                number = _firstNoteNumber + _numberedNotes++;
                _noteNumbers[note] = number;
            }

            _out.Marker(number);
        }

        /// <summary>A note's mark of its own: a number is the note's number and its marker; a sign ("*") marks a cover page's note.</summary>
        private void CustomMark(string mark)
        {
            OpenXmlCompositeElement? note = _customNote;
            _customNote = null;
            if (note is null || _noteNumbers.ContainsKey(note))
            {
                return;
            }

            if (int.TryParse(mark.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int number))
            {
                _notesInOrder.Add(note);
                _noteNumbers[note] = number;
                _ownNumbers[note] = mark.Trim();
                _customMarks--;
                _out.Marker(number);
            }
            else if (!_coverNotes.Contains(note))
            {
                _coverNotes.Add(note);
            }
        }
    }
}
