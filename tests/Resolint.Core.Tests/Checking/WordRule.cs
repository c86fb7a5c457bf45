using Resolint.Core.Rules;
using Resolint.Core.Text;

namespace Resolint.Core.Tests.Checking;

/// <summary>A rule for these tests alone: it reports every occurrence of a word, with a fix that spells it another way.</summary>
internal sealed class WordRule(string id, string word, string replacement, Severity severity = Severity.Warning) : Rule
{
    public override RuleDescriptor Descriptor { get; } = new(id, $"Write {replacement}, not {word}", severity, RuleCategory.Language, $"Reports \"{word}\".");

    public override void Check(RuleContext context)
    {
        string text = context.Text.Text;
        for (int at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + word.Length, StringComparison.Ordinal))
        {
            var span = new TextSpan(at, word.Length);
            context.Report(span, $"Write \"{replacement}\", not \"{word}\".", RuleContext.Replace($"Write {replacement}", span, replacement));
        }
    }
}
