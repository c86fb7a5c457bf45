namespace Resolint.Core.Parsing.Roles;

/// <summary>An operative paragraph: "1. Decides …;", or one that stands alone without a number.</summary>
internal static class OperativeRole
{
    public const string NumberedReason = "a numbered paragraph";

    public const string MissingNumberReason = "an unnumbered paragraph among operative paragraphs: one whose number is missing";

    public const string UnnumberedReason = "ends with a semicolon, colon or full stop and opens with a word that cannot open a preambular paragraph: an operative paragraph without a number";

    /// <summary>
    /// Where a preambular paragraph could stand, a paragraph that acts instead: it opens in capitals with a word no
    /// preambular paragraph opens with ("Decides", "Notes") and ends as operative paragraphs end. A resolution's
    /// single operative paragraph is not numbered; elsewhere this is an operative paragraph that lost its number.
    /// </summary>
    public const string HeldListReason = "numbered from 1 after a paragraph that ends with a colon: a numbered list the paragraph holds (an agenda)";

    public const string ListItemReason = "an unnumbered, unlabelled line after a paragraph that ends with a colon: an item of the list it introduces";

    public const string WrittenAmissReason = "opens with the next operative number written without its full stop (\"7, Requests\", \"4 Calls\")";

    /// <summary>A number as written before a paragraph's words, where it stands, and how many characters to skip.</summary>
    public sealed record WrittenNumber(int Number, string Text, Text.TextSpan Span, int Skip);

    /// <summary>
    /// "7, Requests …", "4 Calls for …": the operative part's next number, written with a comma or with no mark, before a
    /// capitalised word. Only the next number counts: any other number opening a paragraph belongs to its words.
    /// </summary>
    public static WrittenNumber? ReadWrittenAmiss(RawText raw, int next)
    {
        int i = 0;
        int number = 0;
        while (i < raw.Length && i < MaxNumberDigits && char.IsAsciiDigit(raw[i]))
        {
            number = (number * 10) + (raw[i] - '0');
            i++;
        }

        if (i == 0 || number != next || i + 2 >= raw.Length)
        {
            return null;
        }

        int end = raw[i] == ',' ? i + 1 : i;
        int skip = end;
        while (skip < raw.Length && char.IsWhiteSpace(raw[skip]))
        {
            skip++;
        }

        if (skip == end || skip >= raw.Length || !char.IsUpper(raw[skip]))
        {
            return null;
        }

        var span = Text.TextSpan.FromBounds(raw.OffsetAt(0), raw.OffsetAt(end - 1) + 1);
        return new WrittenNumber(number, raw.Substring(0, end), span, skip);
    }

    /// <summary>Operative numbers have at most three digits, as the readers read them.</summary>
    private const int MaxNumberDigits = 3;

    public static bool ActsWithoutNumber(string words) =>
        PunctuationOf.LastMark(words) is '.' or ';' or ':' && OpensLikeOne(words);

    public const string LastBeforeAdoptionReason = "the last paragraph before the adoption line, opening with a word that cannot open a preambular paragraph: the single operative paragraph";

    /// <summary>Opens in capitals with a word no preambular paragraph opens with ("Decides", "Deeply deplores"), and not with "The".</summary>
    public static bool OpensLikeOne(string words) =>
        words.Length > 0 && char.IsUpper(words[0]) && !OpenerReader.CouldOpenPreamble(VerbOf(words))
        && !words.StartsWith("The ", StringComparison.Ordinal);

    public const string IntroducesItemsReason = "opens with a verb in the third person, before any operative paragraph, and its sub-paragraph (a) follows: the single operative paragraph, its colon missing";

    /// <summary>
    /// Opens with a verb the lexicon knows, in the third person ("Decides", "Recommends the following …"), after any
    /// leading adverbs: a short line that opens so is no title.
    /// </summary>
    public static bool OpensWithVerb(string words)
    {
        string verb = VerbOf(words);
        return OpensLikeOne(words) && Rules.OpeningWords.VerbForms.LooksThirdPerson(verb)
            && Rules.OpeningWords.VerbForms.BaseOf(verb) is string stem && Lexicon.IsKnownVerb(stem);
    }

    /// <summary>The first word after any leading adverbs, capitalised: "Deeply deplores" → "Deplores", "Deeply concerned" → "Concerned".</summary>
    private static string VerbOf(string words)
    {
        int start = 0;
        while (true)
        {
            int space = words.IndexOf(' ', start);
            string word = (space < 0 ? words[start..] : words[start..space]).TrimEnd(',', ';', ':', '.');
            if (space < 0 || !word.EndsWith("ly", StringComparison.Ordinal) || word.Length <= AdverbSuffix)
            {
                return start == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..];
            }

            start = space + 1;
        }
    }

    /// <summary>An adverb is longer than its "-ly": "Fully", "Deeply"; "Ly" alone is not one.</summary>
    private const int AdverbSuffix = 2;
}
