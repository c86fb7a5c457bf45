using System.Text.RegularExpressions;

namespace Resolint.Accuracy;

/// <summary>
/// The organ that adopted a text, for the per-organ figures: from the document symbol in the file name
/// ("A_HRC_RES_54_1", "S-RES-896(1994)"), else from the draft's own organ line or adoption line.
/// </summary>
public static partial class Organs
{
    public const string GeneralAssembly = "General Assembly";
    public const string SecurityCouncil = "Security Council";
    public const string EconomicAndSocialCouncil = "ECOSOC";
    public const string HumanRightsCouncil = "Human Rights Council";
    public const string Other = "other";

    /// <summary>The organs in the order the reports list them.</summary>
    public static readonly string[] All = [GeneralAssembly, SecurityCouncil, EconomicAndSocialCouncil, HumanRightsCouncil, Other];

    /// <summary>How far into a text its organ line or adoption line stands, at most.</summary>
    private const int HeadLength = 3000;

    public static string Of(string fileName, string text)
    {
        Match symbol = SymbolInName().Match(fileName);
        if (symbol.Success)
        {
            return symbol.Groups["hrc"].Success ? HumanRightsCouncil
                : symbol.Groups["organ"].Value.ToUpperInvariant() switch
                {
                    "A" => GeneralAssembly,
                    "S" => SecurityCouncil,
                    _ => EconomicAndSocialCouncil,
                };
        }

        Match named = OrganNamed().Match(text.Length > HeadLength ? text[..HeadLength] : text);
        return !named.Success ? Other : named.Groups[1].Value switch
        {
            "General Assembly" => GeneralAssembly,
            "Security Council" => SecurityCouncil,
            "Economic and Social Council" => EconomicAndSocialCouncil,
            _ => HumanRightsCouncil,
        };
    }

    [GeneratedRegex(@"^(?<organ>[ASE])[_\-/](?<hrc>HRC[_\-/])?RES[_\-/]", RegexOptions.IgnoreCase)]
    private static partial Regex SymbolInName();

    [GeneratedRegex(@"\b(?:The|by the) (General Assembly|Security Council|Economic and Social Council|Human Rights Council)\b")]
    private static partial Regex OrganNamed();
}
