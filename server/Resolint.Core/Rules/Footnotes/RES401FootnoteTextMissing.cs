using Resolint.Core.Drafts;

namespace Resolint.Core.Rules.Footnotes;

/// <summary>
/// Every footnote marker has a footnote text (Editorial Manual). A superscript or Markdown marker says what
/// it is, so a marker without its text is reported where it stands. Plain text lost its superscripts: there
/// a bare number is read as a marker only when a footnote text has that number, so a lost text shows as a
/// gap in the numbers of the texts, reported on the text after the gap. A Markdown reference with no
/// definition ("[^7]", left as text) is a marker without its text. Numbering that continues a larger
/// document (<see cref="FootnoteNumbering"/>) has no gap at its start; texts that begin at 2 or 3 with no marker
/// before are reported as information, since a published resolution's first notes often stand on its cover page;
/// so is a gap where the markers are superscripts or Markdown and none has the missing number either.
/// </summary>
public sealed class RES401FootnoteTextMissing : Rule
{
    public static readonly RuleDescriptor Rule = new(
        "RES401",
        "Every footnote marker has a footnote text",
        Severity.Error,
        RuleCategory.Footnotes,
        "A footnote marker points at a footnote text with its number; a marker without a text leaves the reader without the source.");

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(RuleContext context)
    {
        Draft draft = context.Draft;
        var texts = draft.Footnotes.Select(f => f.Number).ToHashSet();
        var marked = draft.FootnoteReferences.Select(r => r.Number).ToHashSet();
        foreach (FootnoteReference marker in draft.FootnoteReferences)
        {
            if (!texts.Contains(marker.Number))
            {
                context.Report(marker.Span, $"Footnote marker {marker.Number} has no footnote text.");
            }
        }

        // Bare numbers glued to words are markers only where a text has their number, so in such a text a lost
        // text's marker is invisible and the gap is all that shows it.
        bool markersVisible = draft.FootnoteReferences.Count > 0 && draft.FootnoteReferences.All(r => r.Form != MarkerForm.Glued);
        int previous = FootnoteNumbering.ContinuesLargerDocument(draft) ? FootnoteNumbering.First(draft)!.Number - 1 : 0;
        foreach (Footnote footnote in draft.Footnotes.OrderBy(f => f.Span.Start))
        {
            // Numbers in turn, as nearly all are, skip none: only a gap is listed.
            List<int> lost = footnote.Number - previous <= 1 ? [] : Enumerable.Range(previous + 1, footnote.Number - previous - 1)
                .Where(n => !texts.Contains(n) && !marked.Contains(n))
                .ToList();
            if (lost.Count > 0)
            {
                string which = lost.Count switch
                {
                    1 => $"is no footnote text {lost[0]}",
                    2 => $"are no footnote texts {lost[0]} and {lost[1]}",
                    _ => $"are no footnote texts {lost[0]} to {lost[^1]}",
                };
                string sequence = previous == 0 ? $"begin at {footnote.Number}" : $"go from {previous} to {footnote.Number}";
                if (previous == 0 && lost.Count == footnote.Number - 1)
                {
                    // A resolution's first notes are often the cover page's (on its symbol or title); a copy without
                    // the cover begins further on, with no trace of them. Said, but not as an error of the text.
                    string held = lost.Count == 1 ? "may hold it, else it was lost" : "may hold them, else they were lost";
                    context.Report(footnote.NumberSpan, $"There {which}: the footnote texts {sequence}; a cover page this copy lacks {held}.", severity: Severity.Info);
                }
                else if (markersVisible)
                {
                    // Superscript or Markdown markers show where every note stands: with no marker for the number
                    // either, no text was lost here; the numbering skips a note of the printed document (one on a
                    // part this text leaves out), as some published resolutions do. Said, but not as an error.
                    context.Report(footnote.NumberSpan, $"There {which} and no marker: the footnote numbers {sequence}; a note of the printed document that this text leaves out may have had the number.", severity: Severity.Info);
                }
                else
                {
                    context.Report(footnote.NumberSpan, $"There {which}: the footnote texts {sequence}.");
                }
            }

            previous = Math.Max(previous, footnote.Number);
        }
    }
}
