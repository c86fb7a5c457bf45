using System.Text.RegularExpressions;
using Resolint.Core.Drafts;
using Resolint.Core.Text;

namespace Resolint.Core.Rules.Structure;

/// <summary>
/// A resolution's body opens with the organ that speaks: "The General Assembly,", "The Human Rights
/// Council," (Editorial Manual; every seed). Fires when paragraphs stand with no organ line before them. When
/// the line is there without its comma before a preamble, says so and adds the comma (with no preamble, the UN
/// writes it without one); otherwise, when the heading names the
/// organ ("Resolution adopted by the General Assembly …") and the paragraphs follow the heading directly,
/// the fix inserts the line.
/// </summary>
public sealed partial class RES701MissingOrganLine : Rule
{
    public static readonly RuleDescriptor Rule = new(
        "RES701",
        "The organ line opens the body",
        Severity.Warning,
        RuleCategory.Structure,
        "The preamble is introduced by the organ that adopts the resolution, on a line of its own: \"The General Assembly,\".");

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(RuleContext context)
    {
        CheckIntroducedTexts(context);
        Draft draft = context.Draft;
        if (draft.Organ is { } read && !read.Text.EndsWith(','))
        {
            // The parser took a principal organ's name alone as the organ line. The comma introduces the preamble: an
            // organ line followed straight by the operative part ("The Economic and Social Council / Recommends …")
            // is written without it.
            if (FirstParagraph(draft) is not PreambularParagraph)
            {
                return;
            }

            string written = context.Text.Slice(read.Span).TrimEnd();
            int after = read.Span.Start + written.Length;
            context.Report(
                TextSpan.FromBounds(read.Span.Start, after),
                $"The organ line '{written}' has no comma; it reads '{written},'.",
                RuleContext.Replace("Add the comma", new TextSpan(after, 0), ","));
            return;
        }

        if (draft.Organ is not null || FirstParagraph(draft) is not { } first)
        {
            return;
        }

        SourceText text = context.Text;
        int firstLine = text.LineOf(first.Span.Start);
        int previous = PreviousTextLine(draft, firstLine);
        if (previous >= 0 && OrganWithoutComma().Match(text.LineText(previous)) is { Success: true } organ)
        {
            TextSpan line = text.LineSpan(previous);
            int end = line.Start + organ.Groups["line"].Index + organ.Groups["line"].Length;
            context.Report(
                TextSpan.FromBounds(line.Start + organ.Groups["line"].Index, end),
                $"The organ line '{organ.Groups["line"].Value}' has no comma; it reads '{organ.Groups["line"].Value},'.",
                RuleContext.Replace("Add the comma", new TextSpan(end, 0), ","));
            return;
        }

        string example = draft.Body is { } body ? $"'The {body},'" : "'The General Assembly,'";
        TextSpan firstLineSpan = text.LineSpan(firstLine);
        context.Report(
            TextSpan.FromBounds(first.Span.Start, Math.Min(first.Span.End, firstLineSpan.End)),
            $"No organ line before the first paragraph; the body of a resolution opens with the organ that adopts it, {example}.",
            Insert(draft, firstLine, previous));
    }

    /// <summary>
    /// A text the resolution recommends to another organ opens with that organ too ("Recommends to the General Assembly
    /// the adoption of the following draft resolution:" / "The General Assembly,"). Without it, the paragraph's colon
    /// introduces nothing and an unnumbered paragraph that opens as a preamble does follows.
    /// </summary>
    private static void CheckIntroducedTexts(RuleContext context)
    {
        ReadOnlySpan<OperativeParagraph> operative = context.Reading.Operative;
        for (int i = 0; i + 1 < operative.Length; i++)
        {
            OperativeParagraph introducing = operative[i];
            OperativeParagraph next = operative[i + 1];
            if (introducing.Ending.Mark != ':' || introducing.SubParagraphs.Count > 0 || introducing.IntroducesText
                || next.Number is not null || next.Verb.Text.Length == 0
                || !Parsing.OpenerReader.CouldOpenPreamble(next.Verb.Text.Split(' ')[0]))
            {
                continue;
            }

            SourceText text = context.Text;
            int line = text.LineOf(next.Span.Start);
            TextSpan lineSpan = text.LineSpan(line);
            context.Report(
                TextSpan.FromBounds(next.Span.Start, Math.Min(next.Span.End, lineSpan.End)),
                $"No organ line before the text operative paragraph {introducing.Number ?? i + 1} introduces; a draft resolution opens with the organ it is for ('The General Assembly,').");
        }
    }

    private static Paragraph? FirstParagraph(Draft draft) =>
        new Paragraph?[] { draft.Preamble.FirstOrDefault(), draft.Operative.FirstOrDefault() }
            .Where(p => p is not null)
            .MinBy(p => p!.Span.Start);

    /// <summary>
    /// Inserts "The General Assembly," before the first paragraph, when the heading names the organ and the line
    /// before is a line of the heading the parser recognised (the title, "Resolution adopted by …", the report
    /// line): any other line there may be a preambular paragraph the heading kept, which the organ line must
    /// precede.
    /// </summary>
    private static Fix? Insert(Draft draft, int firstLine, int previous)
    {
        SourceText text = draft.Text;
        if (draft.Body is not { } body || (previous >= 0 && !IsHeadingLine(draft, previous)) || !Parsing.HeadingLines.OrganLine().IsMatch($"The {body},"))
        {
            return null;
        }

        string newline = text.Text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        string line = text.LineText(firstLine);
        bool markdown = draft.Form == DraftForm.Markdown;
        string indent = markdown ? string.Empty : line[..(line.Length - line.TrimStart().Length)];

        // In Markdown a line of its own needs a blank line on either side, or it joins its neighbours.
        string before = markdown && firstLine > 0 && text.LineText(firstLine - 1).Trim().Length > 0 ? newline : string.Empty;
        string organ = $"{before}{indent}The {body},{newline}" + (markdown ? newline : string.Empty);
        return RuleContext.Replace($"Insert 'The {body},'", new TextSpan(text.LineStart(firstLine), 0), organ);
    }

    private static bool IsHeadingLine(Draft draft, int line)
    {
        TextSpan span = draft.Text.LineSpan(line);
        Heading heading = draft.Heading;
        if (new[] { heading.TitleSpan, heading.NumberSpan, heading.SymbolSpan }.Any(s => s is { } at && at.OverlapsWith(span)))
        {
            return true;
        }

        string words = draft.Text.Slice(span).Trim().Trim('*', '_');
        return words.StartsWith("Resolution adopted by", StringComparison.Ordinal) || words.StartsWith("Adopted by", StringComparison.Ordinal)
            || words.StartsWith("[on the", StringComparison.Ordinal) || words.StartsWith("[without reference", StringComparison.Ordinal)
            || words.StartsWith("Agenda item", StringComparison.Ordinal) || words.EndsWith(" session", StringComparison.Ordinal);
    }

    /// <summary>The nearest line above that is neither blank nor production noise; -1 when none.</summary>
    private static int PreviousTextLine(Draft draft, int line)
    {
        SourceText text = draft.Text;
        for (int l = line - 1; l >= 0; l--)
        {
            TextSpan span = text.LineSpan(l);
            if (text.Slice(span).Trim().Length > 0 && !draft.Noise.Any(n => n.Span.OverlapsWith(span)))
            {
                return l;
            }
        }

        return -1;
    }

    /// <summary>"The General Assembly" alone on its line, without the comma.</summary>
    [GeneratedRegex(@"^\s*(?<line>The (?:General Assembly|Security Council|Economic and Social Council|Human Rights Council|[A-Z][A-Za-z’' ]{2,60}(?:Council|Commission|Committee|Assembly|Conference|Board)))\s*$")]
    private static partial Regex OrganWithoutComma();
}
