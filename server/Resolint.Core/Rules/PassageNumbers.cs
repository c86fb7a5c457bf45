using Resolint.Core.Rules.Citations;

namespace Resolint.Core.Rules;

/// <summary>
/// What the digits of a passage's words tell two rules (<see cref="RES502DateForm.NumbersIn"/>): the dates written amiss
/// (RES502) and whether an l or an O stands beside a digit (RES602).
/// </summary>
/// <param name="MisWrittenDates">An array, not a list: walked for every passage on every keystroke, without a call through a list's interface.</param>
internal sealed record PassageNumbers(RES502DateForm.MisWrittenDate[] MisWrittenDates, bool HasLetterBesideDigit)
{
    private static readonly PassageNumbers None = new([], false);
    private static readonly PassageNumbers LetterOnly = new([], true);

    /// <summary>A passage without a date written amiss, as most are: one of two readings shared by all, not one made for each.</summary>
    public static PassageNumbers Without(bool letterBesideDigit) => letterBesideDigit ? LetterOnly : None;
}
