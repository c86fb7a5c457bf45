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
    /// <item>"its" is the organ named just before "in its" / "by its" ("the General Assembly in its resolution"),
    /// else the adopting body.</item>
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
                    string? subject = NamedBeforeIts(text, organStart, out int subjectStart);
                    return subject is null ? body : Resolve(subject, number, body, text, subjectStart);
                }

                return asWritten;
        }
    }

    /// <summary>"the General Assembly in its", "the Council, by its": the organ the "its" refers to.</summary>
    private static string? NamedBeforeIts(string text, int itsStart, out int start)
    {
        start = itsStart;
        int i = itsStart;
        while (i > 0 && Words.IsSpace(text[i - 1]))
        {
            i--;
        }

        int wordStart = i;
        while (wordStart > 0 && char.IsLetter(text[wordStart - 1]))
        {
            wordStart--;
        }

        string preposition = text[wordStart..i];
        if (preposition is not ("in" or "by" or "through" or "under") || wordStart == i)
        {
            return null;
        }

        i = wordStart;
        while (i > 0 && (Words.IsSpace(text[i - 1]) || text[i - 1] == ','))
        {
            i--;
        }

        string? organ = NamedBefore(text, i, out start);
        return organ is null || organ.Equals(Its, StringComparison.OrdinalIgnoreCase) ? null : organ;
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
