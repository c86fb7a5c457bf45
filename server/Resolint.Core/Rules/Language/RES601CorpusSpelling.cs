using Resolint.Core.Corpus;
using Resolint.Core.Drafts;
using Resolint.Core.Text;

namespace Resolint.Core.Rules.Language;

/// <summary>
/// United Nations English is British spelling with -ize, and a set of fixed forms (Secretary-General,
/// Member States, non-governmental). Which forms a text should use is learned from the corpus, never
/// hard-coded here: the finding names the corpus's form and where it was seen.
/// </summary>
public sealed class RES601CorpusSpelling : Rule
{
    public static readonly RuleDescriptor Rule = new(
        "RES601",
        "Spelling and fixed forms follow the corpus",
        Severity.Warning,
        RuleCategory.Language,
        "Words and fixed forms are written as the corpus writes them: programme, favourably, Secretary-General.");

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(RuleContext context)
    {
        foreach (InlineText words in Passages.Texts(context))
        {
            foreach (SpellingMatch variant in context.Conventions.FindSpellingVariants(words.Text))
            {
                string written = words.Text.Substring(variant.Span.Start, variant.Span.Length);
                TextSpan span = words.ToSource(variant.Span);
                string message = $"\"{written}\" is written \"{variant.Replacement}\" in the corpus{Evidence(variant.Spelling)}.";

                // Only where the source holds exactly the words found: never across Markdown syntax or a line break.
                Fix? fix = context.Text.Slice(span) == written ? RuleContext.Replace($"Write \"{variant.Replacement}\"", span, variant.Replacement) : null;
                context.Report(span, message, fix);
            }
        }
    }

    private static string Evidence(Spelling spelling)
    {
        string times = spelling.Count == 1 ? "once" : $"{spelling.Count} times";
        return spelling.Seen.Count > 0
            ? $" (seen {times}, e.g. {spelling.Seen[0]})"
            : spelling.Count > 0 ? $" (seen {times})" : string.Empty;
    }
}
