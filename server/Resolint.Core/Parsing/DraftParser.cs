using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using Resolint.Core.Citations;
using Resolint.Core.Drafts;
using Resolint.Core.Parsing.Roles;
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
        var lines = new SourceLines(text, cache?.Lines);
        DraftForm actual = form ?? FormDetector.Detect(text.Text);
        MarkdownReading? reading = null;
        PlainTextReading? plainReading = null;
        List<Block>? blocks = actual == DraftForm.Markdown ? MarkdownReader.TryRead(lines, cache?.Reading, keep: cache is not null, out reading) : null;
        if (blocks is null)
        {
            actual = DraftForm.PlainText;
            blocks = PlainTextReading.Read(lines, cache?.PlainReading, keep: cache is not null, out plainReading);
        }

        LineDiscipline discipline = LineDisciplines.Of(blocks, actual);
        List<Block> read = blocks;
        blocks = JoinWrappedLines(blocks, discipline, text);
        ParseCache.Session? session = cache?.Begin(lines, reading, plainReading);
        Draft draft = new Assembler(text, actual, lines, discipline, session).Build(blocks);
        session?.Commit();
        if (cache is null)
        {
            // The draft holds the blocks' words, not their characters: with no cache to keep the blocks for the next
            // version, their characters go back to the pool for the next draft read (a check reads hundreds).
            foreach (Block block in read)
            {
                block.Text.Release();
            }
        }

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

        /// <summary>Characters of the raw text before the words (a footnote's number, a sub-paragraph's label).</summary>
        public int Skip { get; init; }

        /// <summary>What only a few items have, made for the first of them: an item is made for every paragraph on every keystroke.</summary>
        private Particulars? _particulars;

        private Particulars Particular => _particulars ??= new Particulars();

        public LabelToken Label
        {
            get => _particulars?.Label ?? default;
            init => Particular.Label = value;
        }

        public int FootnoteNumber
        {
            get => _particulars?.FootnoteNumber ?? 0;
            init => Particular.FootnoteNumber = value;
        }

        public TextSpan FootnoteNumberSpan
        {
            get => _particulars?.FootnoteNumberSpan ?? default;
            init => Particular.FootnoteNumberSpan = value;
        }

        /// <summary>For sub-paragraphs: the operative paragraph they belong to.</summary>
        public BodyItem? Owner
        {
            get => _particulars?.Owner;
            init => Particular.Owner = value;
        }

        /// <summary>For an operative paragraph whose number is written amiss ("7, Requests", "4 Calls"): that number.</summary>
        public OperativeRole.WrittenNumber? Written
        {
            get => _particulars?.Written;
            init
            {
                // Given for every operative paragraph, written amiss or not.
                if (value is not null)
                {
                    Particular.Written = value;
                }
            }
        }

        /// <summary>For operative paragraphs, once read: their sub-paragraphs in text order (made with the first: most have none).</summary>
        public List<SubParagraph>? SubParagraphs
        {
            get => _particulars?.SubParagraphs;
            set => Particular.SubParagraphs = value;
        }

        /// <summary>
        /// A sub-paragraph's label and operative paragraph, a footnote's number, an operative paragraph's number written amiss,
        /// its sub-paragraphs.
        /// </summary>
        private sealed class Particulars
        {
            public LabelToken Label;
            public BodyItem? Owner;
            public int FootnoteNumber;
            public TextSpan FootnoteNumberSpan;
            public OperativeRole.WrittenNumber? Written;
            public List<SubParagraph>? SubParagraphs;
        }

        /// <summary>For operative paragraphs: the numbered sequence they belong to.</summary>
        public int Sequence { get; init; }

        /// <summary>For operative paragraphs: a part or section heading follows before the next one.</summary>
        public bool EndsSection { get; set; }

        /// <summary>The organ that speaks in the block, when not the resolution's (a recommended draft's "The General Assembly,").</summary>
        public string? Speaker { get; init; }

        /// <summary>For operative paragraphs: a recommended text follows.</summary>
        public bool IntroducesText { get; set; }

        /// <summary>
        /// For operative paragraphs, once read: where the paragraph stands among the operative part's, so that its
        /// sub-paragraphs, read after it, are put in it (kept on the item, not in a dictionary keyed by it: no identity hash per paragraph).
        /// </summary>
        public int Index { get; set; }
    }

    private enum BodyItemKind
    {
        Preambular,
        Operative,
        SubParagraph,
        Footnote,

        /// <summary>Text the resolution holds but does not speak in (a list or text a paragraph introduces): its markers and citations count.</summary>
        Held,

        /// <summary>An annex's text: its footnote markers count.</summary>
        Annexed,

        /// <summary>The adoption line: its footnote markers count (the Council's printed volumes note the voting there).</summary>
        Closing,
    }

    /// <summary>
    /// Where blank lines separate paragraphs, joins each hard-wrapped line to the line above it, before any role is
    /// decided, so that the classifiers read whole paragraphs ("Adopted unanimously at the / 1270th meeting.").
    /// Lines that are complete heading or organ lines stand alone, as does the next footnote's text.
    /// </summary>
    private static List<Block> JoinWrappedLines(List<Block> blocks, LineDiscipline discipline, SourceText text)
    {
        if (discipline != LineDiscipline.BlankSeparated)
        {
            return blocks;
        }

        var joined = new List<Block>(blocks.Count);
        bool previousStandsAlone = false;
        bool previousHoldsTitle = false;
        bool previousIsMeeting = false;
        for (int index = 0; index < blocks.Count; index++)
        {
            Block block = blocks[index];

            // The line read where it stands, not copied: every line of a plain text passes here.
            ReadOnlySpan<char> line = LineOf(text, block.Span);

            // The Security Council's closing runs over lines: "Adopted unanimously at the / 1420th meeting.".
            bool standsAlone = StandsAlone(line) && !(joined.Count > 0 && text.Text.AsSpan(joined[^1].Span.Start, joined[^1].Span.Length).StartsWith("Adopted ", StringComparison.Ordinal));

            // A long title wraps: "72/18. Report on the activities of the Office of Internal / Oversight Services".
            bool previousTakesWrap = !previousStandsAlone || previousHoldsTitle;

            // The closing is one block however it is laid out: "13th plenary meeting / 22 July 2021".
            bool dateUnderMeeting = previousIsMeeting && HeadingLines.Date().IsMatch(line) && ContinuationRole.IsWrappedLine(block, discipline);
            if (joined.Count > 0 && (dateUnderMeeting || (previousTakesWrap && !standsAlone && ContinuationRole.IsWrappedLine(block, discipline)
                && !OpensNextNote(joined[^1], line) && !ContinuationRole.OpensParagraphAfterClosedLine(joined[^1].Text, line))))
            {
                if (joined[^1].Joined.Length == 0)
                {
                    joined[^1].Text.Expect(LinesAhead(blocks, index));
                }

                joined[^1].Continue(block, ContinuationRole.WrappedReason);
                previousIsMeeting = false;
                continue;
            }

            joined.Add(block);
            previousStandsAlone = standsAlone;
            previousHoldsTitle = HeadingLines.NumberAndTitle().IsMatch(line);
            previousIsMeeting = HeadingLines.Meeting().IsMatch(line) && !HeadingLines.Meeting().Match(line.ToString()).Groups["date"].Success;
        }

        return joined;
    }

    /// <summary>
    /// The characters of the lines from <paramref name="index"/> on up to the next blank line or page break (at most
    /// <see cref="MaxLinesAhead"/> of them), a space before each: what a paragraph that takes in its wrapped lines will hold,
    /// so that its text is not grown line by line.
    /// </summary>
    private static int LinesAhead(List<Block> blocks, int index)
    {
        int length = 0;
        for (int j = index; j < blocks.Count && j - index < MaxLinesAhead && !blocks[j].AfterBlank && !blocks[j].AfterPageBreak; j++)
        {
            length += blocks[j].Text.Length + 1;
        }

        return length;
    }

    /// <summary>A paragraph's room is reserved for this many lines ahead at most (its text grows past them as it must).</summary>
    private const int MaxLinesAhead = 64;

    /// <summary>The characters of a block's span (clamped to the text, as <see cref="SourceText.Slice"/> is).</summary>
    private static ReadOnlySpan<char> LineOf(SourceText text, TextSpan span)
    {
        int start = Math.Clamp(span.Start, 0, text.Length);
        int end = Math.Clamp(span.End, start, text.Length);
        return text.Text.AsSpan(start, end - start);
    }

    /// <summary>A line complete in itself as a line of the heading or the organ line: nothing wraps onto or from it.</summary>
    private static bool StandsAlone(ReadOnlySpan<char> line) =>
        HeadingLines.OrganLine().IsMatch(line) || HeadingLines.OrganLineWithoutComma().IsMatch(line) || HeadingLines.SecurityCouncilNumber().IsMatch(line) || HeadingLines.SecurityCouncilNumberFirst().IsMatch(line)
        || HeadingLines.NumberAndTitle().IsMatch(line) || HeadingLines.Symbol().IsMatch(line) || HeadingLines.AdoptedBy().IsMatch(line)
        || HeadingLines.AdoptedAtMeeting().IsMatch(line) || HeadingLines.OnReportOf().IsMatch(line) || HeadingLines.Session().IsMatch(line)
        || HeadingLines.Meeting().IsMatch(line) || HeadingLines.Date().IsMatch(line);

    /// <summary>
    /// "18 Ibid., document S/7001." or "2/ S/26083." (the 1990s' numbers with a slash) after a line ending with a full
    /// stop, or after the note numbered one less: the next footnote's text, not a wrapped line.
    /// </summary>
    private static bool OpensNextNote(Block previous, ReadOnlySpan<char> line)
    {
        int digits = 0;
        while (digits < line.Length && char.IsAsciiDigit(line[digits]))
        {
            digits++;
        }

        int space = digits > 0 && digits < line.Length && line[digits] == '/' ? digits + 1 : digits;
        int word = space;
        while (word < line.Length && line[word] == ' ')
        {
            word++;
        }

        return digits > 0 && word > space && word < line.Length && char.IsUpper(line[word])
            && previous.Text.Length > 0 && (previous.Text[previous.Text.Length - 1] == '.' || (digits <= MaxNoteDigits && OpensNote(previous.Text, int.Parse(line[..digits], System.Globalization.CultureInfo.InvariantCulture) - 1)));
    }

    /// <summary>"26 Official Records …" before "27 Ibid.": the note before, though its full stop was lost.</summary>
    private static bool OpensNote(RawText text, int number)
    {
        int i = 0;
        int read = 0;
        while (i < text.Length && i < MaxNoteDigits && char.IsAsciiDigit(text[i]))
        {
            read = (read * 10) + (text[i] - '0');
            i++;
        }

        return i > 0 && read == number && i + 1 < text.Length && text[i] == ' ' && char.IsUpper(text[i + 1]);
    }

    /// <summary>Footnote numbers have at most three digits: a printed volume numbers its notes into the hundreds.</summary>
    private const int MaxNoteDigits = 3;

    private sealed class Assembler(SourceText text, DraftForm form, SourceLines lines, LineDiscipline discipline, ParseCache.Session? session)
    {
        private readonly List<BodyItem> _items = [];
        private readonly List<NoiseLine> _extraNoise = [];
        private readonly List<TextSpan> _afterAdoption = [];
        private readonly List<(Block Block, BlockRole Role, string Reason)> _roles = [];
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

        /// <summary>The numbers of markers OCR set apart at the end of body paragraphs ("…Guinea, 43").</summary>
        private readonly HashSet<int> _markedAtEnd = [];

        /// <summary>The heading or the closing is a printed volume's.</summary>
        private bool _printedVolume;

        /// <summary>After the adoption line, inside the printed volume's record of decisions that follows the resolution.</summary>
        private bool _inVolumeRecord;

        /// <summary>A part or section heading stands after the last operative paragraph: a new section has begun.</summary>
        private bool _sectionOpen;
        private int _sequence;

        /// <summary>Where in the roles the open section's part heading stands; -1 when none is open.</summary>
        private int _partHeadingAt = -1;

        /// <summary>The organ that speaks in the recommended text.</summary>
        private string? _recommendedBy;

        /// <summary>The role of the block placed last.</summary>
        private BlockRole? _lastRole;

        /// <summary>The paragraph placed last ends with a colon: unlabelled lines after it are the items it introduces.</summary>
        private bool _listOpen;

        /// <summary>The last number of a numbered list an operative paragraph holds ("1. Opening of the Congress."); 0 outside one.</summary>
        private int _heldListLast;

        /// <summary>Inside a text an operative paragraph introduces and quotes whole (a title or a quotation after its colon).</summary>
        private bool _holding;

        public Draft Build(List<Block> blocks)
        {
            // A role per block, and about as many items: the lists are not grown block by block.
            _roles.EnsureCapacity(blocks.Count);
            _items.EnsureCapacity(blocks.Count);
            // Every loop over the blocks, items and roles below reads a span: a list's enumerator was a call per block, on every keystroke.
            foreach (Block block in CollectionsMarshal.AsSpan(blocks))
            {
                Place(block);
            }

            string? body = _organ?.Body ?? _heading.AdoptedBy;
            body = session?.SameBody(body) ?? body;
            _heading = _heading with { Span = TextSpan.FromBounds(0, _headingEnd), Symbol = SymbolOf(body) };
            return Finish(body);
        }

        private void Record(Block block, BlockRole role, string reason)
        {
            _roles.Add((block, role, reason));
            _lastRole = role;
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
                    if (PunctuationOf.LostMarkerAtEnd(block.Text, words) is int marker)
                    {
                        _markedAtEnd.Add(marker);
                    }

                    break;
                case Part.AfterAdoption:
                    PlaceAfterAdoption(block, words);
                    break;
                case Part.Annex:
                    PlaceInAnnex(block, words);
                    break;
            }
        }

        private void PlaceInHeading(Block block, string words)
        {
            if (block.Kind == BlockKind.NumberedItem)
            {
                _part = Part.Body;
                PlaceInBody(block, words);
                return;
            }

            if (OrganLineRole.BodyOf(block, words) is { } organ)
            {
                _organ = new OrganLine(block.Span, organ, words);
                _part = Part.Body;
                Record(block, BlockRole.OrganLine, OrganLineRole.Reason);
                return;
            }

            if ((PreambularRole.LooksLikeOne(words) || (_printedVolume && PreambularRole.LooksLikeOneInPrint(words))) && !HeadingLineRole.IsHeadingOnly(words))
            {
                // No organ line: the body has begun all the same.
                _part = Part.Body;
                PlaceInBody(block, words);
                return;
            }

            _headingEnd = block.Span.End;
            _printedVolume |= PrintTranscription.IsPrintedVolumeHeading(words);
            (_heading, string reason) = HeadingLineRole.Read(words, _heading, g => SourceOf(block, g));
            Record(block, BlockRole.HeadingLine, reason);
        }

        private void PlaceInBody(Block block, string words)
        {
            if (TryFootnoteText(block, words, afterAdoption: false))
            {
                _afterFootnotes = true;
                return;
            }

            // Footnote texts in the middle of the body stand where a page ended.
            block.AfterPageBreak |= _afterFootnotes;
            _afterFootnotes = false;
            // The held text ends at the operative part's next number, also where it is written amiss ("5, Notes").
            if (_holding && !(_lastOperative?.Block.Number is int outer
                && ((block.Kind == BlockKind.NumberedItem && block.Number == outer + 1) || (block.Kind == BlockKind.Paragraph && OperativeRole.ReadWrittenAmiss(block.Text, outer + 1) is not null))))
            {
                if (!TryAdoption(block, words))
                {
                    PlaceHeldItem(block, IntroducedTextRole.Reason, BlockRole.IntroducedText);
                }

                return;
            }

            _holding = false;
            if (block.Kind == BlockKind.NumberedItem)
            {
                HeadTheOperativePart();
                if (IsHeldListItem(block))
                {
                    _lastOperative!.IntroducesText = true;
                    _heldListLast = block.Number ?? 0;
                    PlaceHeldItem(block, OperativeRole.HeldListReason);
                    return;
                }

                _heldListLast = 0;
                PlaceOperative(block, words, OperativeRole.NumberedReason);
                return;
            }

            if (TryAdoption(block, words))
            {
                return;
            }

            // "(ii)" alone on its line: the words that follow are the sub-paragraph's.
            if (_lastParagraph is { Kind: BodyItemKind.SubParagraph } bare && block.Kind == BlockKind.Paragraph
                && !SubParagraphRole.TryRead(block, out _) && bare.Block.Joined.IsEmpty && bare.Block.Text.Chars[bare.Skip..].Trim().IsEmpty)
            {
                bare.Block.Continue(block, "the words of a label that stands alone on the line before");
                return;
            }

            if (_lastParagraph is { Kind: BodyItemKind.SubParagraph } lastSub && block.Kind == BlockKind.Paragraph && words.Length > 0 && char.IsLower(words[0])
                && !SubParagraphRole.TryRead(block, out _))
            {
                lastSub.Block.Continue(block, ContinuationRole.TailReason);
                return;
            }

            if (_lastParagraph is not null && ContinuationRole.Continues(_lastParagraph.Kind == BodyItemKind.Preambular, _lastParagraph.Block.Text, block, words, form, discipline) is { } continues)
            {
                _lastParagraph.Block.Continue(block, continues);
                return;
            }

            if (RecommendedTextRole.Opens(block, words, _lastOperative is not null))
            {
                // The recommended text has its own preamble and numbering, read as the resolution's own are, in
                // the voice of the organ it is recommended to.
                _recommendedBy = OrganLineRole.BodyOf(block, words);
                _lastOperative!.IntroducesText = true;
                _lastOperative.EndsSection = true;
                _sequence++;
                _lastOperative = null;
                _lastParagraph = null;
                _listOpen = _sectionOpen = false;
                _heldListLast = 0;
                _items.Add(new BodyItem(block, BodyItemKind.Held) { Speaker = _recommendedBy });
                Record(block, BlockRole.RecommendedText, RecommendedTextRole.StartReason);
                return;
            }

            if (NoiseRole.IsRunningHeader(words))
            {
                _extraNoise.Add(new NoiseLine(block.Span, NoiseKind.RunningHeader));
                Record(block, BlockRole.Noise, NoiseRole.SymbolReason);
                return;
            }

            if (PartHeadingRole.Why(block, words) is { } part)
            {
                OpenSection(block, BlockRole.PartHeading, part);
                return;
            }

            if (AnnexRole.IsAnnexHeading(words))
            {
                OpenAnnex(block);
                return;
            }

            if (_lastRole == BlockRole.PartHeading && SubheadingRole.IsPartTitle(block, words))
            {
                OpenSection(block, BlockRole.Subheading, SubheadingRole.PartTitleReason);
                return;
            }

            if (_heldListLast > 0 && SubParagraphRole.TryRead(block, out _))
            {
                PlaceHeldItem(block, "a labelled item under an item of a numbered list a paragraph holds");
                return;
            }

            if (_listOpen && _lastParagraph == _lastOperative && _lastOperative is not null && IntroducedTextRole.Opens(block, words))
            {
                _holding = true;
                _lastOperative.IntroducesText = true;
                PlaceHeldItem(block, IntroducedTextRole.StartReason, BlockRole.IntroducedText);
                return;
            }

            if (_listOpen && _lastParagraph is not null && block.Kind == BlockKind.Paragraph && !SubParagraphRole.TryRead(block, out _)
                && !PreambularRole.LooksLikeOne(words)
                && (_lastOperative is null || OperativeRole.ReadWrittenAmiss(block.Text, (_lastOperative.Block.Number ?? _lastOperative.Written?.Number ?? 0) + 1) is null))
            {
                _lastParagraph.Block.Continue(block, OperativeRole.ListItemReason);
                return;
            }

            if (SubheadingRole.Why(block, words, inOperativePart: _lastOperative is not null) is { } subheading)
            {
                OpenSection(block, BlockRole.Subheading, subheading);
                return;
            }

            if (_lastOperative is null && SubParagraphRole.TryRead(block, out LabelToken first))
            {
                ActBeforeItsItems(first);
            }

            if (_lastOperative is not null && _lastParagraph?.Kind is BodyItemKind.Operative or BodyItemKind.SubParagraph
                && (SubParagraphRole.TryRead(block, out LabelToken label) || TryReadMisreadNextLabel(block, out label)))
            {
                var sub = new BodyItem(block, BodyItemKind.SubParagraph) { Label = label, Skip = label.Length, Owner = _lastOperative, Speaker = _recommendedBy };
                _items.Add(sub);
                _lastParagraph = sub;
                _listOpen = PunctuationOf.LastMark(words) == ':';
                Record(block, BlockRole.SubParagraph, SubParagraphRole.Reason);
                return;
            }

            if (_lastParagraph is { Kind: BodyItemKind.Preambular } listing && SubParagraphRole.TryRead(block, out _))
            {
                listing.Block.Continue(block, PreambularRole.ListItemReason);
                return;
            }

            if (_lastOperative is null)
            {
                if (OperativeRole.ActsWithoutNumber(words))
                {
                    PlaceOperative(block, words, OperativeRole.UnnumberedReason);
                    return;
                }

                PlacePreambular(block, PreambularRole.BeforeOperativeReason);
                return;
            }

            // A part or section may open with a preamble of its own; otherwise an unnumbered paragraph among operative
            // paragraphs is one whose number is missing.
            if (_sectionOpen && PreambularRole.OpensLikeOne(words))
            {
                PlacePreambular(block, "reads as a preambular paragraph at the start of a part or section");
                return;
            }

            // "Resolves:" then "1, That …": the list it holds, its first number read with a comma for the full stop.
            if (_heldListLast == 0 && _lastOperative.Block.Number is null && _lastOperative.Written is null && IsHeldListItem(1)
                && OperativeRole.ReadWrittenAmiss(block.Text, 1) is { Text: [.., ','] })
            {
                _lastOperative.IntroducesText = true;
                _heldListLast = 1;
                PlaceHeldItem(block, OperativeRole.HeldListReason);
                return;
            }

            if (OperativeRole.ReadWrittenAmiss(block.Text, (_lastOperative.Block.Number ?? _lastOperative.Written?.Number ?? 0) + 1) is { } written)
            {
                PlaceOperative(block, words, OperativeRole.WrittenAmissReason, written);
                return;
            }

            PlaceOperative(block, words, _sectionOpen && OperativeRole.ActsWithoutNumber(words) ? OperativeRole.UnnumberedReason : OperativeRole.MissingNumberReason);
        }

        /// <summary>
        /// A label OCR misread for the letter that follows the last sub-paragraph's: "(6)" after "(a)" is "(b)".
        /// </summary>
        private bool TryReadMisreadNextLabel(Block block, out LabelToken label)
        {
            label = default;
            return _lastParagraph is { Kind: BodyItemKind.SubParagraph, Label: { Parenthesized: true, Value: [char letter] } } && letter is >= 'a' and < 'z'
                && SubParagraphLabels.TryReadMisreadLetter(block.Text.Chars, (char)(letter + 1), out label);
        }

        /// <summary>
        /// A numbered item that belongs to a list the last operative paragraph holds: "11. Approves the following
        /// provisional agenda:" then "1. Opening of the Congress." … Such a list starts at 1 after a colon and runs on
        /// while its numbers follow each other and are not the operative part's next number.
        /// </summary>
        private bool IsHeldListItem(Block block) => block.Number is int number && IsHeldListItem(number);

        private bool IsHeldListItem(int number)
        {
            if (_lastOperative is not { } operative)
            {
                return false;
            }

            if (_heldListLast > 0)
            {
                return number == _heldListLast + 1 && number != (operative.Block.Number ?? 0) + 1;
            }

            return number == 1 && !_sectionOpen && _lastParagraph == operative
                && PunctuationOf.LastMark(WordsOf(operative.Block.Text, 0).Text) == ':';
        }

        private void PlaceHeldItem(Block block, string reason, BlockRole role = BlockRole.SubParagraph)
        {
            _items.Add(new BodyItem(block, BodyItemKind.Held) { Speaker = _recommendedBy });
            Record(block, role, reason);
        }

        /// <summary>
        /// The first numbered paragraph shows what the line before it was: a line without closing punctuation that reads
        /// as a title ("Governance of the Programme", "Taking stock: reviewing …") heads the operative part. A
        /// participle's line without a comma ("Acting under Chapter VII of the Charter") stays a preambular paragraph
        /// that lost its comma.
        /// </summary>
        private void HeadTheOperativePart()
        {
            if (_lastOperative is not null || _lastRole != BlockRole.PreambularParagraph || _lastParagraph is not { Kind: BodyItemKind.Preambular } last
                || !last.Block.Joined.IsEmpty)
            {
                return;
            }

            string words = WordsOf(last.Block.Text, 0).Text;
            if (PunctuationOf.LastMark(words) is not null || SubheadingRole.Why(last.Block, words, inOperativePart: true) is null
                || (OpenerReader.CouldOpenPreamble(PunctuationOf.FirstWord(words)) && !SubheadingRole.HasTitleColon(words)))
            {
                return;
            }

            _items.Remove(last);
            _roles[^1] = (last.Block, BlockRole.Subheading, "a line without closing punctuation that reads as a title, just before the first numbered paragraph");
            _subheadings.Add(last.Block.Span);
            _lastParagraph = null;
        }

        /// <summary>
        /// At the adoption line of a resolution with no operative paragraph yet, the last paragraph is its single
        /// unnumbered operative paragraph when it opens with a word no preambular paragraph opens with ("Recommends to
        /// the General Assembly that Oman be admitted …"), whatever closes it.
        /// </summary>
        private void ActInTheLastParagraph()
        {
            if (_lastOperative is not null || _lastParagraph is not { Kind: BodyItemKind.Preambular } last)
            {
                return;
            }

            string words = WordsOf(last.Block.Text, 0).Text;
            if (!OperativeRole.OpensLikeOne(words))
            {
                return;
            }

            int at = _roles.FindLastIndex(r => ReferenceEquals(r.Block, last.Block));
            _items.Remove(last);
            _roles.RemoveAt(at);
            var operative = new BodyItem(last.Block, BodyItemKind.Operative) { Sequence = _sequence, Speaker = last.Speaker };
            _items.Add(operative);
            _roles.Insert(at, (last.Block, BlockRole.OperativeParagraph, OperativeRole.LastBeforeAdoptionReason));
            _lastParagraph = _lastOperative = operative;
        }

        /// <summary>
        /// A first sub-paragraph "(a)" before any operative paragraph, just after a paragraph or short line that opens
        /// with a verb in the third person and has no closing mark ("Decides", "Recommends the following …"): that is
        /// the resolution's unnumbered operative paragraph, its colon lost, and the items are its sub-paragraphs, as
        /// they are with the colon. A preambular paragraph opens with no such verb.
        /// </summary>
        private void ActBeforeItsItems(LabelToken label)
        {
            if (label.Value != "a" || _roles.Count == 0)
            {
                return;
            }

            (Block last, BlockRole role, _) = _roles[^1];
            if (role is not (BlockRole.PreambularParagraph or BlockRole.Subheading) || !last.Joined.IsEmpty
                || (role == BlockRole.PreambularParagraph && _lastParagraph?.Block != last))
            {
                return;
            }

            string words = WordsOf(last.Text, 0).Text;
            if (PunctuationOf.LastMark(words) is not null || !OperativeRole.OpensWithVerb(words))
            {
                return;
            }

            if (role == BlockRole.PreambularParagraph)
            {
                _items.Remove(_lastParagraph!);
            }
            else
            {
                _subheadings.RemoveAt(_subheadings.Count - 1);
                _sectionOpen = false;
                _partHeadingAt = -1;
            }

            var operative = new BodyItem(last, BodyItemKind.Operative) { Sequence = _sequence, Speaker = _recommendedBy };
            _items.Add(operative);
            _roles[^1] = (last, BlockRole.OperativeParagraph, OperativeRole.IntroducesItemsReason);
            _lastRole = BlockRole.OperativeParagraph;
            _lastParagraph = _lastOperative = operative;
        }

        private void PlacePreambular(Block block, string reason)
        {
            var item = new BodyItem(block, BodyItemKind.Preambular) { Speaker = _recommendedBy };
            _items.Add(item);
            _lastParagraph = item;
            _listOpen = false;
            Record(block, BlockRole.PreambularParagraph, reason);
        }

        private void PlaceOperative(Block block, string words, string reason, OperativeRole.WrittenNumber? written = null)
        {
            // Numbering starts again from 1 after a part or section heading.
            if (_lastOperative is not null && _sectionOpen && block.Number is null or 1)
            {
                _sequence++;
            }

            // A part numbers its paragraphs from 1: where they run on from the paragraph before the heading, the
            // heading groups paragraphs (a section's "I") and is not a part.
            if (_sectionOpen && _partHeadingAt >= 0 && _lastOperative?.Block.Number is int before && block.Number == before + 1)
            {
                _roles[_partHeadingAt] = (_roles[_partHeadingAt].Block, BlockRole.Subheading, PartHeadingRole.NumberedOnReason);
            }

            _partHeadingAt = -1;
            var operative = new BodyItem(block, BodyItemKind.Operative) { Sequence = _sequence, Speaker = _recommendedBy, Written = written, Skip = written?.Skip ?? 0 };
            _items.Add(operative);
            _lastParagraph = _lastOperative = operative;
            _sectionOpen = false;
            _listOpen = PunctuationOf.LastMark(block.Text, words) == ':';
            Record(block, BlockRole.OperativeParagraph, reason);
        }

        private void OpenSection(Block block, BlockRole role, string reason)
        {
            _listOpen = false;
            _heldListLast = 0;
            _subheadings.Add(block.Span);
            if (_lastOperative is not null)
            {
                _lastOperative.EndsSection = true;
            }

            _sectionOpen = true;
            // A part's title line keeps its part heading open.
            _partHeadingAt = role == BlockRole.PartHeading ? _roles.Count : _lastRole == BlockRole.PartHeading ? _partHeadingAt : -1;
            Record(block, role, reason);
        }

        /// <summary>
        /// The annex's text is not the resolution's own paragraphs: its footnote markers count, its words are not
        /// checked as the resolution's. The footnote texts after it are the resolution's.
        /// </summary>
        private void PlaceInAnnex(Block block, string words)
        {
            if (TryFootnoteText(block, words, afterAdoption: false))
            {
                return;
            }

            _items.Add(new BodyItem(block, BodyItemKind.Annexed));
            Record(block, BlockRole.AnnexText, AnnexRole.TextReason);
        }

        /// <summary>
        /// Numbered paragraphs after the adoption line: the text the resolution adopts (a declaration with its title),
        /// printed after it without an "Annex" heading; what stood between is its title.
        /// </summary>
        private void OpenAdoptedText(Block block)
        {
            for (int i = 0; i < _roles.Count; i++)
            {
                if (_roles[i].Role == BlockRole.AfterAdoption)
                {
                    _roles[i] = (_roles[i].Block, BlockRole.AnnexText, "the title of the text the resolution adopts, after the adoption line");
                }
            }

            _afterAdoption.Clear();
            _part = Part.Annex;
            _items.Add(new BodyItem(block, BodyItemKind.Annexed));
            Record(block, BlockRole.AnnexText, "numbered paragraphs after the adoption line: the text the resolution adopts, numbered on its own");
        }

        private void OpenAnnex(Block block)
        {
            _annex = block.Span;
            _part = Part.Annex;
            Record(block, BlockRole.Annex, AnnexRole.Reason);
        }

        private void PlaceAfterAdoption(Block block, string words)
        {
            // "[Adopted by a recorded vote of 31 to 14 … The voting was as follows:" runs on to its closing bracket.
            if (_inVotingRecord && _adoption is { } voting)
            {
                _adoption = voting with { Span = TextSpan.FromBounds(voting.Span.Start, block.Span.End) };
                _inVotingRecord = VotingRecordRole.RunsOnAfter(words);
                Record(block, BlockRole.VotingRecord, VotingRecordRole.Reason);
                return;
            }

            if (TryFootnoteText(block, words, afterAdoption: true))
            {
                return;
            }

            // "Decisions" after a resolution of a printed volume: the volume's record of the Council's decisions runs on
            // to the page's footnotes, with the next resolution's heading.
            _inVolumeRecord |= _printedVolume && PrintTranscription.OpensVolumeRecord(words);
            if (_inVolumeRecord)
            {
                _extraNoise.Add(new NoiseLine(block.Span, NoiseKind.VolumeRecord));
                Record(block, BlockRole.Noise, NoiseReason(NoiseKind.VolumeRecord));
                return;
            }

            // A text the resolution adopts is numbered from 1; a paragraph numbered on from the operative part is one
            // pasted after the adoption line.
            if (block is { Kind: BlockKind.NumberedItem, Number: 1 })
            {
                OpenAdoptedText(block);
                return;
            }

            // "5. Ibid., Supplement for …": a number that neither opens an adopted text nor goes on from the operative
            // part is a footnote's, printed with a full stop.
            if (block is { Kind: BlockKind.NumberedItem, Number: int noteNumber } && noteNumber != (_lastOperative?.Block.Number ?? 0) + 1 && noteNumber > _lastFootnoteNumber)
            {
                var footnote = new BodyItem(block, BodyItemKind.Footnote) { FootnoteNumber = noteNumber, FootnoteNumberSpan = block.NumberSpan };
                _items.Add(footnote);
                _lastFootnote = footnote;
                _lastFootnoteNumber = noteNumber;
                Record(block, BlockRole.FootnoteText, "a number after the adoption line that does not go on from the operative part: a footnote's, printed with a full stop");
                return;
            }

            // A footnote text wrapped over two lines: the second carries on the first.
            if (_lastFootnote is { } last && words.Length > 0 && (char.IsLower(words[0]) || !last.Block.Text.ToString().TrimEnd().EndsWith('.')) && !HeadingLines.Date().IsMatch(words))
            {
                last.Block.Continue(block, "follows a footnote text that has not ended");
                return;
            }

            if (_adoption is { } adoption && HeadingLines.Date().IsMatch(words) && adoption.Date is null)
            {
                _adoption = adoption with { Span = TextSpan.FromBounds(adoption.Span.Start, block.Span.End), Date = words };
                Record(block, BlockRole.AdoptionLine, "the date of adoption, after the meeting");
                return;
            }

            Match note = HeadingLines.AdoptedNote().Match(words);
            if (_adoption is { } a && note.Success)
            {
                _adoption = a with { Span = TextSpan.FromBounds(a.Span.Start, block.Span.End), WithoutVote = AdoptionLineRole.WithoutVote(note.Groups["how"].Value), RecordedVote = AdoptionLineRole.RecordedVote(note.Groups["how"].Value) };
                _inVotingRecord = VotingRecordRole.RunsOnAfter(words);
                Record(block, BlockRole.AdoptionLine, "\"[Adopted …]\": how the resolution was adopted");
                return;
            }

            if (AnnexRole.IsAnnexHeading(words))
            {
                OpenAnnex(block);
                return;
            }

            if (NoiseRole.IsRunningHeaderRemains(words))
            {
                _extraNoise.Add(new NoiseLine(block.Span, NoiseKind.RunningHeader));
                Record(block, BlockRole.Noise, NoiseRole.Reason);
                return;
            }

            _afterAdoption.Add(block.Span);
            Record(block, BlockRole.AfterAdoption, "after the adoption line, and none of what may stand there");
        }

        private bool TryAdoption(Block block, string words)
        {
            if ((AdoptionLineRole.Read(block.Span, words) ?? (_lastOperative is not null ? AdoptionLineRole.ReadDateAlone(block.Span, words) : null)) is not { } read)
            {
                return false;
            }

            ActInTheLastParagraph();
            _printedVolume |= PrintTranscription.IsPrintedVolumeClosing(words);
            _items.Add(new BodyItem(block, BodyItemKind.Closing));
            _adoption = read.Line;
            _inVotingRecord = read.VotingRecordFollows;
            _part = Part.AfterAdoption;
            Record(block, BlockRole.AdoptionLine, read.Reason);
            return true;
        }

        private bool TryFootnoteText(Block block, string words, bool afterAdoption)
        {
            if (FootnoteTextRole.Read(block, words, _lastFootnoteNumber, afterAdoption, _markedAtEnd) is not { } start)
            {
                return false;
            }

            var footnote = new BodyItem(block, BodyItemKind.Footnote) { FootnoteNumber = start.Number, FootnoteNumberSpan = start.NumberSpan, Skip = start.Skip };
            _items.Add(footnote);
            _lastFootnote = footnote;
            _lastFootnoteNumber = start.Number;
            Record(block, BlockRole.FootnoteText, start.Reason);
            return true;
        }

        private Draft Finish(string? body)
        {
            // Loops, not queries, here and below: every parse passes here, a check's hundreds of them.
            var footnoteNumbers = new HashSet<int>();
            foreach (BodyItem item in CollectionsMarshal.AsSpan(_items))
            {
                if (item.Kind == BodyItemKind.Footnote)
                {
                    footnoteNumbers.Add(item.FootnoteNumber);
                }
            }

            footnoteNumbers = session?.FootnoteNumbers(footnoteNumbers) ?? footnoteNumbers;
            var resolver = new FootnoteMarkerResolver(footnoteNumbers);
            var references = new List<FootnoteReference>();
            var citations = new List<Citation>();

            // Each list sized once from the items' kinds: at 1 MB a keystroke would otherwise grow them anew, array after array.
            (int preambular, int operatives, int notesCount) = CountKinds();
            var preamble = new List<PreambularParagraph>(preambular);
            var operative = new List<OperativeParagraph>(operatives);
            var footnotes = new List<Footnote>(notesCount);

            // A footnote speaks in the voice of the text that first refers to it (a recommended draft's notes cite as
            // the organ it is recommended to), so footnotes are read after the markers are known.
            var notes = new List<BodyItem>(notesCount);

            // The operative paragraphs that have sub-paragraphs, which are put in them once all are read.
            var owners = new List<BodyItem>();
            var firstSpeaker = new Dictionary<int, string?>();
            List<BodyItem> inOrder = TextOrder.Stable(_items, i => i.Block.Span.Start);
            foreach (BodyItem item in CollectionsMarshal.AsSpan(inOrder))
            {
                if (item.Kind == BodyItemKind.Footnote)
                {
                    notes.Add(item);
                    continue;
                }

                resolver.Resolve(item.Block.Text);
                AddReferences(item.Block.Text, references);
                foreach (RawMarker marker in item.Block.Text.MarkerSpan)
                {
                    firstSpeaker.TryAdd(marker.Number, item.Speaker);
                }

                if (item.Kind is BodyItemKind.Annexed or BodyItemKind.Closing)
                {
                    continue;
                }
                WordsRead read = Read(item.Block.Text, item.Skip, item.Speaker ?? body);
                AddCitations(citations, read);
                (InlineText content, Ending ending) = (read.Words, read.Ending);
                switch (item.Kind)
                {
                    case BodyItemKind.Preambular:
                        preamble.Add(new PreambularParagraph(item.Block.Span, item.Block.Pieces, content, ending, OpenerOf(read, false, item.Speaker ?? body), preamble.Count));
                        break;
                    case BodyItemKind.Operative:
                        item.Index = operative.Count;
                        operative.Add(OperativeOf(item, content, ending, OpenerOf(read, true, item.Speaker ?? body)));
                        break;
                    case BodyItemKind.SubParagraph:
                        // Made with the first sub-paragraph: most operative paragraphs have none.
                        BodyItem owner = item.Owner!;
                        if (owner.SubParagraphs is null)
                        {
                            owner.SubParagraphs = [];
                            owners.Add(owner);
                        }

                        owner.SubParagraphs.Add(SubParagraphOf(item, content, ending, owner.SubParagraphs));
                        break;
                    case BodyItemKind.Held:
                        break;
                }
            }

            foreach (BodyItem note in notes)
            {
                WordsRead read = Read(note.Block.Text, note.Skip, firstSpeaker.GetValueOrDefault(note.FootnoteNumber) ?? body);
                footnotes.Add(new Footnote(note.FootnoteNumber, note.Block.Span, note.FootnoteNumberSpan, read.Words));
                AddCitations(citations, read);
            }

            if (HeadingReferences(footnoteNumbers) is { Count: > 0 } inHeadings)
            {
                references = references.Concat(inHeadings).OrderBy(r => r.Span.Start).ToList();
            }

            citations = TextOrder.Stable(citations, c => c.Span.Start);
            foreach (BodyItem owner in owners)
            {
                operative[owner.Index] = operative[owner.Index] with { SubParagraphs = Nest(owner.SubParagraphs!) };
            }

            List<NoiseLine> lineNoise = [.. lines.NoiseLines()];
            List<NoiseLine> noise = _extraNoise.Count == 0 ? lineNoise : TextOrder.Stable([.. lineNoise, .. _extraNoise], n => n.Span.Start);
            return new Draft(text, form, _heading, _organ, preamble, operative, footnotes, references, citations, _adoption, noise)
            {
                AfterAdoption = _afterAdoption,
                Annex = _annex,
                Subheadings = _subheadings,
                Blocks = BlocksOf(lineNoise),
                TranscribedFromPrint = _printedVolume || PrintTranscription.ShowsPrintedPage(text, WrappedLinesOfParagraphs()),
            };
        }

        /// <summary>Adds what a paragraph or footnote cites: nothing for most, without the list's look for a collection in what is added.</summary>
        private static void AddCitations(List<Citation> citations, WordsRead read)
        {
            if (read.Citations.Count > 0)
            {
                citations.AddRange(read.Citations);
            }
        }

        /// <summary>How many preambular paragraphs, operative paragraphs and footnote texts the items hold.</summary>
        private (int Preambular, int Operative, int Footnotes) CountKinds()
        {
            int preambular = 0, operative = 0, footnotes = 0;
            foreach (BodyItem item in CollectionsMarshal.AsSpan(_items))
            {
                preambular += item.Kind == BodyItemKind.Preambular ? 1 : 0;
                operative += item.Kind == BodyItemKind.Operative ? 1 : 0;
                footnotes += item.Kind == BodyItemKind.Footnote ? 1 : 0;
            }

            return (preambular, operative, footnotes);
        }

        /// <summary>The hard-wrapped lines of the paragraphs (not of a recorded vote's list, which runs over lines in any text).</summary>
        private int WrappedLinesOfParagraphs()
        {
            int wrapped = 0;
            foreach ((Block block, BlockRole role, _) in CollectionsMarshal.AsSpan(_roles))
            {
                if (role is not (BlockRole.PreambularParagraph or BlockRole.OperativeParagraph or BlockRole.SubParagraph))
                {
                    continue;
                }

                ReadOnlySpan<(TextSpan Span, string Reason)> joined = block.Joined;
                for (int j = 0; j < joined.Length; j++)
                {
                    wrapped += ReferenceEquals(joined[j].Reason, ContinuationRole.WrappedReason) ? 1 : 0;
                }
            }

            return wrapped;
        }

        /// <summary>
        /// Every block's role and reason in text order: each placed block, the lines it took in, the noise. The noise lines are
        /// merged in where they stand and the whole sorted only when out of order. Blocks that start alike would be ordered by
        /// where they were put before sorting (the sort may swap them): then they are put as they always were, the noise after
        /// the blocks, and that is sorted, so that the order is the one every version had.
        /// </summary>
        private List<DraftBlock> BlocksOf(List<NoiseLine> noise)
        {
            // Sorted stably: where no two blocks start alike, any sort orders them so (and when two do, the merge is not kept).
            List<DraftBlock> merged = TextOrder.Stable(BlocksOf(noise, merge: true), b => b.Span.Start);
            for (int i = 1; i < merged.Count; i++)
            {
                if (merged[i - 1].Span.Start == merged[i].Span.Start)
                {
                    List<DraftBlock> blocks = BlocksOf(noise, merge: false);
                    blocks.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
                    return blocks;
                }
            }

            return merged;
        }

        /// <summary>The blocks in the roles' order, the noise lines merged in before the first block that starts after them, or put after them all.</summary>
        private List<DraftBlock> BlocksOf(List<NoiseLine> noise, bool merge)
        {
            int count = noise.Count;
            foreach ((Block block, _, _) in CollectionsMarshal.AsSpan(_roles))
            {
                count += 1 + block.Joined.Length;
            }

            var blocks = new List<DraftBlock>(count);
            int next = 0;
            foreach ((Block block, BlockRole role, string reason) in CollectionsMarshal.AsSpan(_roles))
            {
                TextSpan first = !block.Joined.IsEmpty ? TextSpan.FromBounds(block.Segments[0].Start, Math.Min(block.Segments[0].End, block.Joined[0].Span.Start)) : block.Span;
                next = merge ? AddNoiseBefore(first.Start, noise, next, blocks) : next;
                blocks.Add(new DraftBlock(first, role, reason)
                {
                    Words = role == BlockRole.Noise ? null : WordsOf(block.Text, 0),
                    Number = block.Kind == BlockKind.NumberedItem && block.NumberText.Length > 0 ? block.NumberText : null,
                });
                foreach ((TextSpan span, string why) in block.Joined)
                {
                    next = merge ? AddNoiseBefore(span.Start, noise, next, blocks) : next;
                    blocks.Add(new DraftBlock(span, BlockRole.Continuation, why));
                }
            }

            AddNoiseBefore(int.MaxValue, noise, next, blocks);
            return blocks;
        }

        /// <summary>Adds the noise lines from <paramref name="next"/> on that start before <paramref name="start"/>; returns the first not added.</summary>
        private static int AddNoiseBefore(int start, List<NoiseLine> noise, int next, List<DraftBlock> blocks)
        {
            for (; next < noise.Count && noise[next].Span.Start < start; next++)
            {
                blocks.Add(new DraftBlock(noise[next].Span, BlockRole.Noise, NoiseLineReasons[(int)noise[next].Kind]));
            }

            return next;
        }

        /// <summary>A noise line's reason by its kind, made once: every page of a draft has a few noise lines.</summary>
        private static readonly string[] NoiseLineReasons = [.. Enum.GetValues<NoiseKind>().Select(kind => "production noise: " + NoiseReason(kind))];

        private static string NoiseReason(NoiseKind kind) => kind switch
        {
            NoiseKind.PageFooter => "a page footer",
            NoiseKind.JobNumber => "a job number",
            NoiseKind.RunningHeader => "a running header",
            NoiseKind.PageNumber => "a page number",
            NoiseKind.OdsMarker => "an ODS marker",
            NoiseKind.Rule => "a rule line",
            NoiseKind.Distribution => "a distribution line",
            NoiseKind.SuppressionComment => "a resolint-disable comment",
            NoiseKind.VolumeRecord => "a printed volume's record of decisions after the resolution",
            _ => kind.ToString(),
        };

        /// <summary>
        /// An operative paragraph as read, without its sub-paragraphs (read after it): made as it is read, the words, ending and
        /// verb not kept on the item until all are read (an item is made for every paragraph on every keystroke).
        /// </summary>
        private static OperativeParagraph OperativeOf(BodyItem item, InlineText content, Ending ending, Opener verb)
        {
            Block block = item.Block;
            bool numbered = block.Kind == BlockKind.NumberedItem;
            TextSpan numberSpan = numbered ? block.NumberSpan : item.Written?.Span ?? new TextSpan(block.Span.Start, 0);
            return new OperativeParagraph(
                block.Span,
                block.Pieces,
                content,
                ending,
                verb,
                numbered ? block.Number : item.Written?.Number,
                numbered ? block.NumberText : item.Written?.Text ?? string.Empty,
                numberSpan,
                [])
            {
                Sequence = item.Sequence,
                EndsSection = item.EndsSection,
                IntroducesText = item.IntroducesText,
            };
        }

        private static SubParagraph SubParagraphOf(BodyItem item, InlineText content, Ending ending, List<SubParagraph> siblings)
        {
            // "(i)" after "(h)" is the next letter, unless "(h)" introduces sub-paragraphs of its own with a colon.
            SubParagraph? previous = siblings.Count > 0 ? siblings[^1] : null;
            string? previousLetter = previous is { Ending.Mark: ':' }
                ? null
                : siblings.LastOrDefault(s => s.Style is LabelStyle.ParenthesizedLetter or LabelStyle.DottedLetter && s.Label.StartsWith(item.Label.Parenthesized ? "(" : string.Empty, StringComparison.Ordinal))?.Label.Trim('(', ')', '.');
            LabelStyle style = SubParagraphLabels.StyleOf(item.Label, previousLetter);
            RawText raw = item.Block.Text;
            var labelSpan = TextSpan.FromBounds(raw.OffsetAt(0), raw.OffsetAt(item.Label.Length - 1) + 1);
            return new SubParagraph(item.Block.Span, item.Block.Pieces, content, ending, item.Label.Text, style, SubParagraphLabels.LevelOf(style), labelSpan, []) { WrittenAs = item.Label.Written };
        }

        /// <summary>Puts each sub-paragraph under the nearest one before it at a shallower level.</summary>
        private static List<SubParagraph> Nest(List<SubParagraph> flat)
        {
            // Children by index in the flat list, not in a dictionary keyed by the sub-paragraphs (an identity hash each).
            var roots = new List<int>();
            var children = new List<int>?[flat.Count];
            var stack = new List<int>();
            for (int i = 0; i < flat.Count; i++)
            {
                while (stack.Count > 0 && flat[stack[^1]].Level >= flat[i].Level)
                {
                    stack.RemoveAt(stack.Count - 1);
                }

                if (stack.Count > 0)
                {
                    (children[stack[^1]] ??= []).Add(i);
                }
                else
                {
                    roots.Add(i);
                }

                stack.Add(i);
            }

            return WithChildren(roots, flat, children);
        }

        /// <summary>The sub-paragraphs at <paramref name="at"/>, each with its children (a loop, not a lambda: no closure is made for a paragraph without any).</summary>
        private static List<SubParagraph> WithChildren(List<int> at, List<SubParagraph> flat, List<int>?[] children)
        {
            var nested = new List<SubParagraph>(at.Count);
            foreach (int i in at)
            {
                nested.Add(flat[i] with { Children = children[i] is { } below ? WithChildren(below, flat, children) : new List<SubParagraph>() });
            }

            return nested;
        }

        /// <summary>The opening words of a paragraph's words <paramref name="read"/>: from its cache entry's when read through one.</summary>
        private static Opener OpenerOf(WordsRead read, bool operative, string? body) =>
            read.Entry is null ? OpenerReader.OpenerOf(read.Words, operative, body) : ParseCache.Session.OpenerOf(read, operative, body);

        /// <summary>
        /// "B¹" before the organ line, a subheading with a note: markers on a heading of the resolution or of one of its
        /// parts point at footnotes like any other. Only markers the writing shows for one (a superscript, Markdown's
        /// [^1]) of a footnote the text has; a heading's bare numbers are its own.
        /// </summary>
        private List<FootnoteReference> HeadingReferences(HashSet<int> footnoteNumbers)
        {
            var found = new List<FootnoteReference>();
            foreach ((Block block, BlockRole role, _) in CollectionsMarshal.AsSpan(_roles))
            {
                if (role is not (BlockRole.HeadingLine or BlockRole.PartHeading or BlockRole.Subheading or BlockRole.Annex))
                {
                    continue;
                }

                RawText raw = block.Text;
                AddReferences(raw, found, footnoteNumbers);
                int at = 0;
                while (SuperscriptDigits.NextNumber(raw.Chars, at, LongestHeadingMarker, out int start, out int number) is int end and >= 0)
                {
                    if (footnoteNumbers.Contains(number))
                    {
                        found.Add(new FootnoteReference(number, TextSpan.FromBounds(raw.OffsetAt(start), raw.OffsetAt(end - 1) + 1), MarkerForm.Superscript));
                    }

                    at = end;
                }
            }

            return found;
        }

        /// <summary>A heading's note is among the first few: a marker has at most this many digits.</summary>
        private const int LongestHeadingMarker = 3;

        /// <summary>Adds the references a raw text's markers make (only those to the <paramref name="footnoteNumbers"/> when given).</summary>
        private static void AddReferences(RawText raw, List<FootnoteReference> references, HashSet<int>? footnoteNumbers = null)
        {
            // Read as a span: asked of every paragraph on every keystroke, most of which have no marker.
            foreach (RawMarker marker in raw.MarkerSpan)
            {
                if (footnoteNumbers is not null && !footnoteNumbers.Contains(marker.Number))
                {
                    continue;
                }

                TextSpan span = marker.SourceSpan ?? (marker.Length > 0
                    ? TextSpan.FromBounds(raw.OffsetAt(marker.Index), raw.OffsetAt(marker.Index + marker.Length - 1) + 1)
                    : new TextSpan(raw.EndOffset, 0));
                references.Add(new FootnoteReference(marker.Number, span, marker.Form));
            }
        }

        private TextSpan SourceOf(Block block, Group group)
        {
            InlineText words = WordsOf(block.Text, 0);
            return words.ToSource(new TextSpan(group.Index, group.Length));
        }

        private InlineText WordsOf(RawText raw, int skip) =>
            session?.Words(raw, skip) ?? raw.ToInlineText(skip);

        /// <summary>A paragraph's or footnote's words from <paramref name="skip"/> on, what they cite, and what closes them.</summary>
        private WordsRead Read(RawText raw, int skip, string? body)
        {
            if (session is not null)
            {
                return session.Read(raw, skip, body);
            }

            InlineText words = raw.ToInlineText(skip);
            return new WordsRead(words, CitationScanner.Scan(words, body), PunctuationOf.EndingOf(words, raw.EndOffset));
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
    }
}
