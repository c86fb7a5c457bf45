using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Resolint.Core.Documents;

using BlockRole = Resolint.Core.Drafts.BlockRole;
using Body = DocumentFormat.OpenXml.Wordprocessing.Body;
using Text = DocumentFormat.OpenXml.Wordprocessing.Text;

/// <summary>
/// Writes a <see cref="DraftLayout"/> as a Word document in the layout of the UN's own Word files of its resolutions:
/// their styles (<c>un-word-styles.xml</c>: Times New Roman 10 pt, the text indented 0.88 in, tab stops every
/// 0.33 in), their page, and their way of laying a paragraph out: a tab, the typed number ("12."), a tab, the words,
/// the lines after the first back at the text's indent. Numbers are typed, not Word's automatic numbering: none of
/// the UN's files numbers automatically, and typed numbers stay what the draft says (parts and annex texts that
/// count from 1 again, "1 bis") wherever the text is pasted. Footnotes are Word footnotes; a note referred to again
/// later is referred to as the UN's files do, by a NOTEREF field to a bookmark at its first marker.
/// </summary>
public static class WordWriter
{
    /// <summary>US Letter, as the UN's New York files, in twentieths of a point.</summary>
    private const int PageWidth = 12240;
    private const int PageHeight = 15840;
    private const int MarginTop = 1440;
    private const int MarginSide = 1200;
    private const int MarginBottom = 1728;
    private const int HeaderDistance = 432;
    private const int FooterDistance = 504;

    /// <summary>The UN's tab step (0.33 in) and the text's left indent (0.88 in): sub-paragraphs below the first level step in by a tab.</summary>
    private const int TabStep = 475;
    private const int TextIndent = 1267;

    /// <summary>Word's own ids for the footnote separators; real notes take ids from 1.</summary>
    private const int SeparatorId = -1;
    private const int ContinuationSeparatorId = 0;

    private const string StylesResource = "documents/un-word-styles.xml";

    /// <summary>The Word document (.docx) of the layout.</summary>
    public static byte[] Write(DraftLayout layout)
    {
        ArgumentNullException.ThrowIfNull(layout);
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            MainDocumentPart main = document.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = new Styles(StylesXml.Value);
            var writing = new Writing(layout);
            main.Document = new Document(writing.Body());
            main.AddNewPart<FootnotesPart>().Footnotes = writing.Footnotes();
            main.AddNewPart<DocumentSettingsPart>().Settings = Settings(writing.FirstNoteNumber);
            HeaderPart header = main.AddNewPart<HeaderPart>();
            header.Header = RunningHeader(layout);
            main.Document.Body!.Append(Section(main.GetIdOfPart(header), writing.FirstNoteNumber));
            document.PackageProperties.Title = string.Join(' ', new[] { layout.Symbol, layout.Title }.Where(s => !string.IsNullOrWhiteSpace(s)));
        }

        return stream.ToArray();
    }

    private static readonly Lazy<string> StylesXml = new(() =>
    {
        using Stream stream = typeof(WordWriter).Assembly.GetManifestResourceStream(StylesResource)
            ?? throw new InvalidOperationException($"The engine is built without its resource {StylesResource}.");
        using var reader = new StreamReader(stream);
        string xml = reader.ReadToEnd();
        int root = xml.IndexOf("<w:styles", StringComparison.Ordinal);
        return xml[root..];
    });

    private static Settings Settings(int firstNoteNumber)
    {
        var notes = new FootnoteDocumentWideProperties(
            new FootnoteSpecialReference { Id = SeparatorId },
            new FootnoteSpecialReference { Id = ContinuationSeparatorId });
        if (firstNoteNumber != 1)
        {
            notes.PrependChild(new NumberingStart { Val = (ushort)firstNoteNumber });
        }

        return new Settings(
            new DefaultTabStop { Val = TabStep },
            new CharacterSpacingControl { Val = CharacterSpacingValues.DoNotCompress },
            notes,
            new Compatibility(new CompatibilitySetting
            {
                Name = CompatSettingNameValues.CompatibilityMode,
                Uri = "http://schemas.microsoft.com/office/word",
                Val = "15",
            }));
    }

    /// <summary>The page, the running header and, where the notes do not start at 1, their start (LibreOffice reads it here, Word here and in the settings).</summary>
    private static SectionProperties Section(string headerId, int firstNoteNumber)
    {
        var section = new SectionProperties(new HeaderReference { Type = HeaderFooterValues.Default, Id = headerId });
        if (firstNoteNumber != 1)
        {
            section.Append(new FootnoteProperties(new NumberingStart { Val = (ushort)firstNoteNumber }));
        }

        section.Append(
            new PageSize { Width = PageWidth, Height = PageHeight },
            new PageMargin { Top = MarginTop, Right = MarginSide, Bottom = MarginBottom, Left = MarginSide, Header = HeaderDistance, Footer = FooterDistance, Gutter = 0 });
        return section;
    }

    /// <summary>The UN's running header: the title on the left, the symbol on the right, a rule below.</summary>
    private static Header RunningHeader(DraftLayout layout)
    {
        var paragraph = new Paragraph(new ParagraphProperties(
            new ParagraphStyleId { Val = "Header" },
            new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = 2, Space = 1, Color = "000000" })));
        AppendWords(paragraph, layout.Title ?? string.Empty, italic: false);
        if (layout.Symbol is { Length: > 0 } symbol)
        {
            paragraph.Append(new Run(new TabChar()));
            AppendWords(paragraph, symbol, italic: false);
        }

        return new Header(paragraph);
    }

    /// <summary>Words as runs: tabs as Word's tabs, line breaks as Word's, characters XML cannot hold left out.</summary>
    private static void AppendWords(OpenXmlCompositeElement paragraph, string words, bool italic)
    {
        var text = new System.Text.StringBuilder(words.Length);
        void Flush()
        {
            if (text.Length > 0)
            {
                paragraph.Append(Words(text.ToString(), italic));
                text.Clear();
            }
        }

        for (int i = 0; i < words.Length; i++)
        {
            char c = words[i];
            if (c == '\t' || c == '\n')
            {
                Flush();
                paragraph.Append(new Run(c == '\t' ? new TabChar() : new Break()));
            }
            else if (char.IsHighSurrogate(c) && i + 1 < words.Length && char.IsLowSurrogate(words[i + 1]))
            {
                text.Append(c).Append(words[i + 1]);
                i++;
            }
            else if (XmlConvert.IsXmlChar(c))
            {
                text.Append(c);
            }
            else if (c == '\f')
            {
                // A form feed (a page break in a plain-text draft) is white space between words.
                text.Append(' ');
            }
        }

        Flush();
    }

    private static Run Words(string text, bool italic)
    {
        var run = new Run();
        if (italic)
        {
            run.Append(new RunProperties(new Italic(), new ItalicComplexScript()));
        }

        run.Append(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        return run;
    }

    /// <summary>One export: the body's paragraphs, the notes they refer to, the bookmarks of notes referred to again.</summary>
    private sealed class Writing(DraftLayout layout)
    {
        private readonly Dictionary<int, LayoutNote> _notes = layout.Notes.GroupBy(n => n.Number).ToDictionary(g => g.Key, g => g.First());

        /// <summary>The notes in the order of their first markers, each with the Word id it takes.</summary>
        private readonly List<LayoutNote> _referenced = [];
        private readonly Dictionary<int, int> _idOfNote = [];

        /// <summary>Notes whose marker stands more than once: their first marker is bookmarked for the later ones.</summary>
        private readonly HashSet<int> _repeated = RepeatedNotes(layout);
        private int _bookmarks;

        /// <summary>
        /// Notes numbered before the text's first marker that no marker refers to: a cover page's notes ("Reissued for
        /// technical reasons"), whose mark the UN puts on the title. A Word footnote lives at a marker, so theirs stand
        /// at the end of the title line (the first block where there is none).
        /// </summary>
        private readonly List<LayoutNote> _coverNotes = CoverNotes(layout);
        private readonly LayoutBlock? _titleBlock = layout.Blocks.FirstOrDefault(b => b.HoldsTitle) ?? layout.Blocks.FirstOrDefault();

        /// <summary>
        /// The notes whose mark is their own (<c>w:customMarkFollows</c>), with that mark: a cover page's note ("*"), and
        /// a note whose number is not the one Word's numbering would give it (a draft that skips one), which shows its own.
        /// </summary>
        private readonly Dictionary<int, string> _customMarks = [];

        /// <summary>The notes Word numbers itself, in order.</summary>
        private int _numberedNotes;

        /// <summary>The number of the first note Word numbers itself, once there is one.</summary>
        private int? _firstNumber;

        /// <summary>The mark of a cover page's note, as the UN's files give it.</summary>
        private const string CoverMark = "*";

        /// <summary>The number Word gives the first note: the layout's, where its notes do not start at 1 (a cover page's note before them).</summary>
        public int FirstNoteNumber => _firstNumber ?? 1;

        public Body Body()
        {
            var body = new Body();
            foreach (LayoutBlock block in layout.Blocks)
            {
                body.Append(Block(block));
            }

            AppendUnreferencedNotes(body);
            return body;
        }

        public Footnotes Footnotes()
        {
            var footnotes = new Footnotes(
                new Footnote(new Paragraph(NoSpacing(), new Run(new SeparatorMark()))) { Type = FootnoteEndnoteValues.Separator, Id = SeparatorId },
                new Footnote(new Paragraph(NoSpacing(), new Run(new ContinuationSeparatorMark()))) { Type = FootnoteEndnoteValues.ContinuationSeparator, Id = ContinuationSeparatorId });
            foreach (LayoutNote note in _referenced)
            {
                // As the UN's notes: a tab, the mark, a space and a tab, the words. A cover page's note begins with its words.
                var paragraph = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "FootnoteText" }), new Run(new TabChar()));
                if (!_customMarks.TryGetValue(note.Number, out string? mark))
                {
                    paragraph.Append(new Run(new RunProperties(new RunStyle { Val = "FootnoteReference" }), new FootnoteReferenceMark()));
                }
                else if (mark != CoverMark)
                {
                    paragraph.Append(new Run(new RunProperties(new RunStyle { Val = "FootnoteReference" }), new Text(mark)));
                }

                paragraph.Append(new Run(new Text(" ") { Space = SpaceProcessingModeValues.Preserve }, new TabChar()));
                AppendRuns(paragraph, note.Runs, inNote: true);
                footnotes.Append(new Footnote(paragraph) { Id = _idOfNote[note.Number] });
            }

            return footnotes;
        }

        private static ParagraphProperties NoSpacing() => new(new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto });

        private static HashSet<int> RepeatedNotes(DraftLayout layout)
        {
            var seen = new HashSet<int>();
            var repeated = new HashSet<int>();
            foreach (LayoutRun run in layout.Blocks.SelectMany(b => b.Runs))
            {
                if (run.Note is int note && !seen.Add(note))
                {
                    repeated.Add(note);
                }
            }

            return repeated;
        }

        private static List<LayoutNote> CoverNotes(DraftLayout layout)
        {
            var markers = layout.Blocks.SelectMany(b => b.Runs).Where(r => r.Note is not null).Select(r => r.Note!.Value).ToList();
            int first = markers.Count > 0 ? markers[0] : int.MaxValue;
            var referred = markers.ToHashSet();
            return [.. layout.Notes.Where(n => n.Number < first && !referred.Contains(n.Number)).OrderBy(n => n.Number)];
        }

        private Paragraph Block(LayoutBlock block)
        {
            Paragraph paragraph = LaidOut(block);
            if (ReferenceEquals(block, _titleBlock))
            {
                foreach (LayoutNote note in _coverNotes)
                {
                    _customMarks[note.Number] = CoverMark;
                    Marker(paragraph, note.Number);
                }
            }

            return paragraph;
        }

        private Paragraph LaidOut(LayoutBlock block)
        {
            var properties = new ParagraphProperties(new ParagraphStyleId { Val = StyleOf(block) });
            var paragraph = new Paragraph(properties);
            switch (block.Role)
            {
                case BlockRole.OrganLine or BlockRole.PreambularParagraph:
                    paragraph.Append(new Run(new TabChar()));
                    break;
                case BlockRole.OperativeParagraph or BlockRole.SubParagraph or BlockRole.AnnexText or BlockRole.RecommendedText or BlockRole.IntroducedText:
                    // Tab, number, tab: the number at the first tab stop, the words at the next, the lines after at the text's indent.
                    paragraph.Append(new Run(new TabChar()));
                    if (block.Label is { Length: > 0 } label)
                    {
                        AppendWords(paragraph, label, italic: false);
                        paragraph.Append(new Run(new TabChar()));
                    }

                    if (block.Role == BlockRole.SubParagraph && block.Level > 1)
                    {
                        // Below the first level the UN's files indent the lines after the first to the label's tab stop.
                        int indent = TextIndent + (TabStep * (block.Level - 1));
                        properties.Append(new Indentation { Left = indent.ToString(System.Globalization.CultureInfo.InvariantCulture), Hanging = TabStep.ToString(System.Globalization.CultureInfo.InvariantCulture) });
                    }

                    break;
                case BlockRole.Subheading or BlockRole.PartHeading:
                    paragraph.Append(new Run(new TabChar()), new Run(new TabChar()));
                    AppendLabel(paragraph, block.Label);
                    break;
                case BlockRole.Annex:
                    properties.Append(new PageBreakBefore());
                    AppendLabel(paragraph, block.Label);
                    break;
                case BlockRole.AdoptionLine:
                    properties.Append(new SpacingBetweenLines { Before = "240" }, new Justification { Val = JustificationValues.Right });
                    AppendLabel(paragraph, block.Label);
                    break;
                case BlockRole.HeadingLine when IsTitleLine(block) && StartsWithNumber(block):
                    // "\t72/102.\tQuestion of Guam": the number hangs at the margin, the title at the text's indent.
                    (string number, List<LayoutRun> title) = SplitTitle(block.Runs, layout.Number!);
                    paragraph.Append(new Run(new TabChar()));
                    AppendWords(paragraph, number, italic: false);
                    paragraph.Append(new Run(new TabChar()));
                    AppendRuns(paragraph, title, inNote: false);
                    return paragraph;
                default:
                    AppendLabel(paragraph, block.Label);
                    break;
            }

            AppendRuns(paragraph, block.Runs, inNote: false);
            return paragraph;
        }

        private static void AppendLabel(Paragraph paragraph, string? label)
        {
            if (label is { Length: > 0 })
            {
                AppendWords(paragraph, label + " ", italic: false);
            }
        }

        /// <summary>The style of the UN's files for the block.</summary>
        private string StyleOf(LayoutBlock block) => block.Role switch
        {
            BlockRole.HeadingLine when IsTitleLine(block) => "TitleH1",
            BlockRole.HeadingLine when layout.AdoptionDate is { Length: > 0 } date && PlainWords(block).Contains(date, StringComparison.Ordinal) => "TitleHCH",
            BlockRole.HeadingLine when PlainWords(block).StartsWith('[') => "H4",
            BlockRole.HeadingLine => "Normal",
            BlockRole.Subheading or BlockRole.PartHeading => "H23",
            BlockRole.Annex => "H1",
            _ => "SingleTxt",
        };

        private static string PlainWords(LayoutBlock block) => string.Concat(block.Runs.Select(r => r.Text)).TrimStart();

        /// <summary>The heading line that holds the resolution's number and title ("68/171. National institutions …").</summary>
        private static bool IsTitleLine(LayoutBlock block) => block.Role == BlockRole.HeadingLine && block.HoldsTitle;

        /// <summary>True where the title line begins with the resolution's number, which then hangs before the title.</summary>
        private bool StartsWithNumber(LayoutBlock block) => layout.Number is { Length: > 0 } number && PlainWords(block).StartsWith(number, StringComparison.Ordinal);

        /// <summary>The title line's number as the draft types it ("68/171."), and its runs after the number.</summary>
        private static (string Number, List<LayoutRun> Words) SplitTitle(IReadOnlyList<LayoutRun> runs, string number)
        {
            string words = string.Concat(runs.Select(r => r.Text));
            int start = words.Length - words.TrimStart().Length;
            int end = start + number.Length;
            while (end < words.Length && !char.IsWhiteSpace(words[end]))
            {
                end++;
            }

            while (end < words.Length && char.IsWhiteSpace(words[end]))
            {
                end++;
            }

            var rest = new List<LayoutRun>(runs.Count);
            int at = 0;
            foreach (LayoutRun run in runs)
            {
                int cut = Math.Clamp(end - at, 0, run.Text.Length);
                at += run.Text.Length;
                if (run.Note is not null || cut < run.Text.Length)
                {
                    rest.Add(run with { Text = run.Text[cut..] });
                }
            }

            return (words[start..end].TrimEnd(), rest);
        }

        private void AppendRuns(Paragraph paragraph, IEnumerable<LayoutRun> runs, bool inNote)
        {
            foreach (LayoutRun run in runs)
            {
                if (run.Note is int number)
                {
                    if (!inNote)
                    {
                        Marker(paragraph, number);
                    }
                }
                else
                {
                    AppendWords(paragraph, run.Text, run.Italic);
                }
            }
        }

        /// <summary>A note's marker: a Word footnote at its first marker, a NOTEREF field to it at a later one.</summary>
        private void Marker(Paragraph paragraph, int number)
        {
            var style = new RunStyle { Val = "FootnoteReference" };
            if (_idOfNote.TryGetValue(number, out int id))
            {
                string bookmark = BookmarkOf(id);
                paragraph.Append(
                    new Run(new RunProperties(style), new FieldChar { FieldCharType = FieldCharValues.Begin }),
                    new Run(new RunProperties(new RunStyle { Val = "FootnoteReference" }), new FieldCode($" NOTEREF {bookmark} \\h ") { Space = SpaceProcessingModeValues.Preserve }),
                    new Run(new RunProperties(new RunStyle { Val = "FootnoteReference" }), new FieldChar { FieldCharType = FieldCharValues.Separate }),
                    new Run(new RunProperties(new RunStyle { Val = "FootnoteReference" }), new Text(number.ToString(System.Globalization.CultureInfo.InvariantCulture))),
                    new Run(new RunProperties(new RunStyle { Val = "FootnoteReference" }), new FieldChar { FieldCharType = FieldCharValues.End }));
                return;
            }

            if (!_notes.TryGetValue(number, out LayoutNote? note))
            {
                // A marker with no note text: the number as the draft shows it, raised, so no word is lost.
                paragraph.Append(new Run(new RunProperties(style), new Text(number.ToString(System.Globalization.CultureInfo.InvariantCulture))));
                return;
            }

            _referenced.Add(note);
            id = _referenced.Count;
            _idOfNote[number] = id;
            if (!_customMarks.ContainsKey(number))
            {
                _firstNumber ??= Math.Max(1, number);
                if (number != _firstNumber + _numberedNotes)
                {
                    _customMarks[number] = number.ToString(System.Globalization.CultureInfo.InvariantCulture);
                }
            }

            Run reference;
            if (_customMarks.TryGetValue(number, out string? mark))
            {
                reference = new Run(new RunProperties(style), new FootnoteReference { Id = id, CustomMarkFollows = true }, new Text(mark));
            }
            else
            {
                _numberedNotes++;
                reference = new Run(new RunProperties(style), new FootnoteReference { Id = id });
            }

            if (_repeated.Contains(number))
            {
                string bookmarkId = (++_bookmarks).ToString(System.Globalization.CultureInfo.InvariantCulture);
                paragraph.Append(new BookmarkStart { Id = bookmarkId, Name = BookmarkOf(id) }, reference, new BookmarkEnd { Id = bookmarkId });
            }
            else
            {
                paragraph.Append(reference);
            }
        }

        private static string BookmarkOf(int id) => "_RefNote" + id.ToString(System.Globalization.CultureInfo.InvariantCulture);

        /// <summary>
        /// Notes no marker refers to after the text's first (a draft's slip) cannot be Word footnotes, which live at their
        /// markers: they follow the text as the UN's plain texts print notes, after a rule, each with its number, so none is lost.
        /// </summary>
        private void AppendUnreferencedNotes(Body body)
        {
            var left = layout.Notes.Where(n => !_idOfNote.ContainsKey(n.Number)).ToList();
            if (left.Count == 0)
            {
                return;
            }

            body.Append(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "FootnoteText" }), Words("__________________", italic: false)));
            foreach (LayoutNote note in left)
            {
                var paragraph = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "FootnoteText" }), new Run(new TabChar()));
                AppendWords(paragraph, note.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), italic: false);
                paragraph.Append(new Run(new TabChar()));
                AppendRuns(paragraph, note.Runs, inNote: true);
                body.Append(paragraph);
            }
        }
    }
}
