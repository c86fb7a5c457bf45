using Resolint.Core.Drafts;
using Resolint.Core.Text;

namespace Resolint.Core.Rules.Structure;

/// <summary>
/// A resolution acts in its operative part: numbered paragraphs that decide, request, recommend (Editorial
/// Manual; every seed). Fires when a preamble stands with no numbered paragraph after it, which is also how a
/// draft whose operative paragraphs lost their numbers shows.
/// </summary>
public sealed class RES702NoOperativePart : Rule
{
    public static readonly RuleDescriptor Rule = new(
        "RES702",
        "The resolution has an operative part",
        Severity.Warning,
        RuleCategory.Structure,
        "After the preamble come numbered operative paragraphs (\"1. Decides …\").");

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(RuleContext context)
    {
        Draft draft = context.Draft;
        if (draft.Operative.Count > 0 || draft.Preamble.Count == 0)
        {
            return;
        }

        // Where the operative part should begin: after the last preambular paragraph.
        TextSpan at = draft.Preamble[^1].Opener.Span;
        string count = draft.Preamble.Count == 1 ? "one preambular paragraph" : $"{draft.Preamble.Count} preambular paragraphs";
        context.Report(at, $"The draft has {count} but no operative part: no numbered paragraph (\"1. Decides …\") follows the preamble.");
    }
}
