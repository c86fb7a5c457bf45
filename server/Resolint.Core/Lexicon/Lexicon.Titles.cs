namespace Resolint.Core;

/// <summary>How a text quotes the title of what it cites.</summary>
public static partial class Lexicon
{
    /// <summary>A word that introduces a quoted title after a citation: "entitled".</summary>
    public static bool IntroducesTitle(string word) => WordList("title-introducers", StringComparer.Ordinal).Contains(word);

    /// <summary>A word that, after a quoted title, goes on with the sentence rather than the title: "and", "adopted".</summary>
    public static bool FollowsTitle(string word) => WordList("title-followers", StringComparer.Ordinal).Contains(word);
}
