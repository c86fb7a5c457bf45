using CsCheck;
using Resolint.Core.Parsing;
using Resolint.Core.Parsing.Roles;

namespace Resolint.Core.Tests.Parsing;

/// <summary>
/// The roles give a paragraph's words to a regex only when they open as its matches must ("S/", "Annex"): each must answer
/// as the regex given every paragraph's words does.
/// </summary>
public sealed class RoleRegexShortcutPropertyTests
{
    /// <summary>Symbols, annex headings, their look-alikes cut or run on, and the words of paragraphs.</summary>
    private static readonly string[] Pieces =
    [
        "S/RES/1454 (2002)", "A/RES/68/171", "E/RES/2013/1", "A/HRC/RES/25/1", "S", "A", "E", "/", "RES", "/RES/", "12", " (2002)",
        "Annex", "Annexes", "Annex II", " II", " A", " 3", "annex", "Recalling", "Stressing", " ", "\n", "x",
    ];

    private static readonly Gen<string> Words = Gen.OneOf(
        Gen.OneOf(Pieces),
        Gen.OneOf(Pieces).Array[0, 4].Select(string.Concat),
        Gen.String[Gen.Char["AESRnx/ 12IV\n"], 0, 20]);

    [Fact]
    public void A_running_header_is_what_the_symbols_regex_matches()
    {
        Words.Sample(words => Assert.Equal(HeadingLines.Symbol().IsMatch(words), NoiseRole.IsRunningHeader(words)), iter: 5_000);
    }

    [Fact]
    public void An_annex_heading_is_what_its_regex_matches()
    {
        Words.Sample(words => Assert.Equal(AnnexRole.Shape().IsMatch(words), AnnexRole.IsAnnexHeading(words)), iter: 5_000);
    }
}
