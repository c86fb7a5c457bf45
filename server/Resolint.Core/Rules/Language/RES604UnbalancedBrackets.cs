using System.Buffers;
using Resolint.Core.Drafts;
using Resolint.Core.Text;

namespace Resolint.Core.Rules.Language;

/// <summary>
/// Brackets and quotation marks come in pairs within a paragraph or footnote: ( ), [ ], “ ”, ‘ ’ and
/// straight double quotes. A paragraph cut by a page break is one paragraph, so a pair may span the break.
/// Square brackets alone may span paragraphs: negotiating drafts bracket whole paragraphs still under
/// discussion. A right single quotation mark is also the apostrophe ("States’"): it closes a pair only
/// when a left one is open, and is otherwise left alone.
/// </summary>
public sealed class RES604UnbalancedBrackets : Rule
{
    public static readonly RuleDescriptor Rule = new(
        "RES604",
        "Brackets and quotation marks are balanced",
        Severity.Warning,
        RuleCategory.Language,
        "Every opening bracket or quotation mark is closed in the same paragraph or footnote, and every closing one was opened.");

    /// <summary>The marks the scan stops at; the words between them are passed over.</summary>
    private static readonly SearchValues<char> Marks = SearchValues.Create("([“‘\"’)]”");

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(RuleContext context)
    {
        // Open square brackets carry from one paragraph to the next; everything else closes where it opened.
        var open = new List<Opening>();
        foreach (Paragraph paragraph in context.Reading.Paragraphs)
        {
            Scan(context, paragraph.Content, open, "paragraph");
            ReportUnclosed(context, open, keepSquare: true, "paragraph");
        }

        ReportUnclosed(context, open, keepSquare: false, "text");
        foreach (Footnote footnote in context.Draft.Footnotes)
        {
            Scan(context, footnote.Content, open, "footnote");
            ReportUnclosed(context, open, keepSquare: false, "footnote");
        }
    }

    private static void Scan(RuleContext context, InlineText words, List<Opening> open, string where)
    {
        string text = words.Text;
        for (int i = 0; i < text.Length; i++)
        {
            int next = text.AsSpan(i).IndexOfAny(Marks);
            if (next < 0)
            {
                break;
            }

            i += next;
            char c = text[i];
            switch (c)
            {
                case '(' or '[' or '“' or '‘':
                    open.Add(new Opening(c, words.ToSource(new TextSpan(i, 1))));
                    break;
                case '"':
                    if (open.Count > 0 && open[^1].Mark == '"')
                    {
                        open.RemoveAt(open.Count - 1);
                    }
                    else
                    {
                        open.Add(new Opening(c, words.ToSource(new TextSpan(i, 1))));
                    }

                    break;
                case '’':
                    // An apostrophe unless a left single quotation mark is open.
                    if (open.Count > 0 && open[^1].Mark == '‘')
                    {
                        open.RemoveAt(open.Count - 1);
                    }

                    break;
                case ')' or ']' or '”':
                    if (c == ')' && IsLabel(text, i))
                    {
                        break;
                    }

                    Close(context, words, i, open, where);
                    break;
            }
        }
    }

    /// <summary>Closes the nearest matching opening; what stood open inside it was never closed.</summary>
    private static void Close(RuleContext context, InlineText words, int index, List<Opening> open, string where)
    {
        char closer = words.Text[index];
        char opener = closer switch
        {
            ')' => '(',
            ']' => '[',
            _ => '“',
        };
        int match = open.FindLastIndex(o => o.Mark == opener);
        if (match < 0)
        {
            context.Report(words.ToSource(new TextSpan(index, 1)), $"{Name(closer)} closes nothing: there is no {Name(opener)} before it in this {where}.");
            return;
        }

        for (int inner = open.Count - 1; inner > match; inner--)
        {
            Opening unclosed = open[inner];
            context.Report(unclosed.Span, $"{Name(unclosed.Mark)} is not closed before the {Name(closer)} that closes the {Name(opener)} around it.");
        }

        open.RemoveRange(match, open.Count - match);
    }

    private static void ReportUnclosed(RuleContext context, List<Opening> open, bool keepSquare, string where)
    {
        for (int i = open.Count - 1; i >= 0; i--)
        {
            if (keepSquare && open[i].Mark == '[')
            {
                continue;
            }

            string end = where == "text" ? "by the end of the operative part" : $"in this {where}";
            context.Report(open[i].Span, $"{Name(open[i].Mark)} is not closed {end}.");
            open.RemoveAt(i);
        }
    }

    /// <summary>How a message names a mark: "(", or the straight quotation mark, which cannot be quoted.</summary>
    private static string Name(char mark) => mark == '"' ? "The straight quotation mark" : $"\"{mark}\"";

    /// <summary>"a)" or "iv)" standing alone: a list label in the French or Spanish style, not a bracket.</summary>
    private static bool IsLabel(string text, int close)
    {
        int start = close;
        while (start > 0 && char.IsAsciiLetterLower(text[start - 1]))
        {
            start--;
        }

        int length = close - start;
        bool standsAlone = start == 0 || char.IsWhiteSpace(text[start - 1]);
        return standsAlone && (length == 1 || (length <= 4 && text[start..close].All(c => c is 'i' or 'v' or 'x')));
    }

    private readonly record struct Opening(char Mark, TextSpan Span);
}
