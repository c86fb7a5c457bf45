using System.Text;
using System.Xml;
using System.Xml.Linq;
using DraftForm = Resolint.Core.Drafts.DraftForm;

namespace Resolint.Core.Documents;

/// <summary>
/// Reads an Akoma Ntoso document (the UN's AKN4UN XML) as the text its printed resolution shows: the cover page's
/// adoption line and origin line ("Resolution adopted by …", "[on the report of …]"), the preface ("75/102. Title"),
/// the preamble's formula and recitals, the body's numbered paragraphs and points ("1.", "(a)" from their
/// <c>num</c>), headings, the closing block and the annexes, in document order; italics from <c>i</c> and from spans
/// of class "italic"; <c>authorialNote</c>s as footnote markers with their texts at the end, numbered by their
/// <c>marker</c> as printed, and a <c>noteRef</c> to a note given before as its marker again. The metadata
/// (<c>meta</c>) and the rest of the cover page (symbol, distribution, logo) are not the resolution's text.
/// </summary>
public static class AknReader
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersInDocument = ZipPackage.MaxInflatedBytes,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
    };

    /// <summary>Elements that hold a block of text: each is one paragraph of the rendering.</summary>
    private static readonly HashSet<string> TextBlocks = new(StringComparer.Ordinal)
    {
        "p", "heading", "subheading", "crossHeading", "listIntroduction", "listWrapUp", "docTitle", "longTitle",
    };

    /// <summary>Elements that hold no text of the resolution.</summary>
    private static readonly HashSet<string> Skipped = new(StringComparer.Ordinal)
    {
        "meta", "img", "noteRef", "componentRef", "documentRef",
    };

    /// <summary>Block containers inside a paragraph's text (a quoted or embedded text): they are read as blocks of their own.</summary>
    private static readonly HashSet<string> InlineBlocks = new(StringComparer.Ordinal)
    {
        "embeddedStructure", "quotedStructure", "blockList", "table", "blockContainer", "list", "subFlow",
    };

    /// <summary>Elements that only format the words they hold.</summary>
    private static readonly HashSet<string> Formatting = new(StringComparer.Ordinal) { "span", "i", "b", "u", "sup", "sub" };

    /// <summary>The cover page's parts that the printed resolution's heading shows.</summary>
    private static readonly HashSet<string> CoverHeading = new(StringComparer.Ordinal) { "docTitle", "docProponent" };

    /// <exception cref="DocumentFormatException">The file is no Akoma Ntoso document; the message says why.</exception>
    public static DocumentText Read(byte[] bytes)
    {
        XDocument document;
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(bytes, writable: false), Settings);
            document = XDocument.Load(reader, LoadOptions.PreserveWhitespace);
        }
        catch (XmlException ex)
        {
            throw new DocumentFormatException($"it is not well-formed XML ({ex.Message})");
        }

        if (document.Root is not { Name.LocalName: "akomaNtoso" } root)
        {
            throw new DocumentFormatException($"it is XML but not Akoma Ntoso: its root is <{document.Root?.Name.LocalName}>, not <akomaNtoso>");
        }

        var reading = new Reading();
        reading.UnreferencedNotes(root);
        reading.Blocks(root);
        return reading.Result();
    }

    private sealed class Reading
    {
        private readonly MarkdownRendering _out = new() { CollapseSpaces = true };
        private readonly List<(int Number, XElement Note)> _notes = [];
        private string? _label;
        private bool _inParagraph;

        /// <summary>The metadata's notes (<c>meta/notes</c>) with their number as <c>marker</c>: a note no marker refers to, or only a <c>noteRef</c>.</summary>
        private readonly List<(int Number, XElement Note)> _unreferenced = [];

        /// <summary>The metadata's numbered notes (<c>meta/notes/note</c>): a note's text that stands at no marker.</summary>
        public void UnreferencedNotes(XElement root)
        {
            foreach (XElement meta in root.Elements().SelectMany(e => e.Elements()).Where(e => e.Name.LocalName == "meta"))
            {
                foreach (XElement note in meta.Elements().Where(e => e.Name.LocalName == "notes").SelectMany(n => n.Elements()).Where(e => e.Name.LocalName == "note"))
                {
                    if (int.TryParse(note.Attribute("marker")?.Value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int number))
                    {
                        _unreferenced.Add((number, note));
                    }
                }
            }
        }

        public DocumentText Result()
        {
            _out.EndParagraph();

            // The notes' texts in the order of their numbers, as a printed page lists them: a marker may come before one
            // with a lower number ("7" in the preamble, "6" under it), and a note no marker refers to has its place too.
            foreach ((int number, XElement note) in _notes.Concat(_unreferenced).OrderBy(n => n.Number))
            {
                _out.BeginNote(number);
                _inParagraph = true;
                foreach (XNode part in note.Nodes())
                {
                    if (part is XText text)
                    {
                        _out.Text(Whitespace(text.Value), italic: false);
                    }
                    else if (part is XElement paragraph)
                    {
                        // A note of several paragraphs reads as one line, its paragraphs a space apart.
                        _out.Text(" ", italic: false);
                        InlineElement(paragraph, italic: false);
                    }
                }

                _out.EndParagraph();
            }

            _inParagraph = false;
            if (_out.Paragraphs == 0)
            {
                throw new DocumentFormatException("it is Akoma Ntoso but holds no text: it is not a resolution");
            }

            return new DocumentText(_out.ToString(), DraftForm.Markdown, "Akoma Ntoso", []);
        }

        public void Blocks(XElement element)
        {
            foreach (XNode node in element.Nodes())
            {
                if (node is not XElement child)
                {
                    continue;
                }

                string name = child.Name.LocalName;
                if (Skipped.Contains(name))
                {
                    continue;
                }

                if (name == "coverPage")
                {
                    Cover(child);
                }
                else if (name == "num")
                {
                    _label = Flat(child.Value);
                }
                else if (TextBlocks.Contains(name))
                {
                    Paragraph(child);
                }
                else
                {
                    Blocks(child);
                }
            }
        }

        /// <summary>From the cover page, the paragraphs holding the adoption line and the origin line.</summary>
        private void Cover(XElement cover)
        {
            foreach (XElement p in cover.Descendants().Where(e => e.Name.LocalName == "p"))
            {
                if (p.Elements().Any(e => CoverHeading.Contains(e.Name.LocalName)))
                {
                    Paragraph(p);
                }
            }
        }

        private void Paragraph(XElement block)
        {
            _out.BeginParagraph(_label);
            _label = null;
            _inParagraph = true;
            Inline(block, italic: false);
            _inParagraph = false;
            _out.EndParagraph();
        }

        private void Inline(XElement element, bool italic)
        {
            foreach (XNode node in element.Nodes())
            {
                switch (node)
                {
                    case XText text when IsLayout(text):
                        break;
                    case XText text:
                        _out.Text(Whitespace(text.Value), italic);
                        break;
                    case XElement child:
                        InlineElement(child, italic);
                        break;
                }
            }
        }

        private void InlineElement(XElement child, bool italic)
        {
            string name = child.Name.LocalName;
            if (name == "noteRef")
            {
                NoteReference(child);
                return;
            }

            if (Skipped.Contains(name))
            {
                return;
            }

            switch (name)
            {
                case "authorialNote":
                    Note(child);
                    return;
                case "eol" or "br":
                    _out.LineBreak();
                    return;
            }

            if (InlineBlocks.Contains(name))
            {
                // A text quoted or embedded in a paragraph: its blocks are paragraphs of their own.
                _out.EndParagraph();
                _inParagraph = false;
                Blocks(child);
                _out.BeginParagraph();
                _inParagraph = true;
                return;
            }

            Inline(child, italic || IsItalic(child));
        }

        private void Note(XElement note)
        {
            if (!_inParagraph)
            {
                return;
            }

            int number = int.TryParse(note.Attribute("marker")?.Value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int marker)
                ? marker
                : _notes.Count + 1;
            _out.Marker(number);
            _notes.Add((number, note));
        }

        /// <summary>A second reference to a note already given, or a reference to a note of the metadata (<c>noteRef</c> with its marker): the marker, not the note.</summary>
        private void NoteReference(XElement reference)
        {
            if (_inParagraph && int.TryParse(reference.Attribute("marker")?.Value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int number)
                && (_notes.Exists(n => n.Number == number) || _unreferenced.Exists(n => n.Number == number)))
            {
                _out.Marker(number);
            }
        }

        /// <summary>
        /// A line break and indentation between two runs of formatting ("(" in a bold span, "jus cogens" in a bold
        /// italic one) is the file's pretty-printing, not a space of the text; between fields (a number and a title)
        /// it stands for one.
        /// </summary>
        private static bool IsLayout(XText text) =>
            text.Value.Contains('\n', StringComparison.Ordinal)
            && string.IsNullOrWhiteSpace(text.Value)
            && (text.PreviousNode is null || text.PreviousNode is XElement { Name.LocalName: var before } && Formatting.Contains(before))
            && (text.NextNode is null || text.NextNode is XElement { Name.LocalName: var after } && Formatting.Contains(after));

        private static bool IsItalic(XElement element) =>
            element.Name.LocalName == "i"
            || (element.Attribute("class")?.Value is { } classes && classes.Split(' ').Contains("italic", StringComparer.Ordinal));

        /// <summary>
        /// Any run of white space is one space, as XML text is read (the UN's own text renderings of its AKN files read
        /// it so; a doubled space in the markup, such as the generated adoption line's, is not the drafters').
        /// </summary>
        private static string Whitespace(string text)
        {
            var flat = new StringBuilder(text.Length);
            foreach (char c in text)
            {
                if (!char.IsWhiteSpace(c) || c is '\u00A0' or '\u202F')
                {
                    flat.Append(c);
                }
                else if (flat.Length == 0 || flat[^1] != ' ')
                {
                    flat.Append(' ');
                }
            }

            return flat.ToString();
        }

        private static string Flat(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}
