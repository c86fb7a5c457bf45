using Resolint.Core.Citations;

namespace Resolint.Core.Tests.Citations;

public class WordsTests
{
    /// <summary>Lowered as <see cref="string.ToLowerInvariant()"/> lowers, whether the ASCII shortcut takes the word or not.</summary>
    [Theory]
    [InlineData("Recalling")]
    [InlineData("requests")]
    [InlineData("SECRETARY-GENERAL")]
    [InlineData("")]
    [InlineData("Ébauche")]
    [InlineData("Reaffirms\u00A0ALSO")]
    [InlineData("\u212Aelvin")]
    [InlineData("ΔΙΑΣΚΕΨΗ")]
    public void Lowers_as_the_invariant_culture_does(string word)
    {
        Assert.Equal(word.ToLowerInvariant(), Words.Lower(word));
        Assert.Equal(word.ToLowerInvariant(), Words.Lower(word.AsSpan()));
    }

    [Fact]
    public void A_word_already_in_lower_case_ASCII_is_kept_as_it_is()
    {
        string word = "decides";
        Assert.Same(word, Words.Lower(word));
    }
}
