using Resolint.Core.Drafts;
using Resolint.Core.Parsing.Roles;
using Resolint.Core.Text;

namespace Resolint.Core.Documents;

/// <summary>
/// Reads a <see cref="Draft"/> into its <see cref="DraftLayout"/>: one walk over <see cref="Draft.Blocks"/>, each block
/// taking its words from the paragraph model that holds it or, where none does, from the words the parser read for it.
/// Linear in the draft: every footnote reference is placed once.
/// </summary>
internal sealed class LayoutReading(Draft draft)
{
    private readonly FootnoteReference[] _references = draft.FootnoteReferences.OrderBy(r => r.Span.Start).ToArray();
    private readonly bool[] _placed = new bool[draft.FootnoteReferences.Count];

    /// <summary>A plain-text draft shows no italics: the layout gives it the UN's (openers, the organ line).</summary>
    private readonly bool _styleAsTheUn = draft.Form == DraftForm.PlainText;

    public DraftLayout Read()
    {
        var paragraphs = new Dictionary<int, Paragraph>();
        foreach (PreambularParagraph p in draft.Preamble)
        {
            paragraphs.TryAdd(p.Span.Start, p);
        }

        foreach (OperativeParagraph p in draft.Operative)
        {
            paragraphs.TryAdd(p.Span.Start, p);
            AddSubParagraphs(p.SubParagraphs, paragraphs);
        }

        TextSpan? titleAt = draft.Heading.TitleSpan ?? draft.Heading.NumberSpan;
        var blocks = new List<LayoutBlock>(draft.Blocks.Count);
        for (int i = 0; i < draft.Blocks.Count; i++)
        {
            DraftBlock block = draft.Blocks[i];
            if (block.Role is BlockRole.Noise or BlockRole.Continuation or BlockRole.FootnoteText)
            {
                continue;
            }

            if (paragraphs.TryGetValue(block.Span.Start, out Paragraph? paragraph) && Fits(paragraph, block.Role))
            {
                AddParagraph(paragraph, block.Role, ListItemsOf(i, paragraph), blocks);
            }
            else if (block.Words is { Length: > 0 } words)
            {
                TextSpan? italic = block.Role == BlockRole.OrganLine && _styleAsTheUn ? OrganItalics(words) : null;
                blocks.Add(new LayoutBlock(block.Role, block.Number, 0, Runs(words, italic, LineBreakOf(block.Role, words), sourceEnd: ExtentEnd(i)))
                {
                    HoldsTitle = block.Role == BlockRole.HeadingLine && titleAt is { } at && block.Span.Start <= at.Start && at.Start < words.ToSourceOffset(words.Length),
                });
            }
        }

        var notes = draft.Footnotes
            .GroupBy(n => n.Number)
            .Select(g => g.First())
            .OrderBy(n => n.Number)
            .Select(n => new LayoutNote(n.Number, Runs(n.Content, null, -1, placeMarkers: false)))
            .ToList();
        return new DraftLayout(draft.Symbol, draft.Body, draft.Heading.Number, draft.Heading.Title, draft.Heading.AdoptionDate, blocks, notes)
        {
            Adopted = draft.Adoption is not null || draft.Heading.AdoptedBy is not null,
        };
    }

    private static void AddSubParagraphs(IReadOnlyList<SubParagraph> subs, Dictionary<int, Paragraph> paragraphs)
    {
        foreach (SubParagraph sub in subs)
        {
            paragraphs.TryAdd(sub.Span.Start, sub);
            AddSubParagraphs(sub.Children, paragraphs);
        }
    }

    private static bool Fits(Paragraph paragraph, BlockRole role) => (paragraph, role) switch
    {
        (PreambularParagraph, BlockRole.PreambularParagraph) => true,
        (OperativeParagraph, BlockRole.OperativeParagraph) => true,
        (SubParagraph, BlockRole.SubParagraph) => true,
        _ => false,
    };

    /// <summary>Where a block ends in the source with the lines it took in: the markers up to there are its own.</summary>
    private int ExtentEnd(int at)
    {
        int end = draft.Blocks[at].Span.End;
        for (int j = at + 1; j < draft.Blocks.Count && draft.Blocks[j].Role is BlockRole.Continuation or BlockRole.Noise or BlockRole.FootnoteText; j++)
        {
            if (draft.Blocks[j].Role == BlockRole.Continuation)
            {
                end = draft.Blocks[j].Span.End;
            }
        }

        return end;
    }

    /// <summary>
    /// Where the items of a list a paragraph holds begin in its words: the lines the parser took in as the paragraph's
    /// items ("(a) …" under a recital, the lines after an operative paragraph's colon) stand on lines of their own.
    /// </summary>
    private List<int> ListItemsOf(int at, Paragraph paragraph)
    {
        var starts = new List<int>();
        for (int j = at + 1; j < draft.Blocks.Count && draft.Blocks[j].Span.Start < paragraph.Span.End; j++)
        {
            DraftBlock next = draft.Blocks[j];
            if (next.Role == BlockRole.Continuation && next.Reason is PreambularRole.ListItemReason or OperativeRole.ListItemReason)
            {
                starts.Add(paragraph.Content.IndexAtOrAfter(next.Span.Start));
            }
            else if (next.Role is not (BlockRole.Continuation or BlockRole.Noise or BlockRole.FootnoteText))
            {
                break;
            }
        }

        return starts;
    }

    /// <summary>A paragraph's block, then a block of its own for each item of a list it holds (a continuation of it).</summary>
    private void AddParagraph(Paragraph paragraph, BlockRole role, List<int> items, List<LayoutBlock> blocks)
    {
        InlineText words = paragraph.Content;

        // The space the lines were joined with is neither item's.
        int Start(int at) => at < words.Length && words.Text[at] == ' ' ? at + 1 : at;
        int End(int at) => at > 0 && words.Text[at - 1] == ' ' ? at - 1 : at;
        int end = items.Count > 0 ? End(items[0]) : words.Length;
        int sourceEnd = paragraph.Span.End;
        blocks.Add(paragraph switch
        {
            PreambularParagraph p => new LayoutBlock(role, null, 0, Runs(words, OpenerItalics(p.Opener), -1, 0, end, sourceEnd)) { Opener = OpenerText(p.Opener) },
            OperativeParagraph p => new LayoutBlock(role, p.NumberText.Length > 0 ? p.NumberText.Trim() : null, 0, Runs(words, OpenerItalics(p.Verb), -1, 0, end, sourceEnd)) { Opener = OpenerText(p.Verb) },
            SubParagraph p => new LayoutBlock(role, p.Label, p.Level, Runs(words, null, -1, 0, end, sourceEnd)),
            _ => throw new ArgumentOutOfRangeException(nameof(paragraph)),
        });
        for (int i = 0; i < items.Count; i++)
        {
            blocks.Add(new LayoutBlock(BlockRole.Continuation, null, 0, Runs(words, null, -1, Start(items[i]), i + 1 < items.Count ? End(items[i + 1]) : words.Length, sourceEnd)));
        }
    }

    private static string? OpenerText(Opener opener) => opener.Within.Length > 0 ? opener.Text : null;

    private TextSpan? OpenerItalics(Opener opener) => _styleAsTheUn && opener.Within.Length > 0 ? opener.Within : null;

    /// <summary>"The General Assembly," in italics as the UN prints it, the comma after it upright.</summary>
    private static TextSpan OrganItalics(InlineText words)
    {
        int end = words.Length;
        while (end > 0 && (char.IsPunctuation(words.Text[end - 1]) || char.IsWhiteSpace(words.Text[end - 1])))
        {
            end--;
        }

        return new TextSpan(0, end);
    }

    /// <summary>Where the closing's meeting ends and its date begins on the next line ("46th meeting" / "11 October 2023"); -1 for no break.</summary>
    private int LineBreakOf(BlockRole role, InlineText words)
    {
        if (role != BlockRole.AdoptionLine || draft.Adoption is not { Meeting: { } meeting, Date: { } date })
        {
            return -1;
        }

        string text = words.Text;
        int at = meeting.Length;
        return text.StartsWith(meeting, StringComparison.Ordinal) && at < text.Length && text[at] == ' '
            && text.AsSpan(at + 1).TrimStart('*').StartsWith(date, StringComparison.Ordinal)
            ? at
            : -1;
    }

    /// <summary>
    /// The words as runs of one style, footnote markers placed where their references stand in the source. A
    /// reference's characters that the words still hold (a heading's superscript) are the marker's, not words.
    /// </summary>
    /// <param name="sourceEnd">Where the block ends in the source: the markers after its last word and before that are its own.</param>
    private List<LayoutRun> Runs(InlineText words, TextSpan? italic, int lineBreak, int from = 0, int to = -1, int sourceEnd = -1, bool placeMarkers = true)
    {
        to = to < 0 ? words.Length : to;
        var markers = new List<(int At, int Number, TextSpan Source)>();
        if (placeMarkers && to > from)
        {
            // A marker after the last words is theirs ("Unit.3,4", "*venue*[^2]"); one just before the next item of the
            // same paragraph is this item's.
            int first = words.ToSourceOffset(from);
            int last = to == words.Length ? Math.Max(words.ToSourceOffset(to), sourceEnd - 1) : words.ToSourceOffset(to) - 1;
            int i = LowerBound(first);
            for (; i < _references.Length && _references[i].Span.Start <= last; i++)
            {
                if (_placed[i])
                {
                    continue;
                }

                _placed[i] = true;
                markers.Add((words.IndexAtOrAfter(_references[i].Span.Start), _references[i].Number, _references[i].Span));
            }
        }

        bool[] italicAt = ItalicsOf(words, italic);
        var runs = new List<LayoutRun>();
        var run = new System.Text.StringBuilder();
        bool runItalic = false;
        int next = 0;
        int covering = 0;
        for (int at = from; at <= to; at++)
        {
            while (next < markers.Count && markers[next].At <= at)
            {
                Flush();
                runs.Add(new LayoutRun(string.Empty, false, markers[next].Number));
                next++;
            }

            if (at == to)
            {
                break;
            }

            // The markers' sources come in the words' order: the one that may still cover this character is the first not passed.
            int source = words.ToSourceOffset(at);
            while (covering < markers.Count && markers[covering].Source.End <= source)
            {
                covering++;
            }

            if (covering < markers.Count && markers[covering].Source.Contains(source))
            {
                continue;
            }

            if (run.Length > 0 && italicAt[at] != runItalic)
            {
                Flush();
            }

            runItalic = italicAt[at];
            run.Append(at == lineBreak ? '\n' : words.Text[at]);
        }

        Flush();
        return runs;

        void Flush()
        {
            if (run.Length > 0)
            {
                runs.Add(new LayoutRun(run.ToString(), runItalic));
                run.Clear();
            }
        }
    }

    /// <summary>
    /// Which characters are italic: a letter or digit inside an italic run (or the style given); a space or a mark only
    /// between two italic ones, so that "*Recalling also* its" ends its italics at "also".
    /// </summary>
    private static bool[] ItalicsOf(InlineText words, TextSpan? styled)
    {
        var italic = new bool[words.Length];
        foreach (TextSpan span in words.Italics)
        {
            for (int i = span.Start; i < span.End && i < words.Length; i++)
            {
                italic[i] = true;
            }
        }

        if (styled is { } given)
        {
            for (int i = given.Start; i < given.End && i < words.Length; i++)
            {
                italic[i] = true;
            }
        }

        bool nextWordItalic = false;
        for (int i = words.Length - 1; i >= 0; i--)
        {
            if (char.IsLetterOrDigit(words.Text[i]))
            {
                nextWordItalic = italic[i];
            }
            else
            {
                italic[i] &= nextWordItalic && i > 0 && italic[i - 1];
            }
        }

        return italic;
    }

    /// <summary>The first reference at or after a source offset.</summary>
    private int LowerBound(int offset)
    {
        int lo = 0;
        int hi = _references.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) / 2;
            if (_references[mid].Span.Start < offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
