using Resolint.Core.Citations;

namespace Resolint.Core.Tests.Citations;

public class OrdinalsTests
{
    [Theory]
    [InlineData(1, "first")]
    [InlineData(12, "twelfth")]
    [InlineData(20, "twentieth")]
    [InlineData(42, "forty-second")]
    [InlineData(67, "sixty-seventh")]
    [InlineData(74, "seventy-fourth")]
    [InlineData(99, "ninety-ninth")]
    [InlineData(100, "one hundredth")]
    [InlineData(101, "one hundred and first")]
    [InlineData(120, "one hundred and twentieth")]
    public void Writes_sessions_in_words(int number, string words) => Assert.Equal(words, Ordinals.ToWords(number));

    [Fact]
    public void Capitalises_for_a_title() => Assert.Equal("Sixty-seventh", Ordinals.ToWords(67, capitalised: true));

    [Theory]
    [InlineData("Sixty-seventh", 67)]
    [InlineData("SEVENTY-FOURTH", 74)]
    [InlineData("seventieth", 70)]
    [InlineData("First", 1)]
    [InlineData("sixty seventh", 67)]
    [InlineData("One hundredth", 100)]
    [InlineData("one hundred and first", 101)]
    [InlineData("one hundred first", 101)]
    public void Reads_words_in_any_case(string words, int number)
    {
        Assert.True(Ordinals.TryParseWords(words, out int read));
        Assert.Equal(number, read);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Sixty")]
    [InlineData("Sixty-sevent")]
    [InlineData("seventh-sixty")]
    [InlineData("twenty-tenth")]
    [InlineData("one hundredth first")]
    [InlineData("Session")]
    [InlineData(null)]
    public void Rejects_what_is_no_ordinal(string? words) => Assert.False(Ordinals.TryParseWords(words, out _));

    [Fact]
    public void Words_round_trip_for_every_session_up_to_the_limit()
    {
        for (int n = 1; n <= Ordinals.MaxWords; n++)
        {
            Assert.True(Ordinals.TryParseWords(Ordinals.ToWords(n, capitalised: n % 2 == 0), out int read));
            Assert.Equal(n, read);
        }
    }

    [Theory]
    [InlineData(1, "1st")]
    [InlineData(2, "2nd")]
    [InlineData(3, "3rd")]
    [InlineData(4, "4th")]
    [InlineData(11, "11th")]
    [InlineData(12, "12th")]
    [InlineData(13, "13th")]
    [InlineData(21, "21st")]
    [InlineData(42, "42nd")]
    [InlineData(70, "70th")]
    [InlineData(73, "73rd")]
    [InlineData(111, "111th")]
    [InlineData(112, "112th")]
    public void Gives_the_suffix(int number, string written) => Assert.Equal(written, Ordinals.WithSuffix(number));

    [Theory]
    [InlineData("70th", 70)]
    [InlineData("42nd", 42)]
    [InlineData("71th", 71)]
    public void Reads_numeric_ordinals_even_with_a_wrong_suffix(string written, int number)
    {
        Assert.True(Ordinals.TryParseNumeric(written, out int read));
        Assert.Equal(number, read);
        Assert.Equal(written == Ordinals.WithSuffix(number), written != "71th");
    }

    [Theory]
    [InlineData("70")]
    [InlineData("th")]
    [InlineData("70xx")]
    [InlineData("0th")]
    [InlineData("7 0th")]
    public void Rejects_what_is_no_numeric_ordinal(string written) => Assert.False(Ordinals.TryParseNumeric(written, out _));
}
