using Resolint.Core.Citations;

namespace Resolint.Core.Tests.Citations;

public class RomanNumeralsTests
{
    [Theory]
    [InlineData(1, "I")]
    [InlineData(3, "III")]
    [InlineData(4, "IV")]
    [InlineData(9, "IX")]
    [InlineData(21, "XXI")]
    [InlineData(30, "XXX")]
    [InlineData(42, "XLII")]
    [InlineData(99, "XCIX")]
    [InlineData(150, "CL")]
    public void Formats_and_reads(int value, string numeral)
    {
        Assert.Equal(numeral, RomanNumerals.Format(value));
        Assert.True(RomanNumerals.TryParse(numeral, out int read));
        Assert.Equal(value, read);
    }

    [Fact]
    public void Round_trips_every_session_number()
    {
        for (int n = 1; n <= 150; n++)
        {
            Assert.True(RomanNumerals.TryParse(RomanNumerals.Format(n), out int read));
            Assert.Equal(n, read);
        }
    }

    [Theory]
    [InlineData("IIII")]
    [InlineData("VX")]
    [InlineData("IC")]
    [InlineData("xxi")]
    [InlineData("XXIA")]
    [InlineData("")]
    [InlineData(null)]
    public void Reads_only_canonical_numerals(string? numeral) => Assert.False(RomanNumerals.TryParse(numeral, out _));

    [Fact]
    public void Refuses_to_format_what_has_no_numeral()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => RomanNumerals.Format(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => RomanNumerals.Format(RomanNumerals.Max + 1));
    }
}
