using Resolint.Core.Citations;

namespace Resolint.Core.Tests.Citations;

public class DocumentSymbolCitationTests
{
    private static List<DocumentSymbolCitation> Symbols(string source) =>
        CitationScanner.Scan(ReaderText.From(source), Organs.GeneralAssembly).OfType<DocumentSymbolCitation>().ToList();

    [Theory]
    [InlineData("A/68/208", "A", 68)]
    [InlineData("A/HRC/23/27", "A/HRC", 23)]
    [InlineData("A/HRC/RES/17/4", "A/HRC", 17)]
    [InlineData("A/RES/68/171", "A", 68)]
    [InlineData("S/PRST/1994/16", "S", 1994)]
    [InlineData("A/53/500/Add.1", "A", 53)]
    [InlineData("A/68/456/Add.2", "A", 68)]
    [InlineData("A/C.3/78/L.60/Rev.1", "A/C.3", 78)]
    [InlineData("A/AC.278/2016/2", "A/AC.278", 2016)]
    [InlineData("E/CN.4/2005/L.10", "E/CN.4", 2005)]
    [InlineData("A/HRC/20/9", "A/HRC", 20)]
    [InlineData("E/2005/23", "E", 2005)]
    [InlineData("A/CONF.157/24 (Part I)", "A/CONF.157", null)]
    [InlineData("CCPR/C/GC/36", "CCPR/C", null)]
    public void Reads_a_symbol_with_its_series_and_session(string symbol, string series, int? session)
    {
        string source = $"See {symbol}, chap. III.";
        DocumentSymbolCitation c = Assert.Single(Symbols(source));

        Assert.Equal(symbol, c.Symbol);
        Assert.Equal(symbol, c.Text);
        Assert.Equal(series, c.Series);
        Assert.Equal(session, c.Session);
        Assert.Equal(symbol, ReaderText.Covered(source, c.Span));
        Assert.Equal(CitationKind.DocumentSymbol, c.Kind);
    }

    [Fact]
    public void Keeps_corrigenda_in_the_text_but_not_in_the_symbol()
    {
        DocumentSymbolCitation c = Assert.Single(Symbols("See E/2005/23 and Corr.1 and 2, chap. II."));

        Assert.Equal("E/2005/23", c.Symbol);
        Assert.Equal("E/2005/23 and Corr.1 and 2", c.Text);
    }

    [Fact]
    public void Leaves_the_full_stop_of_a_sentence_out_of_the_symbol()
    {
        DocumentSymbolCitation c = Assert.Single(Symbols("A/HRC/23/27."));

        Assert.Equal("A/HRC/23/27", c.Symbol);
    }

    [Fact]
    public void Reads_each_symbol_of_a_list()
    {
        List<DocumentSymbolCitation> found = Symbols("See A/63/288, A/64/226, A/65/223 and A/66/203.");

        Assert.Equal(["A/63/288", "A/64/226", "A/65/223", "A/66/203"], found.Select(c => c.Symbol));
    }

    [Fact]
    public void Maps_a_symbol_inside_escaped_Markdown_brackets_to_the_source()
    {
        const string source = "⁴ [A/CONF.157/24 \\(Part I\\)](#), chap. III.";
        DocumentSymbolCitation c = Assert.Single(Symbols(source));

        Assert.Equal("A/CONF.157/24 (Part I)", c.Symbol);
        Assert.Equal("A/CONF.157/24 \\(Part I\\)", ReaderText.Covered(source, c.Span));
    }

    [Theory]
    [InlineData("the HIV/AIDS epidemic")]
    [InlineData("services available 24/7")]
    [InlineData("States and/or other stakeholders")]
    [InlineData("a S/he pronoun")]
    [InlineData("an A/B comparison")]
    [InlineData("Recalling resolution 66/169 and 5/1,")]
    [InlineData("the report of UNA/68/208")]
    public void Leaves_look_alikes_alone(string source) => Assert.Empty(Symbols(source));

    [Theory]
    [InlineData("See A/68//208.", "A/68//208")]
    [InlineData("See A/HRC/23/ and", "A/HRC/23/")]
    [InlineData("See a/68/208.", "a/68/208")]
    public void Finds_malformed_symbols_so_that_a_rule_can_point_at_them(string source, string symbol)
    {
        DocumentSymbolCitation c = Assert.Single(Symbols(source));

        Assert.Equal(symbol, c.Symbol);
        Assert.False(DocumentSymbols.IsWellFormed(c.Symbol, out _));
    }

    [Fact]
    public void Reads_a_symbol_in_a_report_heading()
    {
        DocumentSymbolCitation c = Assert.Single(Symbols("[on the report of the Third Committee (A/68/456/Add.2)]"));

        Assert.Equal("A/68/456/Add.2", c.Symbol);
    }
}
