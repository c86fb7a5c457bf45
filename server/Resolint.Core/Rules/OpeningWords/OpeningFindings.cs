using Resolint.Core.Text;

namespace Resolint.Core.Rules.OpeningWords;

/// <summary>
/// How RES201 and RES202 report opening words of the wrong kind, in the same words for both parts: which
/// paragraph, what it opens with, what the part expects, and the certain fix where there is one.
/// </summary>
internal static class OpeningFindings
{
    /// <summary>
    /// A head word of the wrong form; <paramref name="replacement"/>, when known, is the right form ("Recalling",
    /// "Recalls") and the fix puts it in the head's place, capitalised as opening words are.
    /// </summary>
    public static void WrongForm(RuleContext context, OpeningPhrase phrase, string part, int number, string? replacement, string what, string expected, string examples)
    {
        string head = phrase.Head;
        string example = replacement is null ? examples : $"'{OpeningPhrase.Capitalized(replacement)}'";
        Fix? fix = replacement is null ? null : OpeningFixes.ReplaceHead(context.Text, phrase, replacement, $"Change '{head}' to '{OpeningPhrase.Capitalized(replacement)}'");
        context.Report(phrase.Content.ToSource(phrase.HeadSpan), $"{part} paragraph {number} opens with '{head}', {what}; {expected} ({example}).", fix);
    }

    /// <summary>A head or an adverb before it one letter off the form it was meant to be ("Recallig", "Strongy"); the fix spells it right.</summary>
    public static void Misspelt(RuleContext context, OpeningPhrase phrase, TextSpan word, string part, int number, string meant)
    {
        string written = phrase.WordText(word);
        Fix? fix = OpeningFixes.ReplaceWord(context.Text, phrase, word, meant, $"Change '{written}' to '{meant}'");
        context.Report(phrase.Content.ToSource(word), $"{part} paragraph {number} opens with '{written}', one letter off '{meant}': check its spelling.", fix);
    }

    /// <summary>Opening words that start in lower case; the fix capitalises the first letter.</summary>
    public static void LowerCase(RuleContext context, OpeningPhrase phrase, string part, int number)
    {
        if (phrase.OpensInLowerCase)
        {
            string message = $"{part} paragraph {number} opens in lower case ('{phrase.FirstWord}'); its first word takes a capital letter.";
            context.Report(phrase.Content.ToSource(phrase.Words[0]), message, OpeningFixes.Capitalize(context.Text, phrase));
        }
    }
}
