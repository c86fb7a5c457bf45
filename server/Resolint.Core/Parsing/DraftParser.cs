using System.Text.RegularExpressions;
using Resolint.Core.Citations;
using Resolint.Core.Drafts;
using Resolint.Core.Text;

namespace Resolint.Core.Parsing;

/// <summary>
/// Reads a draft into its model: a reader cuts the text into blocks (plain text or Markdown), then one walk
/// over the blocks says what each is — heading, organ line, preambular or operative paragraph, sub-paragraph,
/// footnote text, adoption line — and joins paragraphs cut by page breaks. Runs on every keystroke: linear in
/// the text, no corpus work. Never throws on any input.
/// </summary>
public static class DraftParser
{
    public static Draft Parse(string text, DraftForm? form = null) => Parse(SourceText.From(text), form);

    /// <summary>
    /// Parses a draft; given the <paramref name="cache"/> of the document's earlier versions, paragraphs that
    /// read as before are not read again (the result is the same either way).
    /// </summary>
    public static Draft Parse(SourceText text, DraftForm? form = null, ParseCache? cache = null)
    {
        var lines = new SourceLines(text);
        DraftForm actual = form ?? FormDetector.Detect(text.Text);
        List<Block> blocks = actual == DraftForm.Markdown ? MarkdownReader.Read(lines) : PlainTextReader.Read(lines);
        ParseCache.Session? session = cache?.Begin();
        Draft draft = new Assembler(text, actual, lines, session).Build(blocks);
        session?.Commit();
        return draft;
    }

    private enum Part
    {
        Heading,
        Body,
        AfterAdoption,
        Annex,
    }

    /// <summary>A block placed in the body, waiting for its markers to be resolved.</summary>
    private sealed class BodyItem(Block block, BodyItemKind kind)
    {
        public Block Block { get; } = block;

        public BodyItemKind Kind { get; } = kind;

        public LabelToken Label { get; init; }

        /// <summary>Characters of the raw text before the words (a footnote's number, a sub-paragraph's label).</summary>
        public int Skip { get; init; }

        public int FootnoteNumber { get; init; }

        public TextSpan FootnoteNumberSpan { get; init; }

        /// <summary>For sub-paragraphs: the operative paragraph they belong to.</summary>
        public BodyItem? Owner { get; init; }
    }

    private enum BodyItemKind
    {
        Preambular,
        Operative,
        SubParagraph,
        Footnote,
    }

    private sealed class Assembler(SourceText text, DraftForm form, SourceLines lines, ParseCache.Session? session)
    {
        private readonly List<BodyItem> _items = [];
        private readonly List<NoiseLine> _extraNoise = [];
        private readonly List<TextSpan> _afterAdoption = [];
        private Part _part = Part.Heading;
        private Heading _heading = new(new TextSpan(0, 0));
        private int _headingEnd;
        private OrganLine? _organ;
        private AdoptionLine? _adoption;
        private TextSpan? _annex;
        private BodyItem? _lastParagraph;
        private BodyItem? _lastOperative;
        private int _lastFootnoteNumber;
        private bool _afterFootnotes;
        private bool _inVotingRecord;
        private readonly List<TextSpan> _subheadings = [];
        private BodyItem? _lastFootnote;

        public Draft Build(List<Block> blocks)
        {
            foreach (Block block in blocks)
            {
                Place(block);
            }

            string? body = _organ?.Body ?? _heading.AdoptedBy;
            _heading = _heading with { Span = TextSpan.FromBounds(0, _headingEnd), Symbol = SymbolOf(body) };
            return Finish(body);
        }

        private void Place(Block block)
        {
            string words = WordsOf(block.Text, 0).Text;
            if (words.Length == 0 && block.Kind == BlockKind.Paragraph)
            {
                // Nothing a reader would see (a lone footnote link, an empty emphasis): nothing to place.
                return;
            }

            switch (_part)
            {
                case Part.Heading:
                    PlaceInHeading(block, words);
                    break;
                case Part.Body:
                    PlaceInBody(block, words);
                    break;
                case Part.AfterAdoption:
                    PlaceAfterAdoption(block, words);
                    break;
                case Part.Annex:
                    break;
            }
        }

        private void PlaceInHeading(Block block, string words)
        {
            Match m;
            if (block.Kind == BlockKind.NumberedItem)
            {
                _part = Part.Body;
                PlaceInBody(block, words);
                return;
            }

            if ((m = HeadingLines.OrganLine().Match(words)).Success && block.Kind == BlockKind.Paragraph)
            {
                _organ = new OrganLine(block.Span, m.Groups["body"].Value, words);
                _part = Part.Body;
                return;
            }

            if (LooksLikePreambularParagraph(words))
            {
                // No organ line: the body has begun all the same.
                _part = Part.Body;
                PlaceInBody(block, words);
                return;
            }

            _headingEnd = block.Span.End;
            if ((m = HeadingLines.AdoptedBy().Match(words)).Success || (m = HeadingLines.AdoptedAtMeeting().Match(words)).Success)
            {
                _heading = _heading with { AdoptedBy = m.Groups["body"].Value, AdoptionDate = NullIfEmpty(m.Groups["date"].Value) };
            }
            else if ((m = HeadingLines.OnReportOf().Match(words)).Success)
            {
                _heading = _heading with { OnReportOf = m.Groups["report"].Value.Trim() };
            }
            else if ((m = HeadingLines.NumberAndTitle().Match(words)).Success && _heading.Number is null)
            {
                _heading = _heading with
                {
                    Number = m.Groups["number"].Value,
                    NumberSpan = SourceOf(block, m.Groups["number"]),
                    Title = m.Groups["title"].Value.Trim(),
                    TitleSpan = SourceOf(block, m.Groups["title"]),
                };
            }
            else if ((m = HeadingLines.SecurityCouncilNumber().Match(words)).Success && _heading.Number is null)
            {
                _heading = _heading with { Number = m.Groups["number"].Value, NumberSpan = SourceOf(block, m.Groups["number"]) };
            }
            else if ((m = HeadingLines.Session().Match(words)).Success)
            {
                _heading = _heading with { Session = m.Groups["session"].Value };
            }
            else if ((m = HeadingLines.AgendaItem().Match(words)).Success)
            {
                _heading = _heading with { AgendaItem = m.Groups["item"].Value };
            }
            else if ((m = HeadingLines.Symbol().Match(words)).Success && _heading.Symbol is null)
            {
                _heading = _heading with { Symbol = m.Groups["symbol"].Value, SymbolSpan = SourceOf(block, m.Groups["symbol"]) };
            }
        }

        private void PlaceInBody(Block block, string words)
        {
            if (TryFootnoteText(block, words, out BodyItem? footnote))
            {
                _items.Add(footnote);
                _afterFootnotes = true;
                return;
            }

            // Footnote texts in the middle of the body stand where a page ended.
            block.AfterPageBreak |= _afterFootnotes;
            _afterFootnotes = false;
            if (block.Kind == BlockKind.NumberedItem)
            {
                var operative = new BodyItem(block, BodyItemKind.Operative);
                _items.Add(operative);
                _lastParagraph = _lastOperative = operative;
                return;
            }

            if (TryAdoption(block, words))
            {
                return;
            }

            if (_lastParagraph is not null && Continues(_lastParagraph, block, words))
            {
                _lastParagraph.Block.Continue(block);
                return;
            }

            if (IsSubheading(block, words, inOperativePart: _lastOperative is not null))
            {
                _subheadings.Add(block.Span);
                return;
            }

            if (_lastOperative is not null && SubParagraphLabels.TryRead(block.Text, 0, out LabelToken label))
            {
                var sub = new BodyItem(block, BodyItemKind.SubParagraph) { Label = label, Skip = label.Length, Owner = _lastOperative };
                _items.Add(sub);
                _lastParagraph = sub;
                return;
            }

            // Before the first operative paragraph every paragraph is preambular; after it, a paragraph
            // without a number is an operative paragraph whose number is missing.
            var item = new BodyItem(block, _lastOperative is null ? BodyItemKind.Preambular : BodyItemKind.Operative);
            _items.Add(item);
            _lastParagraph = item;
            if (item.Kind == BodyItemKind.Operative)
            {
                _lastOperative = item;
            }
        }

        private void PlaceAfterAdoption(Block block, string words)
        {
            // "[Adopted by a recorded vote of 31 to 14 … The voting was as follows:" runs on to its closing bracket.
            if (_inVotingRecord && _adoption is { } voting)
            {
                _adoption = voting with { Span = TextSpan.FromBounds(voting.Span.Start, block.Span.End) };
                _inVotingRecord = !words.EndsWith(']');
                return;
            }

            if (TryFootnoteText(block, words, out BodyItem? footnote))
            {
                _items.Add(footnote);
                _lastFootnote = footnote;
                return;
            }

            // A footnote text wrapped over two lines: the second carries on the first.
            if (_lastFootnote is { } last && (char.IsLower(words[0]) || !last.Block.Text.ToString().TrimEnd().EndsWith('.')) && !HeadingLines.Date().IsMatch(words))
            {
                last.Block.Continue(block);
                return;
            }

            if (_adoption is { } adoption && HeadingLines.Date().IsMatch(words) && adoption.Date is null)
            {
                _adoption = adoption with { Span = TextSpan.FromBounds(adoption.Span.Start, block.Span.End), Date = words };
                return;
            }

            Match note = HeadingLines.AdoptedNote().Match(words);
            if (_adoption is { } a && note.Success)
            {
                _adoption = a with { Span = TextSpan.FromBounds(a.Span.Start, block.Span.End), WithoutVote = note.Groups["how"].Value.StartsWith("without a vote", StringComparison.Ordinal) };
                _inVotingRecord = !words.EndsWith(']');
                return;
            }

            if (words is "Annex" || (words.StartsWith("Annex ", StringComparison.Ordinal) && words.Length < 12))
            {
                _annex = block.Span;
                _part = Part.Annex;
                return;
            }

            // Remains of running headers at the end of extracted texts: "Agenda item 69 (b)", a session, a date.
            if (HeadingLines.Session().IsMatch(words) || HeadingLines.AgendaItem().IsMatch(words) || HeadingLines.Date().IsMatch(words)
                || HeadingLines.BodyName().IsMatch(words) || HeadingLines.Symbol().IsMatch(words))
            {
                _extraNoise.Add(new NoiseLine(block.Span, NoiseKind.RunningHeader));
                return;
            }

            _afterAdoption.Add(block.Span);
        }

        private bool TryAdoption(Block block, string words)
        {
            Match meeting = HeadingLines.Meeting().Match(words);
            if (meeting.Success)
            {
                _adoption = new AdoptionLine(block.Span, meeting.Groups["meeting"].Value, NullIfEmpty(meeting.Groups["date"].Value), false);
                _part = Part.AfterAdoption;
                return true;
            }

            Match note = HeadingLines.AdoptedNote().Match(words);
            if (note.Success)
            {
                _adoption = new AdoptionLine(block.Span, null, null, note.Groups["how"].Value.StartsWith("without a vote", StringComparison.Ordinal));
                _part = Part.AfterAdoption;
                _inVotingRecord = !words.EndsWith(']');
                return true;
            }

            return false;
        }

        /// <summary>
        /// A footnote text: a Markdown definition, a line opened by superscript digits, or a line opened by
        /// a bare number that is the next footnote's (or any number, after the adoption line).
        /// </summary>
        private bool TryFootnoteText(Block block, string words, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out BodyItem? footnote)
        {
            footnote = null;
            RawText raw = block.Text;
            if (block.Kind == BlockKind.FootnoteText)
            {
                footnote = new BodyItem(block, BodyItemKind.Footnote) { FootnoteNumber = block.Number ?? 0, FootnoteNumberSpan = block.NumberSpan };
            }
            else if (block.Kind == BlockKind.Paragraph && raw.Length > 1)
            {
                int i = 0;
                int number = 0;
                bool superscript = SuperscriptDigits.ValueOf(raw[0]) >= 0;
                while (i < raw.Length && i < 4 && (superscript ? SuperscriptDigits.ValueOf(raw[i]) >= 0 : char.IsAsciiDigit(raw[i])))
                {
                    number = (number * 10) + (superscript ? SuperscriptDigits.ValueOf(raw[i]) : raw[i] - '0');
                    i++;
                }

                if (i == 0 || i >= raw.Length || !char.IsWhiteSpace(raw[i]) || number == 0)
                {
                    return false;
                }

                if (!superscript && (_part != Part.AfterAdoption && number != _lastFootnoteNumber + 1
                    || HeadingLines.Date().IsMatch(words) || HeadingLines.Meeting().IsMatch(words)))
                {
                    return false;
                }

                int skip = i;
                while (skip < raw.Length && char.IsWhiteSpace(raw[skip]))
                {
                    skip++;
                }

                footnote = new BodyItem(block, BodyItemKind.Footnote)
                {
                    FootnoteNumber = number,
                    FootnoteNumberSpan = TextSpan.FromBounds(raw.OffsetAt(0), raw.OffsetAt(i - 1) + 1),
                    Skip = skip,
                };
            }

            if (footnote is null)
            {
                return false;
            }

            _lastFootnoteNumber = footnote.FootnoteNumber;
            return true;
        }

        /// <summary>
        /// Whether a block carries on the paragraph before it: that paragraph has no closing punctuation and
        /// the block opens in lower case, or stands after a page break (or a hard line break in plain text)
        /// without the opening words a new paragraph would have.
        /// </summary>
        private bool Continues(BodyItem previous, Block block, string words)
        {
            if (block.Kind != BlockKind.Paragraph || words.Length == 0 || EndsWithClosingMark(previous.Block.Text))
            {
                return false;
            }

            if (char.IsLower(words[0]))
            {
                return true;
            }

            if (SubParagraphLabels.TryRead(block.Text, 0, out _) || HeadingLines.Meeting().IsMatch(words) || HeadingLines.AdoptedNote().IsMatch(words))
            {
                return false;
            }

            bool mayContinue = block.AfterPageBreak || form == DraftForm.PlainText;
            return mayContinue && (previous.Kind != BodyItemKind.Preambular || !OpenerReader.CouldOpenPreamble(FirstWord(words)));
        }

        /// <summary>
        /// A heading inside the body ("Participation", "I", "A. Prevention", a Markdown "## Protection"): a Markdown
        /// heading, or a short capitalised line without closing punctuation (in the preamble, one whose first word
        /// could not open a preambular paragraph). Such lines group paragraphs; they are not paragraphs themselves.
        /// </summary>
        private static bool IsSubheading(Block block, string words, bool inOperativePart)
        {
            if (block.Kind == BlockKind.Heading)
            {
                return true;
            }

            if (block.Kind != BlockKind.Paragraph || words.Length == 0 || words.Length > 80 || !char.IsUpper(words[0])
                || words[^1] is ',' or ';' or ':' or '.' || words.Split(' ').Length > 8)
            {
                return false;
            }

            // Among operative paragraphs every paragraph has a number, so a short unnumbered line is a heading
            // even when it reads like an opener ("Funding"); in the preamble it must not read like one.
            return (inOperativePart || !OpenerReader.CouldOpenPreamble(FirstWord(words)))
                && !HeadingLines.Meeting().IsMatch(words) && !HeadingLines.Date().IsMatch(words);
        }

        private static bool EndsWithClosingMark(RawText raw)
        {
            int i = raw.Length - 1;

            // Markers stand after the punctuation: look past them.
            while (i >= 0 && (char.IsWhiteSpace(raw[i]) || char.IsAsciiDigit(raw[i]) || SuperscriptDigits.ValueOf(raw[i]) >= 0))
            {
                i--;
            }

            return i >= 0 && raw[i] is ',' or ';' or ':' or '.';
        }

        private static bool LooksLikePreambularParagraph(string words) =>
            words.Length > 40 && words.EndsWith(',') && OpenerReader.CouldOpenPreamble(FirstWord(words)) && !words.StartsWith("The ", StringComparison.Ordinal);

        private static string FirstWord(string words)
        {
            int space = words.IndexOf(' ');
            return (space < 0 ? words : words[..space]).TrimEnd(',', ';', ':', '.');
        }

        private Draft Finish(string? body)
        {
            var footnoteNumbers = new HashSet<int>(_items.Where(i => i.Kind == BodyItemKind.Footnote).Select(i => i.FootnoteNumber));
            var resolver = new FootnoteMarkerResolver(footnoteNumbers);
            var references = new List<FootnoteReference>();
            var citations = new List<Citation>();
            var preamble = new List<PreambularParagraph>();
            var operative = new List<OperativeParagraph>();
            var footnotes = new List<Footnote>();
            var subParagraphs = new Dictionary<BodyItem, List<(BodyItem Item, SubParagraph Sub)>>();
            var operativeContent = new Dictionary<BodyItem, (InlineText Content, Ending Ending)>();

            foreach (BodyItem item in _items.OrderBy(i => i.Block.Span.Start))
            {
                if (item.Kind == BodyItemKind.Footnote)
                {
                    (InlineText footnoteText, IReadOnlyList<Citation> cited) = Read(item.Block.Text, item.Skip, body);
                    footnotes.Add(new Footnote(item.FootnoteNumber, item.Block.Span, item.FootnoteNumberSpan, footnoteText));
                    citations.AddRange(cited);
                    continue;
                }

                resolver.Resolve(item.Block.Text);
                references.AddRange(ReferencesOf(item.Block.Text));
                (InlineText content, IReadOnlyList<Citation> found) = Read(item.Block.Text, item.Skip, body);
                citations.AddRange(found);
                Ending ending = EndingOf(content, item.Block.Text.EndOffset);
                switch (item.Kind)
                {
                    case BodyItemKind.Preambular:
                        preamble.Add(new PreambularParagraph(item.Block.Span, item.Block.Segments, content, ending, OpenerOf(content, false), preamble.Count));
                        break;
                    case BodyItemKind.Operative:
                        subParagraphs[item] = [];
                        operativeContent[item] = (content, ending);
                        break;
                    case BodyItemKind.SubParagraph:
                        subParagraphs[item.Owner!].Add((item, SubParagraphOf(item, content, ending, subParagraphs[item.Owner!])));
                        break;
                }
            }

            foreach (BodyItem item in _items.Where(i => i.Kind == BodyItemKind.Operative).OrderBy(i => i.Block.Span.Start))
            {
                (InlineText content, Ending ending) = operativeContent[item];
                Block block = item.Block;
                TextSpan numberSpan = block.Kind == BlockKind.NumberedItem ? block.NumberSpan : new TextSpan(block.Span.Start, 0);
                operative.Add(new OperativeParagraph(
                    block.Span,
                    block.Segments,
                    content,
                    ending,
                    OpenerOf(content, true),
                    block.Kind == BlockKind.NumberedItem ? block.Number : null,
                    block.Kind == BlockKind.NumberedItem ? block.NumberText : string.Empty,
                    numberSpan,
                    Nest(subParagraphs[item].Select(s => s.Sub).ToList())));
            }

            var noise = lines.NoiseLines().Concat(_extraNoise).OrderBy(n => n.Span.Start).ToList();
            return new Draft(text, form, _heading, _organ, preamble, operative, footnotes, references, citations, _adoption, noise)
            {
                AfterAdoption = _afterAdoption,
                Annex = _annex,
                Subheadings = _subheadings,
            };
        }

        private static SubParagraph SubParagraphOf(BodyItem item, InlineText content, Ending ending, List<(BodyItem Item, SubParagraph Sub)> siblings)
        {
            // "(i)" after "(h)" is the next letter, unless "(h)" introduces sub-paragraphs of its own with a colon.
            SubParagraph? previous = siblings.Count > 0 ? siblings[^1].Sub : null;
            string? previousLetter = previous is { Ending.Mark: ':' }
                ? null
                : siblings.Select(s => s.Sub).LastOrDefault(s => s.Style is LabelStyle.ParenthesizedLetter or LabelStyle.DottedLetter && s.Label.StartsWith(item.Label.Parenthesized ? "(" : string.Empty, StringComparison.Ordinal))?.Label.Trim('(', ')', '.');
            LabelStyle style = SubParagraphLabels.StyleOf(item.Label, previousLetter);
            RawText raw = item.Block.Text;
            var labelSpan = TextSpan.FromBounds(raw.OffsetAt(0), raw.OffsetAt(item.Label.Length - 1) + 1);
            return new SubParagraph(item.Block.Span, item.Block.Segments, content, ending, item.Label.Text, style, SubParagraphLabels.LevelOf(style), labelSpan, []);
        }

        /// <summary>Puts each sub-paragraph under the nearest one before it at a shallower level.</summary>
        private static IReadOnlyList<SubParagraph> Nest(List<SubParagraph> flat)
        {
            var roots = new List<SubParagraph>();
            var stack = new List<(SubParagraph Sub, List<SubParagraph> Children)>();
            var childrenOf = new Dictionary<SubParagraph, List<SubParagraph>>(ReferenceEqualityComparer.Instance);
            foreach (SubParagraph sub in flat)
            {
                while (stack.Count > 0 && stack[^1].Sub.Level >= sub.Level)
                {
                    stack.RemoveAt(stack.Count - 1);
                }

                var children = new List<SubParagraph>();
                childrenOf[sub] = children;
                (stack.Count > 0 ? stack[^1].Children : roots).Add(sub);
                stack.Add((sub, children));
            }

            return roots.Select(r => WithChildren(r, childrenOf)).ToList();
        }

        private static SubParagraph WithChildren(SubParagraph sub, Dictionary<SubParagraph, List<SubParagraph>> childrenOf) =>
            sub with { Children = childrenOf[sub].Select(c => WithChildren(c, childrenOf)).ToList() };

        private static Opener OpenerOf(InlineText content, bool operative) => OpenerReader.OpenerOf(content, operative);

        private static Ending EndingOf(InlineText content, int endOffset)
        {
            int last = content.LastVisibleIndex();
            if (last < 0)
            {
                return new Ending(null, new TextSpan(endOffset, 0));
            }

            // "(h) To study; and": practice puts "and" (or "or") after the penultimate sub-paragraph's semicolon.
            string t = content.Text;
            foreach (string conjunction in (ReadOnlySpan<string>)["; and", "; or", ", and", ", or"])
            {
                if (t.AsSpan(0, last + 1).EndsWith(conjunction, StringComparison.Ordinal))
                {
                    last -= conjunction.Length - 1;
                    break;
                }
            }

            TextSpan source = content.ToSource(new TextSpan(last, 1));
            char c = content.Text[last];
            return c is ',' or ';' or ':' or '.'
                ? new Ending(c, source)
                : new Ending(null, new TextSpan(source.End, 0));
        }

        private static IEnumerable<FootnoteReference> ReferencesOf(RawText raw)
        {
            foreach (RawMarker marker in raw.Markers)
            {
                TextSpan span = marker.SourceSpan ?? (marker.Length > 0
                    ? TextSpan.FromBounds(raw.OffsetAt(marker.Index), raw.OffsetAt(marker.Index + marker.Length - 1) + 1)
                    : new TextSpan(raw.EndOffset, 0));
                yield return new FootnoteReference(marker.Number, span, marker.Form);
            }
        }

        private TextSpan SourceOf(Block block, Group group)
        {
            InlineText words = WordsOf(block.Text, 0);
            return words.ToSource(new TextSpan(group.Index, group.Length));
        }

        private InlineText WordsOf(RawText raw, int skip) =>
            session?.Words(raw, skip) ?? raw.ToInlineText(skip);

        /// <summary>A paragraph's or footnote's words from <paramref name="skip"/> on, and what they cite.</summary>
        private (InlineText Words, IReadOnlyList<Citation> Citations) Read(RawText raw, int skip, string? body)
        {
            if (session is not null)
            {
                return session.Read(raw, skip, body);
            }

            InlineText words = raw.ToInlineText(skip);
            return (words, CitationScanner.Scan(words, body));
        }

        /// <summary>The symbol as the text spells it, else derived from the number and the organ.</summary>
        private string? SymbolOf(string? body)
        {
            if (_heading.Symbol is { } spelled)
            {
                return spelled;
            }

            foreach (NoiseLine noise in lines.NoiseLines())
            {
                // A symbol alone on a line of the heading reads like a running header, but it names the draft.
                string line = text.Slice(noise.Span).Trim();
                if (noise.Span.Start < _headingEnd && HeadingLines.Symbol().IsMatch(line))
                {
                    return line;
                }

                Match m = HeadingLines.OdsSymbol().Match(text.Slice(noise.Span));
                if (m.Success && HeadingLines.Symbol().IsMatch(m.Groups["symbol"].Value.Trim()))
                {
                    return m.Groups["symbol"].Value.Trim();
                }
            }

            if (_heading.Number is not { } number)
            {
                return null;
            }

            return body switch
            {
                "General Assembly" => "A/RES/" + number.Replace(" ", string.Empty, StringComparison.Ordinal),
                "Human Rights Council" => "A/HRC/RES/" + number,
                "Security Council" => "S/RES/" + number,
                "Economic and Social Council" => "E/RES/" + number,
                _ => null,
            };
        }

        private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
    }
}
