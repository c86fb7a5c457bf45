using System.Text.RegularExpressions;
using Resolint.Core.Drafts;
using Resolint.Core.Rules.Citations;
using Resolint.Core.Text;

namespace Resolint.Core.Rules.Language;

/// <summary>
/// A lower-case l or a capital O typed among digits ("25 June l993", "2O11", "A/CONF.l57/24"): a typist's
/// slip that survives every reading by eye and breaks every search for the year or symbol. A token made
/// only of digits and these two letters, with at least two digits, is a number: the fix reads l as 1 and
/// O as 0.
/// </summary>
public sealed partial class RES602LetterInNumber : PassageRule
{
    public static readonly RuleDescriptor Rule = new(
        "RES602",
        "No letter inside a number",
        Severity.Error,
        RuleCategory.Language,
        "A lower-case l or a capital O typed among digits (\"l993\", \"2O11\") is a slip for 1 or 0.");

    public override RuleDescriptor Descriptor => Rule;

    public override void CheckPassage(RuleContext context, InlineText words)
    {
        // Read in the same walk over the passage's digits as RES502's dates, and shared with it.
        if (!context.Reading.Numbers(words).HasLetterBesideDigit)
        {
            return;
        }

        foreach (Match match in Token().Matches(words.Text))
        {
            string written = match.Value;
            if (written.Count(char.IsAsciiDigit) < 2)
            {
                continue;
            }

            string number = written.Replace('l', '1').Replace('O', '0');
            TextSpan span = words.ToSource(new TextSpan(match.Index, match.Length));
            string letters = string.Join(" and ", written.Where(c => c is 'l' or 'O').Distinct().Select(c => c == 'l' ? "a lower-case l" : "a capital O"));
            Fix? fix = context.Text.Slice(span) == written ? RuleContext.Replace($"Write \"{number}\"", span, number) : null;
            context.Report(span, $"\"{written}\" has {letters} among its digits: read \"{number}\".", fix);
        }
    }

    /// <summary>A run of digits, l and O standing alone, with a letter next to a digit.</summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}])[0-9lO]*(?:[0-9][lO]|[lO][0-9])[0-9lO]*(?![\p{L}\p{N}])")]
    private static partial Regex Token();
}
