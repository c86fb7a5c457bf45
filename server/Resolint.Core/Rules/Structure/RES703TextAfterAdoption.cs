using Resolint.Core.Drafts;
using Resolint.Core.Text;

namespace Resolint.Core.Rules.Structure;

/// <summary>
/// Nothing of the resolution follows its adoption line ("70th plenary meeting / 18 December 2013") but
/// footnote texts and an annex. The parser already sets those and production noise aside; what remains is
/// reported when it reads as words a drafter wrote (three words or more), so scraps of page furniture that
/// survive the noise filter are left alone.
/// </summary>
public sealed class RES703TextAfterAdoption : Rule
{
    public static readonly RuleDescriptor Rule = new(
        "RES703",
        "No text after the adoption line",
        Severity.Warning,
        RuleCategory.Structure,
        "After the adoption line come only footnote texts and annexes; any other text belongs above it.");

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(RuleContext context)
    {
        Draft draft = context.Draft;
        string adoption = draft.Adoption?.Meeting is { } meeting ? $"the adoption line ('{meeting}')" : "the adoption line";
        foreach (TextSpan span in draft.AfterAdoption)
        {
            if (WordCount(context.Text.Slice(span)) < 3)
            {
                continue;
            }

            context.Report(span, $"Text after {adoption} is not part of the resolution; move it above that line, or into a footnote or an annex.");
        }
    }

    private static int WordCount(string text)
    {
        int count = 0;
        int run = 0;
        foreach (char c in text + " ")
        {
            if (char.IsLetter(c))
            {
                run++;
                continue;
            }

            count += run >= 2 ? 1 : 0;
            run = 0;
        }

        return count;
    }
}
