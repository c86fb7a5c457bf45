using System.Buffers;
using Resolint.Core.Drafts;
using Resolint.Core.Text;

namespace Resolint.Core.Rules.Language;

/// <summary>
/// Brackets and quotation marks come in pairs within a paragraph, a footnote or a heading or closing line: ( ), [ ], “ ”, ‘ ’ and
/// straight double quotes. A paragraph cut by a page break is one paragraph, so a pair may span the break.
/// Square brackets alone may span paragraphs: negotiating drafts bracket whole paragraphs still under
/// discussion. A quotation of several paragraphs opens each with a quotation mark and closes only the last
/// (English usage): a quotation still open at a paragraph's end carries on when the next paragraph opens
/// with one. A right single quotation mark is also the apostrophe ("States’"): it closes a pair only when a
/// left one is open, and is otherwise left alone; a left one between letters ("Ra‘i") transliterates a
/// letter. Typed and printed quotation marks are mixed in old texts (“Acordos de Paz"): a double quotation
/// mark of either kind closes one of either kind; two single marks stand for a double one ("Summit’’").
/// </summary>
public sealed class RES604UnbalancedBrackets : Rule
{
    public static readonly RuleDescriptor Rule = new(
        "RES604",
        "Brackets and quotation marks are balanced",
        Severity.Warning,
        RuleCategory.Language,
        "Every opening bracket or quotation mark is closed in the same paragraph or footnote, and every closing one was opened.");

    /// <summary>
    /// What the scan passes over without a look: every ASCII character but the brackets and the straight quotation mark. It
    /// stops at those ("}" is OCR's reading of a bracket in a transcription), at the printed quotation marks, and at the
    /// few other characters beyond ASCII, which it passes over as it does a word. A search for the marks alone looks
    /// every character beyond ASCII up in a slower table, from the first of them to the next mark.
    /// </summary>
    private static readonly SearchValues<char> PassedOver = SearchValues.Create(AsciiBut("([\")]}"));

    /// <summary>The longest list label read as such: "xxviii)".</summary>
    private const int LongestRomanLabel = 8;

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(RuleContext context)
    {
        // Open square brackets carry from one paragraph to the next, and open quotations into a paragraph that
        // opens with a quotation mark; everything else closes where it opened.
        var open = new Openings();
        var findings = new Findings(context);
        IReadOnlyList<Paragraph> paragraphs = context.Reading.Paragraphs;
        bool continuesQuotation = false;
        for (int p = 0; p < paragraphs.Count; p++)
        {
            // Nothing carried on (continuesQuotation asks for a quotation open) and a paragraph that closes all it opens
            // leave nothing open after it, and nothing to report but its own findings.
            if (open.IsEmpty && ClosesAllAlone(context, paragraphs[p].Content, InParagraph))
            {
                continue;
            }

            Scan(findings, paragraphs[p].Content, open, "paragraph", continuesQuotation);
            continuesQuotation = p + 1 < paragraphs.Count && open.HasQuotation && OpensWithQuotationMark(paragraphs[p + 1].Content.Text);
            ReportUnclosed(context, open, keepSquare: true, keepQuotations: continuesQuotation, "paragraph");
        }

        ReportUnclosed(context, open, keepSquare: false, keepQuotations: false, "text");

        // Every footnote and line starts with nothing open.
        foreach (Footnote footnote in context.Draft.Footnotes)
        {
            if (!ClosesAllAlone(context, footnote.Content, InFootnote))
            {
                Scan(findings, footnote.Content, open, "footnote", continuesQuotation: false);
                ReportUnclosed(context, open, keepSquare: false, keepQuotations: false, "footnote");
            }
        }

        // Not the subheadings: a quotation of several paragraphs may hold short lines read as subheadings.
        foreach (InlineText words in context.Reading.ApparatusLines)
        {
            if (!ClosesAllAlone(context, words, InLine))
            {
                Scan(findings, words, open, "line", continuesQuotation: false);
                ReportUnclosed(context, open, keepSquare: false, keepQuotations: false, "line");
            }
        }
    }

    /// <summary>
    /// Whether a passage scanned with nothing open closes all it opens, as most do: then it reads as alone, and its findings
    /// (<paramref name="where"/>'s, kept per passage) are all it gives, without a scan of its words on every keystroke.
    /// </summary>
    private static bool ClosesAllAlone(RuleContext context, InlineText words, Where where)
    {
        // A check that keeps nothing scans each passage once, as it stands.
        if (context.Reading.Cache is null)
        {
            return false;
        }

        Alone alone = context.Summarise(ReadAlone, words, context);
        if (alone == Alone.LeavesOpen)
        {
            return false;
        }

        if (alone == Alone.ClosesAllWithFindings)
        {
            context.ReportOf(where, words, given: null, (Words: words, Where: where), static (passage, state) =>
                Scan(new Findings(passage), state.Words, new Openings(), state.Where.Name, continuesQuotation: false));
        }

        return true;
    }

    /// <summary>
    /// How a passage reads scanned alone, with nothing open before it: it depends on its words and the source under them
    /// only, as a mark that closes a quotation looks back on its line no further than the mark that opened it.
    /// </summary>
    private static readonly PassageSummary<RuleContext, Alone> ReadAlone = new(static (context, words) =>
    {
        var findings = new Findings(context, report: false);
        var open = new Openings();
        Scan(findings, words, open, "passage", continuesQuotation: false);
        return !open.IsEmpty ? Alone.LeavesOpen : findings.Any ? Alone.ClosesAllWithFindings : Alone.ClosesAll;
    });

    /// <summary>How a passage reads scanned alone (<see cref="ReadAlone"/>): one of three, an object as a kept summary is.</summary>
    private sealed class Alone
    {
        public static readonly Alone ClosesAll = new();
        public static readonly Alone ClosesAllWithFindings = new();
        public static readonly Alone LeavesOpen = new();

        private Alone()
        {
        }
    }

    /// <summary>What kind of passage a message names, and whose findings a passage keeps: alike words may be a paragraph and a footnote.</summary>
    private sealed record Where(string Name);

    private static readonly Where InParagraph = new("paragraph");
    private static readonly Where InFootnote = new("footnote");
    private static readonly Where InLine = new("line");

    /// <summary>Where a scan's findings go: the check's report, or nowhere when a passage is read alone to learn whether it has any.</summary>
    private sealed class Findings(RuleContext context, bool report = true)
    {
        public RuleContext Context => context;

        public bool Any { get; private set; }

        public void Report(TextSpan span, string message)
        {
            Any = true;
            if (report)
            {
                context.Report(span, message);
            }
        }

        public void ReportMisreadable(bool misreadable, TextSpan span, string message)
        {
            Any = true;
            if (report)
            {
                OcrMisreadings.Report(context, misreadable, span, message);
            }
        }
    }

    private static bool OpensWithQuotationMark(string text)
    {
        int first = FirstVisible(text);
        return first >= 0 && text[first] is '“' or '‘' or '"';
    }

    /// <summary>Whether a mark stands first on its line: in a quotation still open, it opens the quotation's next paragraph.</summary>
    private static bool OpensLine(string source, int offset)
    {
        int i = offset - 1;
        while (i >= 0 && source[i] is ' ' or '\t')
        {
            i--;
        }

        return i >= 0 && source[i] is '\n' or '\r' or '\f';
    }

    private static int FirstVisible(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static void Scan(Findings findings, InlineText words, Openings open, string where, bool continuesQuotation)
    {
        RuleContext context = findings.Context;
        string text = words.Text;

        // The quotation mark that opens a paragraph continuing a quotation repeats the one still open.
        int from = continuesQuotation ? FirstVisible(text) + 1 : 0;
        for (int i = from; i < text.Length; i++)
        {
            i = NextStop(text, i);
            if (i < 0)
            {
                break;
            }

            char c = text[i];
            switch (c)
            {
                case '(' or '[':
                    open.Push(c, words.ToSource(new TextSpan(i, 1)));
                    break;
                case '“':
                    if (!(open.TopIsDoubleQuotation && OpensLine(context.Text.Text, words.ToSourceOffset(i))))
                    {
                        open.Push(c, words.ToSource(new TextSpan(i, 1)));
                    }

                    break;
                case '‘':
                    if (i + 1 < text.Length && text[i + 1] == '‘')
                    {
                        // ‘‘ typed for “.
                        open.Push('“', words.ToSource(new TextSpan(i, 2)));
                        i++;
                    }
                    else if (!(i > 0 && char.IsLetter(text[i - 1]) && i + 1 < text.Length && char.IsLetter(text[i + 1])))
                    {
                        open.Push(c, words.ToSource(new TextSpan(i, 1)));
                    }

                    break;
                case '"':
                    if (open.TopIsDoubleQuotation && OpensLine(context.Text.Text, words.ToSourceOffset(i)) && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]))
                    {
                        // The next paragraph of a quotation, joined to the one before.
                    }
                    else if (open.TopIsDoubleQuotation)
                    {
                        open.Pop();
                    }
                    else
                    {
                        open.Push(c, words.ToSource(new TextSpan(i, 1)));
                    }

                    break;
                case '’':
                    if (i + 1 < text.Length && text[i + 1] == '’' && open.TopIsDoubleQuotation)
                    {
                        // ’’ typed for ”.
                        open.Pop();
                        i++;
                    }
                    else if (open.TopMark == '‘')
                    {
                        // Otherwise an apostrophe.
                        open.Pop();
                    }

                    break;
                case ')' or ']' or '”':
                    if (c == ')' && IsLabel(text, i))
                    {
                        break;
                    }

                    Close(findings, words, i, open, where);
                    break;
                case '}' when context.Draft.TranscribedFromPrint:
                    Close(findings, words, i, open, where);
                    break;
            }
        }
    }

    /// <summary>Where the scan stops next from <paramref name="at"/>: at a mark, or at a character beyond ASCII; -1 where nowhere.</summary>
    /// <remarks>Internal so that a test can hold it to a look at every character.</remarks>
    internal static int NextStop(string text, int at) => text.AsSpan(at).IndexOfAnyExcept(PassedOver) is >= 0 and int next ? at + next : -1;

    private static string AsciiBut(string marks)
    {
        var passed = new System.Text.StringBuilder();
        for (char c = '\0'; c <= '\x7F'; c++)
        {
            if (!marks.Contains(c))
            {
                passed.Append(c);
            }
        }

        return passed.ToString();
    }

    /// <summary>Closes the nearest matching opening; what stood open inside it was never closed.</summary>
    private static void Close(Findings findings, InlineText words, int index, Openings open, string where)
    {
        RuleContext context = findings.Context;
        char closer = words.Text[index];
        char opener = closer switch
        {
            ')' => '(',
            ']' => '[',
            '}' => '{',
            _ => '“',
        };
        int match = closer == '}' ? -1 : open.LastOf(opener);
        TextSpan span = words.ToSource(new TextSpan(index, 1));
        if (match < 0 && context.Draft.TranscribedFromPrint && OcrMisreadings.BracketConfused(closer) && open.TopMark is '(' or '[' && open.TopMark != opener)
        {
            // "(S/3139/Rev.2]", "(c}": OCR read the closing bracket as another.
            Opening misread = open.Pop();
            findings.ReportMisreadable(misreadable: true, span, $"{Name(closer)} closes the {Name(misread.Mark)} before it; write {Name(misread.Mark == '(' ? ')' : ']')}.");
            return;
        }

        if (match < 0)
        {
            // "internationa]": in a transcription a bracket glued to the word before it is OCR's reading of a letter, and
            // a stray quotation mark a speck on the page.
            bool misreadable = closer is '”' or '}' || (index > 0 && char.IsLetter(words.Text[index - 1]));
            findings.ReportMisreadable(misreadable, span, $"{Name(closer)} closes nothing: there is no {Name(opener)} before it in this {where}.");
            return;
        }

        Opening matched = open[match];
        while (open.Pop() is var unclosed && unclosed.Position > match)
        {
            findings.Report(unclosed.Span, $"{Name(unclosed.Mark)} is not closed before the {Name(closer)} that closes the {Name(matched.Mark)} around it.");
        }
    }

    private static void ReportUnclosed(RuleContext context, Openings open, bool keepSquare, bool keepQuotations, string where)
    {
        // Asked after every paragraph: most close all they open, and leave nothing to take out.
        if (open.IsEmpty)
        {
            return;
        }

        // A square bracket carried on is kept: the marks taken out are gathered only when there are any.
        foreach (Opening opening in open.RemoveAllBut(keepSquare, keepQuotations))
        {
            string end = where == "text" ? "by the end of the operative part" : $"in this {where}";

            // In a transcription a quotation mark left open may be a speck on the page, and "[bid." OCR's reading of "Ibid.".
            bool misreadable = opening.Mark is '“' or '‘' or '"' || (opening.Mark == '[' && char.IsAsciiLetterLower(FollowingChar(context, opening)));
            OcrMisreadings.Report(context, misreadable, opening.Span, $"{Name(opening.Mark)} is not closed {end}.");
        }
    }

    private static char FollowingChar(RuleContext context, Opening opening) =>
        opening.Span.End < context.Text.Text.Length ? context.Text.Text[opening.Span.End] : ' ';

    /// <summary>How a message names a mark: "(", or the straight quotation mark, which cannot be quoted.</summary>
    private static string Name(char mark) => mark == '"' ? "The straight quotation mark" : $"\"{mark}\"";

    /// <summary>
    /// "a)", "xxviii)" standing alone, or "1)" opening the paragraph: a list label in the French or Spanish
    /// style, not a bracket.
    /// </summary>
    private static bool IsLabel(string text, int close)
    {
        int start = close;
        while (start > 0 && close - start <= LongestRomanLabel && (char.IsAsciiLetterLower(text[start - 1]) || char.IsAsciiDigit(text[start - 1])))
        {
            start--;
        }

        int length = close - start;
        if (length == 0 || !(start == 0 || char.IsWhiteSpace(text[start - 1])))
        {
            return false;
        }

        ReadOnlySpan<char> label = text.AsSpan(start, length);
        if (char.IsAsciiDigit(label[0]))
        {
            return start == FirstVisible(text) && length <= 2 && !label.ContainsAnyExceptInRange('0', '9');
        }

        return length == 1 || (length <= LongestRomanLabel && !label.ContainsAnyExcept("ivxl"));
    }

    private readonly record struct Opening(char Mark, TextSpan Span, int Position);

    /// <summary>
    /// The marks standing open, innermost last, with the positions of each kind, so that a closing mark finds
    /// its opening at once and the marks left open at a paragraph's end are taken out without passing over
    /// the square brackets carried on: every mark is pushed and taken out once, whatever the text.
    /// </summary>
    private sealed class Openings
    {
        private static readonly char[] Kinds = ['(', '[', '“', '‘', '"'];

        private readonly List<Opening> _stack = [];

        /// <summary>Whether the mark at a stack position was taken out from under others (reported unclosed).</summary>
        private readonly List<bool> _removed = [];

        /// <summary>
        /// For each kind of mark (by its place in <see cref="Kinds"/>), the stack positions where one stands open, innermost last:
        /// an array, not a table, as every paragraph asks for each kind on every keystroke.
        /// </summary>
        private readonly List<int>[] _byMark = [.. Kinds.Select(_ => new List<int>())];

        public char TopMark => Top() is int top ? _stack[top].Mark : '\0';

        public bool TopIsDoubleQuotation => TopMark is '"' or '“';

        /// <summary>How many marks stand open, all kinds together: asked before every paragraph on every keystroke.</summary>
        private int _open;

        /// <summary>Whether no mark stands open (those taken out may still stand on the stack, below any pushed after).</summary>
        public bool IsEmpty => _open == 0;

        public bool HasQuotation => PositionsOf('“').Count > 0 || PositionsOf('‘').Count > 0 || PositionsOf('"').Count > 0;

        public Opening this[int position] => _stack[position];

        public void Push(char mark, TextSpan span)
        {
            PositionsOf(mark).Add(_stack.Count);
            _open++;
            _stack.Add(new Opening(mark, span, _stack.Count));
            _removed.Add(false);
        }

        /// <summary>Takes out the innermost open mark (there must be one).</summary>
        public Opening Pop()
        {
            int top = Top() ?? throw new InvalidOperationException("Nothing is open.");
            Opening opening = _stack[top];
            _stack.RemoveAt(top);
            _removed.RemoveAt(top);
            List<int> positions = PositionsOf(opening.Mark);
            positions.RemoveAt(positions.Count - 1);
            _open--;
            return opening;
        }

        /// <summary>The innermost open mark of this kind; for “, a double quotation mark of either kind.</summary>
        public int LastOf(char mark)
        {
            int last = Innermost(mark);
            return mark == '“' ? Math.Max(last, Innermost('"')) : last;
        }

        /// <summary>Takes out every open mark, innermost first, but square brackets and quotation marks where asked to keep them.</summary>
        public IReadOnlyList<Opening> RemoveAllBut(bool keepSquare, bool keepQuotations)
        {
            List<Opening>? taken = null;
            for (int k = 0; k < Kinds.Length; k++)
            {
                char kind = Kinds[k];
                List<int> positions = _byMark[k];
                if (positions.Count == 0 || (keepSquare && kind == '[') || (keepQuotations && kind is '“' or '‘' or '"'))
                {
                    continue;
                }

                taken ??= [];
                foreach (int position in positions)
                {
                    taken.Add(_stack[position]);
                    _removed[position] = true;
                }

                _open -= positions.Count;
                positions.Clear();
            }

            if (taken is null)
            {
                return [];
            }

            taken.Sort((x, y) => y.Position.CompareTo(x.Position));
            return taken;
        }

        private int Innermost(char mark) => PositionsOf(mark) is { Count: > 0 } positions ? positions[^1] : -1;

        /// <summary>The positions of a kind of mark, by its place in <see cref="Kinds"/>: asked several times for every paragraph, a switch and not a search of the kinds.</summary>
        private List<int> PositionsOf(char mark) => _byMark[mark switch
        {
            '(' => 0,
            '[' => 1,
            '“' => 2,
            '‘' => 3,
            '"' => 4,
            _ => throw new ArgumentOutOfRangeException(nameof(mark)),
        }];

        /// <summary>The position of the innermost mark still open, dropping those taken out above it.</summary>
        private int? Top()
        {
            while (_stack.Count > 0 && _removed[^1])
            {
                _stack.RemoveAt(_stack.Count - 1);
                _removed.RemoveAt(_removed.Count - 1);
            }

            return _stack.Count > 0 ? _stack.Count - 1 : null;
        }
    }
}
