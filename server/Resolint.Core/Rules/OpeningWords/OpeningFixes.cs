using Resolint.Core.Drafts;
using Resolint.Core.Text;

namespace Resolint.Core.Rules.OpeningWords;

/// <summary>
/// Repairs of opening words. Each edits only the words it names, and only where the source spells them
/// exactly as the reader sees them (no markup or line break inside), so the edit changes nothing else.
/// </summary>
internal static class OpeningFixes
{
    /// <summary>Puts another word in the head's place, capitalising the first word: "recalls" → "Recalling".</summary>
    public static Fix? ReplaceHead(SourceText source, OpeningPhrase phrase, string newHead, string title)
    {
        var run = TextSpan.FromBounds(phrase.Words[0].Start, phrase.HeadSpan.End);
        string before = phrase.Content.Text[run.Start..phrase.HeadSpan.Start];
        return Exact(source, phrase.Content, run, OpeningPhrase.Capitalized(before + newHead), title);
    }

    /// <summary>Puts another word in the place of one of the opening words: "Strongy" → "Strongly".</summary>
    public static Fix? ReplaceWord(SourceText source, OpeningPhrase phrase, TextSpan word, string newWord, string title) =>
        Exact(source, phrase.Content, word, newWord, title);

    /// <summary>Capitalises the first letter of the opening words.</summary>
    public static Fix? Capitalize(SourceText source, OpeningPhrase phrase)
    {
        var first = new TextSpan(phrase.Words[0].Start, 1);
        string letter = char.ToUpperInvariant(phrase.Content.Text[first.Start]).ToString();
        return Exact(source, phrase.Content, first, letter, $"Capitalise '{phrase.FirstWord}'");
    }

    /// <summary>
    /// Wraps the opening words in one italic run, taking in a partial run's delimiters: "*Also* requests" →
    /// "*Also requests*". Null when an italic run reaches beyond the opening words, or markup other than
    /// emphasis stands inside them.
    /// </summary>
    public static Fix? Italicize(SourceText source, OpeningPhrase phrase)
    {
        InlineText content = phrase.Content;
        TextSpan at = content.ToSource(phrase.Span);
        string text = source.Text;
        int start = at.Start;
        int end = at.End;

        // A delimiter next to the words belongs to an italic run of theirs, or the markup is not what it seems.
        bool italicStart = content.IsItalic(new TextSpan(phrase.Span.Start, 1));
        bool italicEnd = content.IsItalic(new TextSpan(phrase.Span.End - 1, 1));
        bool delimiterBefore = start > 0 && IsDelimiter(text[start - 1]);
        bool delimiterAfter = end < text.Length && IsDelimiter(text[end]);
        if (italicStart != delimiterBefore || italicEnd != delimiterAfter)
        {
            return null;
        }

        while (italicStart && start > 0 && IsDelimiter(text[start - 1]))
        {
            start--;
        }

        while (italicEnd && end < text.Length && IsDelimiter(text[end]))
        {
            end++;
        }

        string words = phrase.Text;
        string inside = text[start..end].Replace("*", string.Empty, StringComparison.Ordinal).Replace("_", string.Empty, StringComparison.Ordinal);
        return inside == words
            ? new Fix($"Put '{words}' in italics", [new TextEdit(TextSpan.FromBounds(start, end), "*" + words + "*")])
            : null;

        static bool IsDelimiter(char c) => c is '*' or '_';
    }

    private static Fix? Exact(SourceText source, InlineText content, TextSpan run, string replacement, string title)
    {
        TextSpan at = content.ToSource(run);
        return source.Slice(at) == content.Text.Substring(run.Start, run.Length) ? new Fix(title, [new TextEdit(at, replacement)]) : null;
    }
}
