using Resolint.Core.Rules;
using Resolint.Core.Text;

namespace Resolint.Tests.Cli;

/// <summary>
/// Rules for these tests alone, so that they test the command line and not whichever rules the catalogue holds today.
/// Each reports a whole word (or phrase) and offers a fix that writes it another way, or no fix.
/// </summary>
internal sealed class PhraseRule(string id, string phrase, string? replacement, Severity severity) : Rule
{
    public override RuleDescriptor Descriptor { get; } = new(id, $"Phrase {phrase}", severity, RuleCategory.Language, $"Reports \"{phrase}\".");

    public override void Check(RuleContext context)
    {
        string text = context.Text.Text;
        for (int at = text.IndexOf(phrase, StringComparison.Ordinal); at >= 0; at = text.IndexOf(phrase, at + phrase.Length, StringComparison.Ordinal))
        {
            bool startsWord = !char.IsLetter(phrase[0]) || at == 0 || !char.IsLetter(text[at - 1]);
            bool endsWord = !char.IsLetter(phrase[^1]) || at + phrase.Length == text.Length || !char.IsLetter(text[at + phrase.Length]);
            if (!startsWord || !endsWord)
            {
                continue;
            }

            var span = new TextSpan(at, phrase.Length);
            Fix? fix = replacement is null ? null : RuleContext.Replace($"Write {replacement}", span, replacement);
            context.Report(span, replacement is null ? $"Avoid \"{phrase}\"." : $"Write \"{replacement}\", not \"{phrase}\".", fix);
        }
    }
}

internal static class TestRules
{
    /// <summary>A warning with a fix.</summary>
    public static readonly Rule Programme = new PhraseRule("RES001", "program", "programme", Severity.Warning);

    /// <summary>An error with a fix.</summary>
    public static readonly Rule SecretaryGeneral = new PhraseRule("RES002", "Secretary General", "Secretary-General", Severity.Error);

    /// <summary>Information, without a fix.</summary>
    public static readonly Rule Etc = new PhraseRule("RES003", "etc", null, Severity.Info);

    /// <summary>A warning whose fix sits right after a word RES001 fixes: adjacent edits.</summary>
    public static readonly Rule DoubledSemicolon = new PhraseRule("RES004", ";;", ";", Severity.Warning);

    public static readonly IReadOnlyList<Rule> All = [Programme, SecretaryGeneral, Etc, DoubledSemicolon];
}

/// <summary>Says, at the start of each draft, which form it was read in: the form a file name promises reaches the parser.</summary>
internal sealed class FormRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("RES006", "Form", Severity.Info, RuleCategory.Structure, "Says how the draft was read.");

    public override void Check(RuleContext context) => context.Report(new TextSpan(0, 0), $"Read as {context.Draft.Form}.");
}
