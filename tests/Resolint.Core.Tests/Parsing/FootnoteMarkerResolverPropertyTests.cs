using System.Buffers;
using CsCheck;
using Resolint.Core.Parsing;

namespace Resolint.Core.Tests.Parsing;

/// <summary>
/// The resolver searches a paragraph written in ASCII alone for ASCII digits only, a faster search: from every place
/// in any text, it must find the digit, ASCII or superscript, that a search for every digit finds.
/// </summary>
public sealed class FootnoteMarkerResolverPropertyTests
{
    private static readonly SearchValues<char> EveryDigit = SearchValues.Create("0123456789" + SuperscriptDigits.All);

    /// <summary>Digits of both kinds, the characters next to them in a draft, and others outside ASCII that are not digits.</summary>
    private static readonly Gen<char> Characters = Gen.OneOf(
        Gen.Char["0123456789"],
        Gen.Char[SuperscriptDigits.All],
        Gen.Char["aZ .,;:()[]^/-\n\r\t"],
        Gen.Char["\u00B4\u00B5\u00B8\u00BA\u2071\u2072\u2073\u207A\u2019\u201C\u2013\u00E9\u00A0"],
        Gen.Char);

    [Fact]
    public void The_digits_searched_for_are_found_where_a_search_for_every_digit_finds_them()
    {
        Characters.Array[0, 80].Select(chars => new string(chars)).Sample(text =>
        {
            SearchValues<char> digits = FootnoteMarkerResolver.DigitsIn(text);
            for (int from = 0; from <= text.Length; from++)
            {
                Assert.Equal(text.AsSpan(from).IndexOfAny(EveryDigit), text.AsSpan(from).IndexOfAny(digits));
            }
        });
    }
}
