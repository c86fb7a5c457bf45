namespace Resolint.Core;

/// <summary>How a text quotes the title of what it cites.</summary>
public static partial class Lexicon
{
    private static readonly LexiconWords TitleIntroducersList = new("title-introducers", StringComparer.Ordinal);

    private static readonly LexiconWords TitleFollowersList = new("title-followers", StringComparer.Ordinal);

    /// <summary>A word that introduces a quoted title after a citation: "entitled".</summary>
    public static bool IntroducesTitle(string word) => TitleIntroducersList.Words.Contains(word);

    /// <summary>A word that, after a quoted title, goes on with the sentence rather than the title: "and", "adopted".</summary>
    public static bool FollowsTitle(string word) => TitleFollowersList.Words.Contains(word);
}
