using CsCheck;
using Resolint.Core.Text;

namespace Resolint.Core.Tests.Parsing;

/// <summary>The doubled space's own search (<see cref="DoubledSpaces"/>) against the string search it stands for.</summary>
public sealed class DoubledSpacesPropertyTests
{
    /// <summary>Spaces single, doubled and tripled among letters, other white space and characters outside ASCII, long enough to cross the searches' vector widths.</summary>
    private static readonly Gen<string> Spaced = Gen.OneOf(
        Gen.String[Gen.Char[" a\n\t’\u00A0"], 0, 80],
        Gen.OneOf("a", "Bc", " ", "  ", "   ", "\n", "’", "\u2003").Array[0, 40].Select(string.Concat));

    [Fact]
    public void Finds_the_first_doubled_space_as_a_string_search_does()
    {
        Spaced.Sample(text => Assert.Equal(text.IndexOf("  ", StringComparison.Ordinal), DoubledSpaces.IndexIn(text)));
    }
}
