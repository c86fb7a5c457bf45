using Resolint.Core.Drafts;
using Resolint.Core.Text;

namespace Resolint.Core.Rules.Footnotes;

/// <summary>
/// Footnote texts end with a full stop, even when they are only a symbol ("A/68/208.") or a number
/// ("Resolution 70/1."): Editorial Manual, and every footnote of the corpus. A full stop inside closing
/// quotation marks or brackets counts, as does a question or exclamation mark ending a quoted title.
/// </summary>
public sealed class RES405FootnoteFullStop : Rule
{
    public static readonly RuleDescriptor Rule = new(
        "RES405",
        "Footnote texts end with a full stop",
        Severity.Warning,
        RuleCategory.Footnotes,
        "Every footnote text ends with a full stop, even one that is only a document symbol.");

    /// <summary>Marks that may follow the final full stop: closing brackets and quotation marks, and a Markdown emphasis mark left as text ("2023*.*").</summary>
    private const string Closers = ")]”’\"'*";

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(RuleContext context)
    {
        foreach (Footnote footnote in context.Draft.Footnotes)
        {
            InlineText words = footnote.Content;
            int last = words.LastVisibleIndex();
            if (last < 0)
            {
                continue;
            }

            int mark = last;
            while (mark > 0 && Closers.Contains(words.Text[mark]))
            {
                mark--;
            }

            char c = words.Text[mark];
            if (c is '.' or '?' or '!' or '…')
            {
                continue;
            }

            TextSpan lastCharacter = words.ToSource(new TextSpan(last, 1));
            string message = $"Footnote {footnote.Number} does not end with a full stop.";
            if (c is ',' or ';' && mark == last && context.Text.Slice(lastCharacter) == c.ToString())
            {
                context.Report(lastCharacter, message, RuleContext.Replace($"Replace '{c}' with a full stop", lastCharacter, "."));
            }
            else if (c is ':')
            {
                // A colon announces more: the text was cut short, which only the drafter can mend.
                context.Report(lastCharacter, message);
            }
            else
            {
                // Past a line break after the words the footnote's source holds more than them (a fence Markdig read
                // after "[^3]: 2"): a full stop there would not end the words, and fixing would never settle.
                int end = TrimmedEnd(context.Text, footnote.Span);
                bool beyondTheWords = context.Text.Text.AsSpan(lastCharacter.End, Math.Max(0, end - lastCharacter.End)).Contains('\n');
                context.Report(lastCharacter, message, beyondTheWords ? null : RuleContext.Replace("Add a full stop", new TextSpan(end, 0), "."));
            }
        }
    }

    /// <summary>
    /// Just after the last character of the footnote's source, so that a full stop lands after closing Markdown
    /// syntax ("[A/74/226](#)", "*… No. 53*") and not inside it.
    /// </summary>
    private static int TrimmedEnd(SourceText text, TextSpan span)
    {
        int end = Math.Min(span.End, text.Length);
        while (end > span.Start && char.IsWhiteSpace(text.Text[end - 1]))
        {
            end--;
        }

        return end;
    }
}
