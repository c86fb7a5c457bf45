using System.Globalization;
using System.Text;
using System.Xml;
using Resolint.Core.Drafts;

namespace Resolint.Core.Documents;

/// <summary>
/// Writes a draft as Akoma Ntoso 3.0 in the shape the UN gives its resolutions (AKN4UN): a <c>statement</c> named
/// "resolution" (or "draft resolution" while unadopted), FRBR identification derived from the symbol and the adoption
/// date as in the UN's URIs, the heading lines on the cover page, the number and title in the preface, a preamble of the
/// formula and recitals (a <c>container</c> named by its opening words), a main body of numbered <c>paragraph</c>s whose
/// sub-paragraphs are <c>point</c>s, footnotes as <c>authorialNote</c>s where their markers stand, the closing as
/// conclusions and each annex as an attachment.
/// </summary>
public static class AknWriter
{
    private const string Namespace = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";

    /// <summary>The FRBR date of a work with no known date of adoption (the UN's own files write it so for an unknown step).</summary>
    private const string UnknownDate = "0001-01-01";

    private static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        IndentChars = "  ",
    };

    public static byte[] Write(DraftLayout layout)
    {
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, Settings))
        {
            new Writing(xml, layout).Document();
        }

        return stream.ToArray();
    }

    /// <summary>Whether a section is open in the body, and how far its headings go.</summary>
    private enum SectionState
    {
        Closed,
        Heading,
        Subheading,
    }

    /// <summary>The part of the statement a block goes in.</summary>
    private enum Part
    {
        Cover,
        Preface,
        Preamble,
        MainBody,
        Conclusions,
        Annex,
    }

    private sealed class Writing(XmlWriter xml, DraftLayout layout)
    {
        private readonly Dictionary<int, LayoutNote> _notes = layout.Notes.ToDictionary(n => n.Number);
        private readonly HashSet<int> _written = [];
        private readonly Work _work = Work.Of(layout);
        private int _ids;

        /// <summary>The sub-paragraph levels open under the current paragraph, innermost last.</summary>
        private readonly List<int> _points = [];
        private bool _paragraphOpen;
        private SectionState _section;

        /// <summary>A paragraph, point or recital stands in the open section: a heading after it stands across.</summary>
        private bool _sectionHasBody;

        public void Document()
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("akomaNtoso", Namespace);
            xml.WriteStartElement("statement", Namespace);
            xml.WriteAttributeString("name", layout.Adopted ? "resolution" : "draft resolution");
            Meta(string.Empty);

            List<(Part Part, LayoutBlock Block)> placed = Place();
            Section(placed, Part.Cover, "coverPage", (b, _) => CoverBlock(b));
            Section(placed, Part.Preface, "preface", PrefaceBlock);
            Section(placed, Part.Preamble, "preamble", PreambleBlock);
            xml.WriteStartElement("mainBody", Namespace);
            var body = placed.Where(p => p.Part == Part.MainBody).Select(p => p.Block).ToList();
            BodyBlocks(body);
            if (body.Count == 0)
            {
                // A body must hold something: a draft of a preamble only still has its (empty) operative part.
                xml.WriteElementString("p", Namespace, string.Empty);
            }

            xml.WriteEndElement();
            Section(placed, Part.Conclusions, "conclusions", (b, _) => Paragraph(b.Runs));
            Annexes(placed);
            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        /// <summary>Which part of the statement each block goes in, in order: the parts follow each other and never go back.</summary>
        private List<(Part, LayoutBlock)> Place()
        {
            var placed = new List<(Part, LayoutBlock)>(layout.Blocks.Count);
            Part part = Part.Cover;
            foreach (LayoutBlock block in layout.Blocks)
            {
                Part next = block.Role switch
                {
                    BlockRole.HeadingLine => Part.Cover,
                    BlockRole.OrganLine or BlockRole.PreambularParagraph => Part.Preamble,
                    BlockRole.AdoptionLine or BlockRole.VotingRecord or BlockRole.AfterAdoption => Part.Conclusions,
                    BlockRole.Annex => Part.Annex,
                    _ => Part.MainBody,
                };

                if (block.HoldsTitle)
                {
                    next = Part.Preface;
                }
                else if (block.Role == BlockRole.AnnexText && part >= Part.Conclusions)
                {
                    // A text adopted after the adoption line, with no "Annex" heading: an annex all the same.
                    next = Part.Annex;
                }

                // A heading line after the title or the body began, a recital after an operative paragraph (a part's own
                // preamble): they stay where they stand.
                part = next > part ? next : part;
                placed.Add((part, block));
            }

            return placed;
        }

        /// <summary>A part of the statement, each block written with the lines that carry it on (a recital's items).</summary>
        private void Section(List<(Part Part, LayoutBlock Block)> placed, Part part, string element, Action<LayoutBlock, List<LayoutBlock>> write)
        {
            var blocks = placed.Where(p => p.Part == part).Select(p => p.Block).ToList();
            if (blocks.Count == 0)
            {
                return;
            }

            xml.WriteStartElement(element, Namespace);
            foreach ((LayoutBlock block, List<LayoutBlock> more, _) in Grouped(blocks))
            {
                write(block, more);
            }

            xml.WriteEndElement();
        }

        /// <summary>Each block with the continuations after it, and the block after those.</summary>
        private static IEnumerable<(LayoutBlock Block, List<LayoutBlock> More, LayoutBlock? Next)> Grouped(List<LayoutBlock> blocks)
        {
            for (int i = 0; i < blocks.Count;)
            {
                int j = i + 1;
                var more = new List<LayoutBlock>();
                while (j < blocks.Count && blocks[j].Role == BlockRole.Continuation)
                {
                    more.Add(blocks[j]);
                    j++;
                }

                yield return (blocks[i], more, j < blocks.Count ? blocks[j] : null);
                i = j;
            }
        }

        private void Meta(string component)
        {
            xml.WriteStartElement("meta", Namespace);
            xml.WriteStartElement("identification", Namespace);
            xml.WriteAttributeString("source", "#resolint");
            Frbr("FRBRWork", _work.Uri, _work.Uri + "!main/" + component, "adoption", "author", w => Element("FRBRcountry", "value", "un"));
            Frbr("FRBRExpression", _work.Uri + "eng@/", _work.Uri + "eng@!main/" + component, "adoption", "author", w => Element("FRBRlanguage", "language", "eng"));
            Frbr("FRBRManifestation", _work.Uri + "eng@.xml", _work.Uri + "eng@/!main" + (component.Length > 0 ? "/" + component : string.Empty) + ".xml", "adoption", "editor", null);
            xml.WriteEndElement();
            if (component.Length > 0)
            {
                // An annex's metadata names the same organizations: the statement's references hold them once.
                xml.WriteEndElement();
                return;
            }

            xml.WriteStartElement("references", Namespace);
            xml.WriteAttributeString("source", "#resolint");
            xml.WriteStartElement("TLCOrganization", Namespace);
            xml.WriteAttributeString("eId", "resolint");
            xml.WriteAttributeString("href", "/akn/ontology/organization/resolint");
            xml.WriteAttributeString("showAs", "Resolint");
            xml.WriteEndElement();
            if (layout.Body is { } body)
            {
                xml.WriteStartElement("TLCOrganization", Namespace);
                xml.WriteAttributeString("eId", _work.Author);
                xml.WriteAttributeString("href", "/akn/ontology/organization/un/" + _work.Author);
                xml.WriteAttributeString("showAs", body);
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            UnreferencedNotes();
            xml.WriteEndElement();
        }

        /// <summary>
        /// Notes no marker refers to (a cover page's "Reissued for technical reasons"): an <c>authorialNote</c> lives at its
        /// marker, so theirs are the metadata's <c>notes</c>, each with its number as <c>marker</c>, so that none is lost.
        /// </summary>
        private void UnreferencedNotes()
        {
            var referenced = layout.Blocks.SelectMany(b => b.Runs).Where(r => r.Note is not null).Select(r => r.Note!.Value).ToHashSet();
            var left = layout.Notes.Where(n => !referenced.Contains(n.Number)).ToList();
            if (left.Count == 0)
            {
                return;
            }

            xml.WriteStartElement("notes", Namespace);
            xml.WriteAttributeString("source", "#resolint");
            foreach (LayoutNote note in left)
            {
                string marker = note.Number.ToString(CultureInfo.InvariantCulture);
                xml.WriteStartElement("note", Namespace);
                xml.WriteAttributeString("eId", "note_" + marker);
                xml.WriteAttributeString("marker", marker);
                xml.WriteStartElement("p", Namespace);
                Runs(note.Runs);
                xml.WriteEndElement();
                xml.WriteEndElement();
                _written.Add(note.Number);
            }

            xml.WriteEndElement();
        }

        private void Frbr(string element, string uri, string self, string dateName, string role, Action<XmlWriter>? more)
        {
            xml.WriteStartElement(element, Namespace);
            Element("FRBRthis", "value", self);
            Element("FRBRuri", "value", uri);
            xml.WriteStartElement("FRBRdate", Namespace);
            xml.WriteAttributeString("date", _work.Date ?? UnknownDate);
            xml.WriteAttributeString("name", _work.Date is null ? "unknown" : dateName);
            xml.WriteEndElement();
            xml.WriteStartElement("FRBRauthor", Namespace);
            xml.WriteAttributeString("href", "#" + (role == "editor" ? "resolint" : _work.Author));
            xml.WriteAttributeString("as", "#" + role);
            xml.WriteEndElement();
            more?.Invoke(xml);
            xml.WriteEndElement();
        }

        private void Element(string name, string attribute, string value)
        {
            xml.WriteStartElement(name, Namespace);
            xml.WriteAttributeString(attribute, value);
            xml.WriteEndElement();
        }

        /// <summary>A heading line on the cover page; the symbol first, as the UN's cover pages have it.</summary>
        private void CoverBlock(LayoutBlock block)
        {
            xml.WriteStartElement("p", Namespace);
            xml.WriteStartElement("docTitle", Namespace);
            Runs(block.Runs);
            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        /// <summary>"54/10." and the title, from the heading line that holds them; the heading lines after it as they stand.</summary>
        private void PrefaceBlock(LayoutBlock line, List<LayoutBlock> more)
        {
            if (!line.HoldsTitle)
            {
                Paragraph(line.Runs);
                more.ForEach(m => Paragraph(m.Runs));
                return;
            }

            xml.WriteStartElement("p", Namespace);
            (IReadOnlyList<LayoutRun> number, IReadOnlyList<LayoutRun> title) = SplitTitle(line);
            if (number.Count > 0)
            {
                xml.WriteStartElement("docNumber", Namespace);
                Runs(number);
                xml.WriteEndElement();
                xml.WriteString(" ");
            }

            xml.WriteStartElement("docTitle", Namespace);
            Runs(title);
            xml.WriteEndElement();
            xml.WriteEndElement();
            more.ForEach(m => Paragraph(m.Runs));
        }

        /// <summary>The title line's runs cut where the model's title begins: the number before it, the title from it.</summary>
        private (IReadOnlyList<LayoutRun> Number, IReadOnlyList<LayoutRun> Title) SplitTitle(LayoutBlock line)
        {
            int at = layout.Title is { Length: > 0 } title ? line.Text.IndexOf(title, StringComparison.Ordinal) : -1;
            if (at <= 0)
            {
                return ([], line.Runs);
            }

            var number = new List<LayoutRun>();
            var rest = new List<LayoutRun>();
            int seen = 0;
            foreach (LayoutRun run in line.Runs)
            {
                if (seen >= at)
                {
                    rest.Add(run);
                }
                else if (seen + run.Text.Length <= at)
                {
                    number.Add(run);
                }
                else
                {
                    number.Add(run with { Text = run.Text[..(at - seen)] });
                    rest.Add(run with { Text = run.Text[(at - seen)..] });
                }

                seen += run.Text.Length;
            }

            number[^1] = number[^1] with { Text = number[^1].Text.TrimEnd() };
            return (number, rest);
        }

        private void PreambleBlock(LayoutBlock block, List<LayoutBlock> more)
        {
            if (block.Role == BlockRole.OrganLine)
            {
                xml.WriteStartElement("formula", Namespace);
                xml.WriteAttributeString("name", "enactingFormula");
                Paragraph(block.Runs);
                more.ForEach(m => Paragraph(m.Runs));
                xml.WriteEndElement();
                return;
            }

            Recital(block, more);
        }

        /// <summary>A preambular paragraph: a container named by its opening words, its items each a paragraph of it.</summary>
        private void Recital(LayoutBlock block, List<LayoutBlock> more)
        {
            xml.WriteStartElement("container", Namespace);
            xml.WriteAttributeString("name", block.Opener ?? "recital");
            xml.WriteAttributeString("eId", "container_" + ++_ids);
            Paragraph(block.Runs);
            more.ForEach(m => Paragraph(m.Runs));
            xml.WriteEndElement();
        }

        /// <summary>The blocks of a body; a paragraph or point that sub-paragraphs follow has its words as their introduction.</summary>
        private void BodyBlocks(List<LayoutBlock> blocks)
        {
            foreach ((LayoutBlock block, List<LayoutBlock> more, LayoutBlock? next) in Grouped(blocks))
            {
                BodyBlock(block, more, next);
            }

            CloseParagraph();
            CloseSection();
        }

        private void BodyBlock(LayoutBlock block, List<LayoutBlock> more, LayoutBlock? next)
        {
            bool introduces(int level) => next is { Role: BlockRole.SubParagraph } sub && Math.Max(1, sub.Level) > level;
            switch (block.Role)
            {
                case BlockRole.SubParagraph when _paragraphOpen:
                    Point(block, more, introduces(Math.Max(1, block.Level)));
                    return;
                case BlockRole.Subheading or BlockRole.PartHeading:
                    CloseParagraph();
                    Heading(block);
                    more.ForEach(m => CrossHeading(m.Runs, null));
                    return;
                case BlockRole.PreambularParagraph or BlockRole.OrganLine:
                    CloseParagraph();
                    _sectionHasBody = true;
                    if (_section == SectionState.Closed)
                    {
                        Recital(block, more);
                    }
                    else
                    {
                        // A part's own preamble, as the UN marks it in a section: a heading-like block referring to the preamble.
                        CrossHeading(block.Runs, "#preamble");
                        more.ForEach(m => CrossHeading(m.Runs, "#preamble"));
                    }

                    return;
            }

            CloseParagraph();
            _sectionHasBody = true;
            OpenParagraph(block, more, introduces(0));
        }

        /// <summary>
        /// A part or a heading in the body opens a section, as the UN's files have them: a part's letter or number is its
        /// heading, a title right after it the subheading; a heading among the section's paragraphs stands across them.
        /// </summary>
        private void Heading(LayoutBlock block)
        {
            if (_section == SectionState.Heading && !_sectionHasBody)
            {
                xml.WriteStartElement("subheading", Namespace);
                Runs(block.Runs);
                xml.WriteEndElement();
                _section = SectionState.Subheading;
                return;
            }

            if (block.Role == BlockRole.Subheading && _section != SectionState.Closed && _sectionHasBody)
            {
                CrossHeading(block.Runs, null);
                return;
            }

            if (block.Role == BlockRole.Subheading && _section == SectionState.Subheading)
            {
                CrossHeading(block.Runs, null);
                return;
            }

            CloseSection();
            xml.WriteStartElement("section", Namespace);
            xml.WriteAttributeString("eId", "sec_" + ++_ids);
            xml.WriteStartElement("heading", Namespace);
            Runs(block.Runs);
            xml.WriteEndElement();
            _section = SectionState.Heading;
            _sectionHasBody = false;
        }

        private void CloseSection()
        {
            if (_section == SectionState.Closed)
            {
                return;
            }

            xml.WriteEndElement();
            _section = SectionState.Closed;
        }

        private void CrossHeading(IReadOnlyList<LayoutRun> runs, string? refersTo)
        {
            xml.WriteStartElement("crossHeading", Namespace);
            if (refersTo is not null)
            {
                xml.WriteAttributeString("refersTo", refersTo);
            }

            xml.WriteAttributeString("eId", "crossHeading_" + ++_ids);
            Runs(runs);
            xml.WriteEndElement();
        }

        /// <summary>An operative paragraph (or a numbered paragraph of a text the body holds), left open for its points.</summary>
        private void OpenParagraph(LayoutBlock block, List<LayoutBlock> more, bool introducesPoints)
        {
            xml.WriteStartElement("paragraph", Namespace);
            xml.WriteAttributeString("eId", "para_" + ++_ids);
            Num(block.Label);
            Words(block, more, introducesPoints);
            _paragraphOpen = true;
        }

        /// <summary>A block's words and its items' (a paragraph each): its content, or the introduction of the points that follow.</summary>
        private void Words(LayoutBlock block, List<LayoutBlock> more, bool introducesPoints)
        {
            xml.WriteStartElement(introducesPoints ? "intro" : "content", Namespace);
            Paragraph(block.Runs);
            more.ForEach(m => Paragraph(m.Runs));
            xml.WriteEndElement();
        }

        /// <summary>A sub-paragraph as a point under the paragraph, or under the point before it at a shallower level.</summary>
        private void Point(LayoutBlock block, List<LayoutBlock> more, bool introducesPoints)
        {
            int level = Math.Max(1, block.Level);
            while (_points.Count > 0 && _points[^1] >= level)
            {
                xml.WriteEndElement();
                _points.RemoveAt(_points.Count - 1);
            }

            xml.WriteStartElement("point", Namespace);
            xml.WriteAttributeString("eId", "point_" + ++_ids);
            Num(block.Label);
            Words(block, more, introducesPoints);
            _points.Add(level);
        }

        private void CloseParagraph()
        {
            if (!_paragraphOpen)
            {
                return;
            }

            for (int i = 0; i < _points.Count; i++)
            {
                xml.WriteEndElement();
            }

            _points.Clear();
            xml.WriteEndElement();
            _paragraphOpen = false;
        }

        private void Num(string? label)
        {
            if (label is not null)
            {
                xml.WriteElementString("num", Namespace, label);
            }
        }

        /// <summary>Each annex as an attachment: a document named "annex" of its own, its heading and text as paragraphs.</summary>
        private void Annexes(List<(Part Part, LayoutBlock Block)> placed)
        {
            var annexes = new List<List<LayoutBlock>>();
            foreach ((Part part, LayoutBlock block) in placed.Where(p => p.Part == Part.Annex))
            {
                if (block.Role == BlockRole.Annex || annexes.Count == 0)
                {
                    annexes.Add([]);
                }

                annexes[^1].Add(block);
            }

            if (annexes.Count == 0)
            {
                return;
            }

            xml.WriteStartElement("attachments", Namespace);
            for (int i = 0; i < annexes.Count; i++)
            {
                xml.WriteStartElement("attachment", Namespace);
                xml.WriteStartElement("doc", Namespace);
                xml.WriteAttributeString("name", "annex");
                Meta("annex" + (annexes.Count > 1 ? "_" + (i + 1).ToString(CultureInfo.InvariantCulture) : string.Empty));
                xml.WriteStartElement("mainBody", Namespace);
                BodyBlocks(annexes[i]);
                xml.WriteEndElement();
                xml.WriteEndElement();
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        private void Paragraph(IReadOnlyList<LayoutRun> runs)
        {
            xml.WriteStartElement("p", Namespace);
            Runs(runs);
            xml.WriteEndElement();
        }

        /// <summary>Words with their italics as <c>i</c>, line breaks as <c>eol</c>, each marker as its note (the first time) or a reference to it.</summary>
        private void Runs(IReadOnlyList<LayoutRun> runs)
        {
            foreach (LayoutRun run in runs)
            {
                if (run.Note is int number)
                {
                    Note(number);
                    continue;
                }

                if (run.Italic)
                {
                    xml.WriteStartElement("i", Namespace);
                }

                string[] lines = run.Text.Split('\n');
                for (int i = 0; i < lines.Length; i++)
                {
                    if (i > 0)
                    {
                        xml.WriteElementString("eol", Namespace, null);
                    }

                    xml.WriteString(lines[i]);
                }

                if (run.Italic)
                {
                    xml.WriteEndElement();
                }
            }
        }

        private void Note(int number)
        {
            string marker = number.ToString(CultureInfo.InvariantCulture);
            if (!_notes.TryGetValue(number, out LayoutNote? note) || !_written.Add(number))
            {
                // A second reference to a note, or a marker whose note the draft lacks: a reference, not the note again.
                xml.WriteStartElement("noteRef", Namespace);
                xml.WriteAttributeString("href", "#authorialNote_" + marker);
                xml.WriteAttributeString("marker", marker);
                xml.WriteEndElement();
                return;
            }

            xml.WriteStartElement("authorialNote", Namespace);
            xml.WriteAttributeString("marker", marker);
            xml.WriteAttributeString("placement", "bottom");
            xml.WriteAttributeString("eId", "authorialNote_" + marker);
            xml.WriteStartElement("p", Namespace);
            Runs(note.Runs);
            xml.WriteEndElement();
            xml.WriteEndElement();
        }
    }

    /// <summary>
    /// The work's identity as the UN's URIs give it: "/akn/un/statement/deliberation/unga/2020-12-10/75-102/" for
    /// A/RES/75/102 adopted on 10 December 2020.
    /// </summary>
    private sealed record Work(string Author, string? Date, string Uri)
    {
        public static Work Of(DraftLayout layout)
        {
            string author = AuthorOf(layout.Symbol, layout.Body);
            string? date = DateOf(layout.AdoptionDate);
            string number = NumberOf(layout) ?? "draft";
            return new Work(author, date, $"/akn/un/statement/deliberation/{author}/{date ?? UnknownDate}/{number}/");
        }

        /// <summary>The organ's short name in the UN's URIs, from the symbol's series or else the organ's name.</summary>
        private static string AuthorOf(string? symbol, string? body)
        {
            if (symbol is not null)
            {
                if (symbol.StartsWith("A/HRC/", StringComparison.Ordinal))
                {
                    return "unga-hrc";
                }

                if (symbol.StartsWith("A/", StringComparison.Ordinal))
                {
                    return "unga";
                }

                if (symbol.StartsWith("E/", StringComparison.Ordinal))
                {
                    return "unecosoc";
                }

                if (symbol.StartsWith("S/", StringComparison.Ordinal))
                {
                    return "unsc";
                }
            }

            return body switch
            {
                "General Assembly" => "unga",
                "Human Rights Council" => "unga-hrc",
                "Economic and Social Council" => "unecosoc",
                "Security Council" => "unsc",
                _ => "un",
            };
        }

        /// <summary>"75-102" from "75/102" (the number before the title, else the symbol's last parts); null when neither says.</summary>
        private static string? NumberOf(DraftLayout layout)
        {
            string? number = layout.Number;
            if (number is null && layout.Symbol is { } symbol)
            {
                int res = symbol.IndexOf("RES/", StringComparison.Ordinal);
                number = res >= 0 ? symbol[(res + 4)..] : null;
            }

            if (string.IsNullOrWhiteSpace(number))
            {
                return null;
            }

            var uri = new StringBuilder(number.Length);
            foreach (char c in number)
            {
                if (char.IsAsciiLetterOrDigit(c))
                {
                    uri.Append(char.ToLowerInvariant(c));
                }
                else if (uri.Length > 0 && uri[^1] != '-')
                {
                    uri.Append('-');
                }
            }

            return uri.ToString().Trim('-');
        }

        /// <summary>"2023-10-11" from "11 October 2023"; null when the date does not read as one.</summary>
        private static string? DateOf(string? date) =>
            date is not null && DateOnly.TryParseExact(date.Trim(), ["d MMMM yyyy", "dd MMMM yyyy", "MMMM d, yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly day)
                ? day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                : null;
    }
}
