namespace Resolint.Core;

public static partial class Lexicon
{
    private static readonly LexiconWords NumberNounsList = new("number-nouns", StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Words and abbreviations a number follows as a reference or a count ("Add.1", "paragraph 3", "with 4
    /// abstentions"): after them a bare number is not a footnote marker. Case is ignored.
    /// </summary>
    internal static IReadOnlySet<string> NumberNouns => NumberNounsList.Words;
}
