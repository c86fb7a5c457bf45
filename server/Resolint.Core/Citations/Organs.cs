namespace Resolint.Core.Citations;

/// <summary>
/// The organs whose resolutions a draft cites, and how a citation that names one only in part ("Council
/// resolution", "its resolution", "Assembly resolution") is resolved to a whole name.
/// </summary>
public static class Organs
{
    public const string GeneralAssembly = "General Assembly";
    public const string SecurityCouncil = "Security Council";
    public const string EconomicAndSocialCouncil = "Economic and Social Council";
    public const string HumanRightsCouncil = "Human Rights Council";
    public const string TrusteeshipCouncil = "Trusteeship Council";
    public const string CommissionOnHumanRights = "Commission on Human Rights";
    public const string CommissionOnTheStatusOfWomen = "Commission on the Status of Women";

    /// <summary>Written in place of an organ: "its resolution 53/144" cites the organ that is speaking.</summary>
    public const string Its = "its";

    /// <summary>Full names, each before any name it ends with.</summary>
    private static readonly string[] FullNames =
    [
        EconomicAndSocialCouncil, HumanRightsCouncil, SecurityCouncil, TrusteeshipCouncil, GeneralAssembly,
        CommissionOnHumanRights, CommissionOnTheStatusOfWomen,
    ];

    /// <summary>Short forms that stand for a full name when the context makes it clear.</summary>
    private static readonly string[] ShortNames = ["Assembly", "Council", "Commission"];

    private static readonly string[] Councils =
        [HumanRightsCouncil, SecurityCouncil, EconomicAndSocialCouncil, TrusteeshipCouncil];

    private static readonly string[] Commissions = [CommissionOnHumanRights, CommissionOnTheStatusOfWomen];

    /// <summary>True for an organ's whole name as the scanner knows it ("General Assembly", not "Assembly").</summary>
    internal static bool IsFullName(ReadOnlySpan<char> name)
    {
        foreach (string full in FullNames)
        {
            if (name.Equals(full, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The organ named just before <paramref name="end"/> (a full name, "Assembly", "Council", "Commission",
    /// or "its"), with where it starts; null when the word before is none of them.
    /// </summary>
    internal static string? NamedBefore(string text, int end, out int start)
    {
        start = end;
        foreach (string name in FullNames)
        {
            if (EndsWithWord(text, end, name, StringComparison.Ordinal))
            {
                start = end - name.Length;
                return name;
            }
        }

        foreach (string name in ShortNames)
        {
            if (EndsWithWord(text, end, name, StringComparison.Ordinal))
            {
                start = end - name.Length;
                return name;
            }
        }

        if (EndsWithWord(text, end, Its, StringComparison.OrdinalIgnoreCase))
        {
            start = end - Its.Length;
            return text.Substring(start, Its.Length);
        }

        return null;
    }

    /// <summary>
    /// The whole name of the organ whose resolution <paramref name="number"/> is, given how the text names it.
    /// <list type="bullet">
    /// <item>A full name stands for itself.</item>
    /// <item>"its" is the adopting body, unless an organ is named just before it ("the General Assembly in its
    /// resolution", "the Working Group is implementing its decision"; see <see cref="ItsReferent"/>).</item>
    /// <item>"Assembly" is the General Assembly.</item>
    /// <item>"Council" and "Commission" are the adopting body when its name ends so; else the council or
    /// commission last named in full earlier in the same text ("… the Human Rights Council …, Council
    /// resolution 20/14"); else, for "Council", what the number's shape tells: "1757 (2007)" is the Security
    /// Council, "2005/23" the Economic and Social Council, "20/14" and "S-28/1" the Human Rights Council (the
    /// only council numbering by session); else null rather than a guess.</item>
    /// <item>No organ named: the adopting body.</item>
    /// </list>
    /// </summary>
    internal static string? Resolve(string? asWritten, ResolutionNumber number, string? body, string text, int organStart)
    {
        switch (asWritten)
        {
            case null:
                return body;
            case "Assembly":
                return GeneralAssembly;
            case "Council":
            case "Commission":
                if (body is not null && body.EndsWith(" " + asWritten, StringComparison.Ordinal))
                {
                    return body;
                }

                string? named = LastNamed(text, organStart, asWritten == "Council" ? Councils : Commissions);
                if (named is not null || asWritten == "Commission")
                {
                    return named;
                }

                return number.Shape switch
                {
                    NumberShape.YearInBrackets => SecurityCouncil,
                    NumberShape.YearSlash => EconomicAndSocialCouncil,
                    NumberShape.SessionSlash or NumberShape.SpecialSession => HumanRightsCouncil,
                    _ => null,
                };
            default:
                if (asWritten.Equals(Its, StringComparison.OrdinalIgnoreCase))
                {
                    return ItsReferent(text, organStart, number, body);
                }

                return asWritten;
        }
    }

    /// <summary>
    /// The organ "its" stands for. "Recalling its resolution" speaks for the adopting body; but "the General
    /// Assembly in its resolution", "the Council, by its decision" and "the Working Group is implementing its
    /// decision" name the organ just before: a known one is resolved, an unknown one ("Open-ended Working Group
    /// on Ageing") leaves the organ open rather than credit the body with another's decision.
    /// </summary>
    private static string? ItsReferent(string text, int itsStart, ResolutionNumber number, string? body)
    {
        string word = WordBefore(text, itsStart, out int wordStart);
        int nameEnd;
        if (word is "in" or "by" or "through" or "under")
        {
            nameEnd = wordStart;
            while (nameEnd > 0 && (Words.IsSpace(text[nameEnd - 1]) || text[nameEnd - 1] == ','))
            {
                nameEnd--;
            }
        }
        else if ((word.EndsWith("ing", StringComparison.Ordinal) || word.EndsWith("ed", StringComparison.Ordinal))
            && WordBefore(text, wordStart, out int auxiliaryStart) is "is" or "are" or "was" or "were" or "has" or "have" or "had")
        {
            nameEnd = auxiliaryStart;
        }
        else
        {
            return body;
        }

        string? named = NamedBefore(text, SkipSpacesBack(text, nameEnd), out int namedStart);
        if (named is not null && !named.Equals(Its, StringComparison.OrdinalIgnoreCase))
        {
            return Resolve(named, number, body, text, namedStart);
        }

        string name = WordBefore(text, nameEnd, out int nameStart);
        bool anotherBody = name.Length > 0 && char.IsUpper(name[0]) && nameStart > 0;
        return anotherBody ? null : body;
    }

    /// <summary>The word of letters that ends, after spaces, just before <paramref name="end"/>; empty when none.</summary>
    private static string WordBefore(string text, int end, out int start)
    {
        int wordEnd = SkipSpacesBack(text, end);
        start = wordEnd;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        return text[start..wordEnd];
    }

    private static int SkipSpacesBack(string text, int end)
    {
        while (end > 0 && Words.IsSpace(text[end - 1]))
        {
            end--;
        }

        return end;
    }

    /// <summary>The one of <paramref name="names"/> whose last mention before <paramref name="end"/> comes latest.</summary>
    private static string? LastNamed(string text, int end, string[] names)
    {
        string? latest = null;
        int latestAt = -1;
        foreach (string name in names)
        {
            int at = end > 0 ? text.LastIndexOf(name, end - 1, end, StringComparison.Ordinal) : -1;
            if (at > latestAt)
            {
                latest = name;
                latestAt = at;
            }
        }

        return latest;
    }

    private static bool EndsWithWord(string text, int end, string word, StringComparison comparison)
    {
        int start = end - word.Length;
        return start >= 0
            && end <= text.Length
            && string.Compare(text, start, word, 0, word.Length, comparison) == 0
            && (start == 0 || !Words.IsWordChar(text[start - 1]));
    }
}
