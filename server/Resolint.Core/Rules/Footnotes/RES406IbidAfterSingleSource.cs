using Resolint.Core.Drafts;
using Resolint.Core.Text;

namespace Resolint.Core.Rules.Footnotes;

/// <summary>
/// "Ibid." repeats the single source of the immediately preceding footnote, and may continue it ("Ibid.,
/// Sixty-eighth Session, Supplement No. 53 (A/68/53)"). After a footnote that cites several sources the
/// reader cannot tell which is meant; with no footnote before it there is nothing to repeat. Footnotes get
/// renumbered when paragraphs move, and an "Ibid." then follows a different footnote from the one it was
/// written after. A first footnote that repeats a note of the volume the text was printed in is left alone.
/// </summary>
public sealed class RES406IbidAfterSingleSource : Rule
{
    public static readonly RuleDescriptor Rule = new(
        "RES406",
        "\"Ibid.\" follows a footnote citing a single source",
        Severity.Warning,
        RuleCategory.Footnotes,
        "\"Ibid.\" repeats the single source of the immediately preceding footnote: that footnote must exist and cite one source.");

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(RuleContext context)
    {
        Draft draft = context.Draft;
        var byNumber = new Dictionary<int, Footnote>();
        foreach (Footnote footnote in draft.Footnotes)
        {
            byNumber.TryAdd(footnote.Number, footnote);
        }

        Footnote? first = FootnoteNumbering.First(draft);
        bool continuesLargerDocument = FootnoteNumbering.ContinuesLargerDocument(draft);
        foreach (Footnote footnote in draft.Footnotes)
        {
            if (!footnote.Text.StartsWith(Ibid, StringComparison.Ordinal))
            {
                continue;
            }

            TextSpan span = footnote.Content.ToSource(new TextSpan(0, Ibid.Length));
            Footnote? previous = byNumber.GetValueOrDefault(footnote.Number - 1);
            if (previous is null && footnote == first && continuesLargerDocument)
            {
                // It repeats the note before the text, in the larger document whose numbering this continues.
                continue;
            }

            if (previous is null)
            {
                context.Report(span, $"\"Ibid.\" in footnote {footnote.Number} has no preceding footnote whose source it could repeat.");
                continue;
            }

            IReadOnlyList<string> sources = FootnoteSources.Of(previous, draft.Citations);
            if (sources.Count > 1)
            {
                context.Report(
                    span,
                    $"\"Ibid.\" in footnote {footnote.Number} follows footnote {previous.Number}, which cites {sources.Count} sources ({string.Join(", ", sources)}): name the source.",
                    related: [new RelatedLocation(previous.NumberSpan, $"Footnote {previous.Number} cites {sources.Count} sources.")]);
            }
        }
    }

    /// <summary>What a footnote that repeats the one before it opens with.</summary>
    private const string Ibid = "Ibid.";
}
