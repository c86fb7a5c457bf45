using Resolint.Core.Drafts;
using Resolint.Core.Parsing;
using Resolint.Core.Parsing.Roles;
using Resolint.Core.Text;

namespace Resolint.Core.Rules.Punctuation;

/// <summary>
/// A paragraph that introduces sub-paragraphs ends with a colon (Editorial Manual): an operative paragraph
/// before its (a), (b) …, a sub-paragraph before its own (i), (ii) …, and a preambular paragraph before the
/// labelled items it lists ("Reaffirming that the Global Plan of Action was developed:" / "(a) To promote …").
/// </summary>
public sealed class RES304ColonBeforeSubParagraphs : Rule
{
    public static readonly RuleDescriptor Rule = new(
        "RES304",
        "A paragraph that introduces sub-paragraphs ends with a colon",
        Severity.Warning,
        RuleCategory.Punctuation,
        "An operative paragraph or sub-paragraph followed by its own sub-paragraphs ends with a colon.");

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(RuleContext context)
    {
        // Only the paragraphs with sub-paragraphs, found without walking every piece of the operative part on every keystroke.
        ReadOnlySpan<OperativeParagraph> operative = context.Reading.Operative;
        foreach (int i in context.Reading.WithSubParagraphs)
        {
            int number = operative[i].Number ?? i + 1;
            CheckIntroducing(context, new OperativeEndings.Piece(operative[i], number, IntroducesSubParagraphs: true));
            foreach (OperativeEndings.Piece sub in OperativeEndings.SubPieces(operative[i].SubParagraphs, number))
            {
                if (sub.IntroducesSubParagraphs)
                {
                    CheckIntroducing(context, sub);
                }
            }
        }

        CheckPreambularLists(context);
    }

    /// <summary>A piece that introduces sub-paragraphs: its words end with a colon.</summary>
    private static void CheckIntroducing(RuleContext context, OperativeEndings.Piece piece)
    {
        if (ClosingMark.EndsWith(piece.Paragraph, ':'))
        {
            return;
        }

        ClosingMark closing = ClosingMark.Of(piece.Paragraph, conjunctionAllowed: false);
        if (!closing.Is(':'))
        {
            context.Report(
                closing.Span,
                $"{OperativeEndings.Capitalized(piece.Name)} introduces sub-paragraphs but {closing.Describe()}; a paragraph that introduces sub-paragraphs ends with a colon.",
                closing.FixTo(context.Text, ':'));
        }
    }

    /// <summary>A preambular paragraph whose words run on into labelled items: the words before the first item end with a colon.</summary>
    private static void CheckPreambularLists(RuleContext context)
    {
        IReadOnlyList<PreambularParagraph> preamble = context.Draft.Preamble;
        int p = 0;
        int lastListed = -1;
        foreach (DraftBlock block in Listed.Span(context.Draft.Blocks))
        {
            if (block.Role != BlockRole.Continuation || block.Reason != PreambularRole.ListItemReason)
            {
                continue;
            }

            while (p < preamble.Count && preamble[p].Span.End < block.Span.Start)
            {
                p++;
            }

            if (p == preamble.Count)
            {
                return;
            }

            // Only the first item of each paragraph: the words before it are the paragraph's own. A paragraph that is
            // itself a labelled item ("(a) Resolves …" where the organ line lost its comma) lists nothing.
            if (p == lastListed || !preamble[p].Span.Contains(block.Span.Start)
                || SubParagraphLabels.TryRead(preamble[p].Content.Text.AsSpan().TrimStart(), out _))
            {
                continue;
            }

            lastListed = p;
            ReportUnlessColon(context, preamble[p], block.Span.Start);
        }
    }

    private static void ReportUnlessColon(RuleContext context, PreambularParagraph paragraph, int itemStart)
    {
        InlineText content = paragraph.Content;
        int item = 0;
        while (item < content.Length && content.ToSourceOffset(item) < itemStart)
        {
            item++;
        }

        int last = item - 1;
        while (last >= 0 && char.IsWhiteSpace(content.Text[last]))
        {
            last--;
        }

        if (last < 0 || content.Text[last] == ':')
        {
            return;
        }

        char written = content.Text[last];
        TextSpan at = content.ToSource(new TextSpan(last, 1));
        bool isMark = written is ',' or ';' or '.';
        string ends = isMark ? $"ends with {ClosingMark.Name(written)}" : "has no closing punctuation";
        Fix? fix = isMark
            ? RuleContext.Replace("Write a colon", at, ":")
            : RuleContext.Replace("Add a colon", new TextSpan(at.End, 0), ":");
        context.Report(
            at,
            $"Preambular paragraph {paragraph.Index + 1} introduces the items below it but {ends}; a paragraph that introduces sub-paragraphs ends with a colon.",
            fix);
    }
}
