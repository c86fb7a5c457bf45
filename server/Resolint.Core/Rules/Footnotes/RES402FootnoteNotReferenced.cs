using Resolint.Core.Drafts;
using Resolint.Core.Parsing.Roles;

namespace Resolint.Core.Rules.Footnotes;

/// <summary>
/// Every footnote text is referenced by a marker (Editorial Manual). A text nobody points at is left over
/// from a deleted paragraph, or its marker was lost when the paragraph was edited.
/// </summary>
public sealed class RES402FootnoteNotReferenced : Rule
{
    public static readonly RuleDescriptor Rule = new(
        "RES402",
        "Every footnote text is referenced by a marker",
        Severity.Warning,
        RuleCategory.Footnotes,
        "A footnote text that no marker in the text points at is left over from an edit, or its marker was lost.");

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(RuleContext context)
    {
        var marked = context.Draft.FootnoteReferences.Select(r => r.Number).ToHashSet();
        var unreferenced = context.Draft.Footnotes.Where(f => !marked.Contains(f.Number) && !IsAsteriskNote(f)).ToList();
        if (unreferenced.Count == 0)
        {
            return;
        }

        // In a transcription, markers OCR read as glyphs ("…1978,* approved") may be these notes' markers.
        bool misreadable = context.Draft.TranscribedFromPrint
            && PrintTranscription.MarkersMisread(context.Text.Text) >= unreferenced.Count;
        // A printed volume's page carries the notes of the item after the resolution too: a note numbered above
        // every marker of a text that continues the volume's numbering may be that item's.
        int? nextItemsFrom = marked.Count > 0 && FootnoteNumbering.ContinuesLargerDocument(context.Draft) ? marked.Max() : null;
        foreach (Footnote footnote in unreferenced)
        {
            string message = $"Footnote {footnote.Number} is not referenced by any marker in the text";
            if (footnote.Number > nextItemsFrom)
            {
                context.Report(footnote.NumberSpan, message + NextItemNote, severity: Severity.Info);
                continue;
            }

            OcrMisreadings.Report(context, misreadable, footnote.NumberSpan, message + ".");
        }
    }

    private const string NextItemNote = " (numbered after every marker of a printed volume's resolution: it may be the note of the next item on the page).";

    /// <summary>
    /// "¹ * Reissued for technical reasons on 31 August 2018.": the cover page's note on the symbol's asterisk, which a
    /// conversion numbered with the others; the asterisk, not a number, refers to it.
    /// </summary>
    private static bool IsAsteriskNote(Footnote footnote) => footnote.Text.StartsWith("* ", StringComparison.Ordinal);
}
