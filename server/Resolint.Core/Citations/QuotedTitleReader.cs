using Resolint.Core.Drafts;
using Resolint.Core.Text;

namespace Resolint.Core.Citations;

/// <summary>
/// Reads the title a text quotes right after a citation: "resolution 79/1 of 22 September 2024, entitled “The Pact
/// for the Future”" (the UN's form), with straight quotation marks as typed, or without the comma. The words that
/// introduce and follow a title are the lexicon's (<see cref="Lexicon.IntroducesTitle"/>).
/// </summary>
internal static class QuotedTitleReader
{
    /// <summary>
    /// The longest title read: the longest titles of the UN's catalogue run to about 300 characters. Past it the
    /// quotation mark is not closed in the sentence, and reading on would make a long paragraph cost more than once.
    /// </summary>
    private const int MaxTitleLength = 600;

    /// <summary>The title quoted at <paramref name="end"/> (where a citation ends), or null.</summary>
    public static QuotedTitle? Read(InlineText text, int end)
    {
        string s = text.Text;
        int word = Words.Gap(s, end < s.Length && s[end] == ',' ? end + 1 : end);
        int wordEnd = Words.Letters(s, word);
        if (word < 0 || wordEnd == word || !Lexicon.IntroducesTitle(s[word..wordEnd]))
        {
            return null;
        }

        int i = Words.Gap(s, wordEnd);
        if (i < 0 || i >= s.Length || Closing(s[i]) is not { } closing)
        {
            return null;
        }

        int start = i + 1;
        int limit = Math.Min(s.Length, start + MaxTitleLength);
        int close = s.IndexOf(closing, start, limit - start);

        // A quotation followed by more words of a name ("entitled “World Social Summit” under the title …") is
        // part of the title, not all of it.
        if (close <= start || !EndsTitle(s, close + 1))
        {
            return null;
        }

        var span = TextSpan.FromBounds(start, close);
        return new QuotedTitle(s[start..close], text.ToSource(span));
    }

    /// <summary>
    /// Whether the sentence moves on at <paramref name="i"/>, after a closing quotation mark: its end, a punctuation
    /// mark or footnote marker, or a word that goes on with the sentence ("and its resolution …", "adopted by …").
    /// </summary>
    private static bool EndsTitle(string s, int i)
    {
        if (i >= s.Length || !(Words.IsSpace(s[i]) || char.IsLetter(s[i])))
        {
            return true;
        }

        int word = Words.Gap(s, i);
        int wordEnd = Words.Letters(s, word);
        return word >= 0 && wordEnd > word && Lexicon.FollowsTitle(s[word..wordEnd]);
    }

    /// <summary>
    /// The mark that closes a quotation opened with <paramref name="opening"/>; null when it opens none. Single
    /// quotation marks are not read: their closing mark is the apostrophe of "People’s".
    /// </summary>
    private static char? Closing(char opening) => opening switch
    {
        '“' => '”',
        '"' => '"',
        _ => null,
    };
}
