using Resolint.Core.Corpus;

namespace Resolint.Core.Tests.Corpus;

public sealed class CatalogueKeyTests
{
    [Theory]
    [InlineData("68/171", "68/171")]
    [InlineData(" 68/171 ", "68/171")]
    [InlineData("57/270 B", "57/270")]
    [InlineData("217 A (III)", "217 (III)")]
    [InlineData("217 A  (III)", "217 (III)")]
    [InlineData("2200 A (XXI)", "2200 (XXI)")]
    [InlineData("3363 (XXX)", "3363 (XXX)")]
    [InlineData("1757 (2007)", "1757 (2007)")]
    [InlineData("S-8/1", "S-8/1")]
    [InlineData("S\u20118/1", "S-8/1")]
    [InlineData("ES-10/2", "ES-10/2")]
    [InlineData("2005/74", "2005/74")]
    public void A_number_as_written_gives_its_catalogue_key(string written, string key) => Assert.Equal(key, CatalogueKey.Of(written));

    [Theory]
    [InlineData("A/RES/68/171", "68/171")]
    [InlineData("A/HRC/RES/36/29", "36/29")]
    [InlineData("S/RES/2334 (2016)", "2334 (2016)")]
    [InlineData("A/RES/ES-10/2", "ES-10/2")]
    [InlineData("A/68/208", null)]
    public void A_resolution_symbol_gives_its_catalogue_key(string symbol, string? key) => Assert.Equal(key, CatalogueKey.OfSymbol(symbol));
}
