using Resolint.Core.Citations;

namespace Resolint.Core.Tests.Citations;

public class DocumentSymbolsTests
{
    [Theory]
    [InlineData("A/68/208")]
    [InlineData("A/HRC/23/27")]
    [InlineData("A/HRC/RES/17/4")]
    [InlineData("A/HRC/RES/S-28/1")]
    [InlineData("A/ES-10/L.22")]
    [InlineData("A/RES/ES-11/1")]
    [InlineData("A/S-27/19/Rev.1")]
    [InlineData("A/55/305-S/2000/809")]
    [InlineData("A/73/78-E/2018/54")]
    [InlineData("A/HRC/WG.6/30/L.1")]
    [InlineData("E/CN.4/Sub.2/2005/1")]
    [InlineData("A/RES/68/171")]
    [InlineData("E/2005/23")]
    [InlineData("E/2005/23/Corr.1")]
    [InlineData("A/CONF.157/24 (Part I)")]
    [InlineData("S/PRST/1994/16")]
    [InlineData("S/2020/1234")]
    [InlineData("A/53/500/Add.1")]
    [InlineData("A/C.3/78/L.60/Rev.1")]
    [InlineData("A/AC.278/2016/2")]
    [InlineData("E/CN.4/2005/L.10")]
    [InlineData("E/C.12/GC/25")]
    [InlineData("CCPR/C/GC/36")]
    [InlineData("ST/SGB/2003/13")]
    public void Accepts_well_formed_symbols(string symbol)
    {
        Assert.True(DocumentSymbols.IsWellFormed(symbol, out string reason), reason);
        Assert.Empty(reason);
    }

    [Theory]
    [InlineData("A/68//208", "two slashes in a row")]
    [InlineData("A/HRC/23/", "ends with a slash")]
    [InlineData("/68/208", "not a slash")]
    [InlineData("a/68/208", "written in capitals: \"A/…\"")]
    [InlineData("A/68/ 208", "no spaces")]
    [InlineData("A/68/208/add.1", "Write \"Add.1\", not \"add.1\"")]
    [InlineData("A/C.3/78/L60", "Write \"L.60\", not \"L60\"")]
    [InlineData("A/53/500/Add", "\"Add\" needs its number")]
    [InlineData("A/HRC.1/23/27", "\"HRC\" takes no number")]
    [InlineData("A/C.7/78/L.1", "A/C.1 to A/C.6")]
    [InlineData("A/Add.1", "follows the number")]
    [InlineData("A/HRC", "no document number")]
    [InlineData("A", "parts after the organ")]
    [InlineData("HIV/AIDS", "not the start")]
    [InlineData("A/68/208#", "not a part of a document symbol")]
    [InlineData("A/68/0208", "without the leading zero")]
    [InlineData("A/CONF.157/24(Part I)", "(Part I)")]
    [InlineData("A/CONF.157/24 (Part IIII)", "not a Roman numeral")]
    [InlineData("", "empty")]
    public void Explains_what_is_wrong(string symbol, string reasonSays)
    {
        Assert.False(DocumentSymbols.IsWellFormed(symbol, out string reason));
        Assert.Contains(reasonSays, reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("A/HRC/23/27", "A/HRC", 23)]
    [InlineData("A/RES/68/171", "A", 68)]
    [InlineData("S/PRST/1994/16", "S", 1994)]
    [InlineData("A/CONF.157/24 (Part I)", "A/CONF.157", null)]
    [InlineData("A/HRC/RES/S-28/1", "A/HRC", null)]
    public void Describes_series_and_session(string symbol, string series, int? session) =>
        Assert.Equal((series, session), DocumentSymbols.Describe(symbol));
}
