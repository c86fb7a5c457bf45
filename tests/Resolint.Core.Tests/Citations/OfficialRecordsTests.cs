using Resolint.Core.Citations;
using Resolint.Core.Drafts;
using Resolint.Core.Text;

namespace Resolint.Core.Tests.Citations;

public class OfficialRecordsTests
{
    private static OfficialRecordsReference Single(string source, int sourceStart = 0)
    {
        IReadOnlyList<Citation> found = CitationScanner.Scan(ReaderText.From(source, sourceStart), Organs.GeneralAssembly);
        return Assert.IsType<OfficialRecordsReference>(Assert.Single(found));
    }

    [Fact]
    public void Reads_an_Assembly_record_with_corrigendum()
    {
        const string source = "See Official Records of the General Assembly, Sixty-seventh Session, Supplement No. 53 and corrigendum (A/67/53 and Corr.1), chap. IV, sect. A.";
        OfficialRecordsReference r = Single(source);

        Assert.Equal("Official Records of the General Assembly, Sixty-seventh Session, Supplement No. 53 and corrigendum (A/67/53 and Corr.1)", r.Text);
        Assert.Equal(Organs.GeneralAssembly, r.Organ);
        Assert.Equal("Sixty-seventh", r.SessionOrdinal);
        Assert.Equal("Sixty-seventh", ReaderText.Covered(source, r.SessionOrdinalSpan!.Value));
        Assert.Equal(67, r.Session);
        Assert.Null(r.Year);
        Assert.Equal("53", r.Supplement);
        Assert.False(r.SupplementWithoutNo);
        Assert.Equal("Supplement No. 53", ReaderText.Covered(source, r.SupplementSpan!.Value));
        Assert.Equal("Official Records of the General Assembly, Sixty-seventh Session, Supplement No. 53", ReaderText.Covered(source, r.TitleSpan!.Value));
        Assert.Equal("A/67/53", r.Symbol?.Symbol);
        Assert.Equal("A/67/53 and Corr.1", r.Symbol?.Text);
        Assert.Equal(67, r.Symbol?.Session);
        Assert.False(r.IsIbid);
        Assert.Equal(CitationKind.OfficialRecords, r.Kind);
    }

    [Fact]
    public void Reads_an_Economic_and_Social_Council_record_by_year()
    {
        OfficialRecordsReference r = Single("See Official Records of the Economic and Social Council, 2005, Supplement No. 3 and corrigenda (E/2005/23 and Corr.1 and 2), chap. II, sect. A.");

        Assert.Equal(Organs.EconomicAndSocialCouncil, r.Organ);
        Assert.Equal(2005, r.Year);
        Assert.Null(r.SessionOrdinal);
        Assert.Null(r.Session);
        Assert.Equal("3", r.Supplement);
        Assert.Equal("E/2005/23", r.Symbol?.Symbol);
        Assert.Equal("E/2005/23 and Corr.1 and 2", r.Symbol?.Text);
        Assert.EndsWith("(E/2005/23 and Corr.1 and 2)", r.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Keeps_every_symbol_in_the_brackets()
    {
        OfficialRecordsReference r = Single("See Official Records of the Economic and Social Council, 2005, Supplement No. 3 and corrigenda (E/2005/23, E/2005/23/Corr.1 and E/2005/23/Corr.2), chap. II, sect. A.");

        Assert.Equal(["E/2005/23", "E/2005/23/Corr.1", "E/2005/23/Corr.2"], r.Symbols.Select(s => s.Symbol));
        Assert.Equal("E/2005/23", r.Symbol?.Symbol);
    }

    [Fact]
    public void Reads_ibid_with_a_session_and_supplement()
    {
        const string source = "Ibid., Sixty-eighth Session, Supplement No. 53 (A/68/53), chap. V, sect. A.";
        OfficialRecordsReference r = Single(source);

        Assert.True(r.IsIbid);
        Assert.Null(r.Organ);
        Assert.Null(r.TitleSpan);
        Assert.Equal(68, r.Session);
        Assert.Equal("53", r.Supplement);
        Assert.Equal("A/68/53", r.Symbol?.Symbol);
        Assert.Equal("Ibid., Sixty-eighth Session, Supplement No. 53 (A/68/53)", r.Text);
    }

    [Fact]
    public void Reads_ibid_without_a_supplement()
    {
        OfficialRecordsReference r = Single("Ibid., Seventy-first Session (A/71/53), chap. IV, sect. A.");

        Assert.Equal(71, r.Session);
        Assert.Null(r.Supplement);
        Assert.Null(r.SupplementSpan);
        Assert.Equal("A/71/53", r.Symbol?.Symbol);
    }

    [Fact]
    public void Notes_a_supplement_without_No()
    {
        const string source = "See Official Records of the General Assembly, Sixty-sixth Session, Supplement 53 (A/66/53), chap. II, sect. A.";
        OfficialRecordsReference r = Single(source);

        Assert.True(r.SupplementWithoutNo);
        Assert.Equal("53", r.Supplement);
        Assert.Equal("Supplement 53", ReaderText.Covered(source, r.SupplementSpan!.Value));
    }

    [Fact]
    public void Maps_an_italic_title_with_a_lettered_supplement_to_the_source()
    {
        const string source = "¹ See *Official Records of the General Assembly, Seventy-third Session, Supplement No. 53A (A/73/53/Add.1)*, chap. III.";
        const int fileOffset = 4321;
        InlineText text = ReaderText.From(source, fileOffset);
        var r = Assert.IsType<OfficialRecordsReference>(Assert.Single(CitationScanner.Scan(text, Organs.GeneralAssembly)));

        Assert.Equal("53A", r.Supplement);
        Assert.Equal(73, r.Session);
        Assert.Equal("A/73/53/Add.1", r.Symbol?.Symbol);
        Assert.Equal("A/73/53/Add.1", ReaderText.Covered(source, r.Symbol!.Span, fileOffset));
        Assert.Equal("Official Records of the General Assembly, Seventy-third Session, Supplement No. 53A (A/73/53/Add.1)", ReaderText.Covered(source, r.Span, fileOffset));

        // A rule checking the title's italics maps the source span back to the reader's text.
        int titleStart = text.FromSourceOffset(r.TitleSpan!.Value.Start);
        int titleEnd = text.FromSourceOffset(r.TitleSpan.Value.End - 1) + 1;
        Assert.True(text.IsItalic(TextSpan.FromBounds(titleStart, titleEnd)));
    }

    [Fact]
    public void Reads_a_numeric_session_ordinal()
    {
        OfficialRecordsReference r = Single("See Official Records of the General Assembly, 67th Session, Supplement No. 53 (A/67/53).");

        Assert.Equal("67th", r.SessionOrdinal);
        Assert.Equal(67, r.Session);
    }

    [Fact]
    public void Keeps_an_unknown_ordinal_as_written()
    {
        OfficialRecordsReference r = Single("See Official Records of the General Assembly, Sixty-sevent Session, Supplement No. 53 (A/67/53).");

        Assert.Equal("Sixty-sevent", r.SessionOrdinal);
        Assert.Null(r.Session);
    }

    [Fact]
    public void A_bare_ibid_is_not_a_record()
    {
        Assert.Empty(CitationScanner.Scan(ReaderText.From("Ibid."), Organs.GeneralAssembly));
        Assert.Empty(CitationScanner.Scan(ReaderText.From("Ibid., para. 10."), Organs.GeneralAssembly));
    }

    [Fact]
    public void Brackets_that_hold_no_symbol_stay_outside_the_record()
    {
        OfficialRecordsReference r = Single("See Official Records of the General Assembly, Eightieth Session, Supplement No. 53 (forthcoming).");

        Assert.Empty(r.Symbols);
        Assert.Equal("Official Records of the General Assembly, Eightieth Session, Supplement No. 53", r.Text);
    }

    [Fact]
    public void Official_Records_running_into_a_sentence_is_not_a_title() =>
        Assert.Empty(CitationScanner.Scan(ReaderText.From("the Official Records of the Assembly are published in six languages"), Organs.GeneralAssembly));
}
