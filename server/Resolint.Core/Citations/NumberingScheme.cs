namespace Resolint.Core.Citations;

/// <summary>
/// The numbering schemes the engine can check, as the lexicon names them in the <c>numbering</c> column of
/// <c>Lexicon/Data/bodies.tsv</c>. A body with another scheme, or none, has only what any number must
/// satisfy checked.
/// </summary>
public static class NumberingScheme
{
    /// <summary>"31/1", "57/270 B" from the thirty-first session; "217 A (III)" before; "S-10/2", "ES-10/2".</summary>
    public const string GeneralAssembly = "general-assembly";

    /// <summary>"1757 (2007)".</summary>
    public const string SecurityCouncil = "security-council";

    /// <summary>"2005/74" from 1978, "1235 (XLII)" before.</summary>
    public const string EconomicAndSocialCouncil = "ecosoc";

    /// <summary>"5/1", "S-28/1": three sessions a year from 2006.</summary>
    public const string HumanRightsCouncil = "human-rights-council";

    /// <summary>"20 (XXXVI)", then "2005/74", from 1946 to 2006.</summary>
    public const string CommissionOnHumanRights = "commission-on-human-rights";

    /// <summary>Session and number ("5/14") on a calendar the lexicon does not hold.</summary>
    public const string Sessions = "sessions";
}
