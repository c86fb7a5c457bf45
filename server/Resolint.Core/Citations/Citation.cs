using Resolint.Core.Text;

namespace Resolint.Core.Citations;

public enum CitationKind
{
    Resolution,
    Decision,
    DocumentSymbol,
    OfficialRecords,
    ParagraphReference,
}

/// <summary>Something the draft cites. <see cref="Span"/> is in the source text.</summary>
public abstract record Citation(CitationKind Kind, TextSpan Span, string Text)
{
    /// <summary>The same citation standing <paramref name="delta"/> characters further on: every span it holds moves.</summary>
    internal abstract Citation Shifted(int delta);
}

/// <summary>
/// A date as written ("19 December 2011") and, where it is a real date written as the convention wants, its
/// parts. A wrong shape ("19 Dec. 2011", "December 19, 2011") or an impossible date ("31 February 2011") keeps
/// its text and span with null parts; <see cref="CitationDates.IsWellFormed"/> gives the reason and the fix.
/// </summary>
public sealed record CitationDate(string Text, TextSpan Span, int? Day, int? Month, int? Year)
{
    public bool IsValid => Day is not null && Month is not null && Year is not null;

    internal CitationDate Shifted(int delta) => this with { Span = Span.Shifted(delta) };
}

/// <summary>How a resolution or decision number is built, which tells its organ and era.</summary>
public enum NumberShape
{
    /// <summary>"66/169", "57/270 B", "5/1": session/number (General Assembly from its thirty-first session, Human Rights Council).</summary>
    SessionSlash,

    /// <summary>"2005/74": year/number (Commission on Human Rights, Economic and Social Council).</summary>
    YearSlash,

    /// <summary>"S-8/1": a special session.</summary>
    SpecialSession,

    /// <summary>"ES-10/2": an emergency special session of the General Assembly.</summary>
    EmergencySpecialSession,

    /// <summary>"217 A (III)", "3363 (XXX)": number and session in Roman numerals (General Assembly before 1976).</summary>
    RomanSession,

    /// <summary>"1757 (2007)": number and year (Security Council).</summary>
    YearInBrackets,
}

/// <summary>
/// A resolution or decision number as written: "66/169", "57/270 B", "217 A (III)", "S-8/1", "ES-10/2",
/// "1757 (2007)", "2005/74", "31/301".
/// </summary>
public sealed record ResolutionNumber(string Text)
{
    /// <summary>"66" in 66/169, "S-8" in S-8/1, "2005" in 2005/74; null for "217 A (III)" and "1757 (2007)".</summary>
    public string? Prefix { get; init; }

    /// <summary>169 in 66/169; 217 in 217 A (III); 1757 in 1757 (2007).</summary>
    public int Sequence { get; init; }

    /// <summary>"A" in 217 A (III) or 57/270 B.</summary>
    public string? Part { get; init; }

    /// <summary>"III" in 217 A (III).</summary>
    public string? RomanSession { get; init; }

    /// <summary>2007 in 1757 (2007); 2005 in 2005/74.</summary>
    public int? Year { get; init; }

    /// <summary>The session the number names: 66 in 66/169, 8 in S-8/1, 3 in 217 A (III); null for year shapes.</summary>
    public int? Session { get; init; }

    public NumberShape Shape { get; init; }

    /// <summary>A key for the catalogue: the number without its part letter ("57/270", "217 (III)").</summary>
    public string Key { get; init; } = Text;
}

/// <summary>
/// "resolution 66/169 of 19 December 2011", "Council resolution 20/14", "decision 7/1". A list
/// ("resolutions 62/152 of 18 December 2007, 64/163 and 66/164") gives one citation per number: the first
/// spans from the organ (or the word "resolutions") to its date, each later one from its number to its date.
/// A date belongs to the number it follows.
/// </summary>
public sealed record ResolutionCitation(
    TextSpan Span,
    string Text,
    ResolutionNumber Number,
    TextSpan NumberSpan,
    CitationDate? Date,
    bool IsDecision)
    : Citation(IsDecision ? CitationKind.Decision : CitationKind.Resolution, Span, Text)
{
    /// <summary>
    /// The organ named before the word "resolution" as written ("Human Rights Council", "Council",
    /// "General Assembly", "Security Council", "Commission on Human Rights"), or "its" as in "its resolution
    /// 53/144"; null when none is named.
    /// </summary>
    public string? OrganAsWritten { get; init; }

    /// <summary>
    /// The organ the citation resolves to, taking "its resolution" and "Council" into account (see
    /// <see cref="Organs"/> for how); null when the text does not make it clear.
    /// </summary>
    public string? Organ { get; init; }

    /// <summary>
    /// True when no body is named with the number and <see cref="Organ"/> is the one the sentence named earlier
    /// ("Security Council resolutions …, including resolutions 242 (1967)"): likely, not certain, so rules
    /// that judge a number by its organ's numbering leave it alone.
    /// </summary>
    public bool OrganIsInferred { get; init; }

    /// <summary>The title the text quotes after the number (", entitled “The Pact for the Future”"); null when it quotes none.</summary>
    public QuotedTitle? Title { get; init; }

    internal override Citation Shifted(int delta) =>
        this with { Span = Span.Shifted(delta), NumberSpan = NumberSpan.Shifted(delta), Date = Date?.Shifted(delta), Title = Title?.Shifted(delta) };
}

/// <summary>A title as quoted, without its quotation marks ("The Pact for the Future"), and where it stands in the source.</summary>
public sealed record QuotedTitle(string Text, TextSpan Span)
{
    internal QuotedTitle Shifted(int delta) => this with { Span = Span.Shifted(delta) };
}

/// <summary>
/// A document symbol: "A/HRC/23/27", "A/CONF.157/24 (Part I)", "E/2005/23". <see cref="Citation.Text"/>
/// includes corrigenda written after it ("E/2005/23 and Corr.1 and 2"); <see cref="Symbol"/> does not.
/// </summary>
public sealed record DocumentSymbolCitation(TextSpan Span, string Text, string Symbol)
    : Citation(CitationKind.DocumentSymbol, Span, Text)
{
    /// <summary>The series: "A", "A/HRC", "E", "S", "A/C.3", "A/CONF.157" (document types such as RES and PRST are not part of it).</summary>
    public string? Series { get; init; }

    /// <summary>The session the symbol names (68 in A/68/208), or the year for E/2005/23.</summary>
    public int? Session { get; init; }

    internal override Citation Shifted(int delta) => this with { Span = Span.Shifted(delta) };
}

/// <summary>
/// "Official Records of the General Assembly, Sixty-seventh Session, Supplement No. 53 (A/67/53)", or the
/// Economic and Social Council's by year; also "Ibid., Sixty-eighth Session, Supplement No. 53 (A/68/53)".
/// The span runs from "Official Records" or "Ibid." (not "See") to the closing bracket of the symbols; the
/// symbols inside are part of this record and are not returned again as citations of their own.
/// </summary>
public sealed record OfficialRecordsReference(TextSpan Span, string Text)
    : Citation(CitationKind.OfficialRecords, Span, Text)
{
    /// <summary>"General Assembly", "Economic and Social Council"; null after "Ibid.".</summary>
    public string? Organ { get; init; }

    /// <summary>"Sixty-seventh" as written.</summary>
    public string? SessionOrdinal { get; init; }

    public TextSpan? SessionOrdinalSpan { get; init; }

    /// <summary>67 for "Sixty-seventh" (or "67th"); null where the ordinal is not a number.</summary>
    public int? Session { get; init; }

    public int? Year { get; init; }

    /// <summary>"53", "53A", "3"; null when no supplement is named.</summary>
    public string? Supplement { get; init; }

    /// <summary>True when "Supplement" stands without "No.".</summary>
    public bool SupplementWithoutNo { get; init; }

    /// <summary>From "Supplement" to the end of its number ("Supplement No. 53A").</summary>
    public TextSpan? SupplementSpan { get; init; }

    /// <summary>
    /// The publication's title, which the convention italicises: from "Official Records" to the supplement
    /// number (or the session when there is none); null after "Ibid.".
    /// </summary>
    public TextSpan? TitleSpan { get; init; }

    /// <summary>The first symbol in the brackets: "A/67/53" in "(A/67/53 and Corr.1)".</summary>
    public DocumentSymbolCitation? Symbol => Symbols.Count > 0 ? Symbols[0] : null;

    /// <summary>Every symbol in the brackets: "(E/2005/23, E/2005/23/Corr.1 and E/2005/23/Corr.2)" has three.</summary>
    public IReadOnlyList<DocumentSymbolCitation> Symbols { get; init; } = [];

    public bool IsIbid { get; init; }

    internal override Citation Shifted(int delta) => this with
    {
        Span = Span.Shifted(delta),
        SessionOrdinalSpan = SessionOrdinalSpan?.Shifted(delta),
        SupplementSpan = SupplementSpan?.Shifted(delta),
        TitleSpan = TitleSpan?.Shifted(delta),
        Symbols = Symbols.Select(symbol => (DocumentSymbolCitation)symbol.Shifted(delta)).ToList(),
    };
}

/// <summary>
/// "paragraph 14 above", "paragraphs 3 and 4 below", "paragraphs 3 to 5 above". Only references with a
/// direction are citations: "paragraph 14 of the present resolution" and "referred to in paragraph 14" are not,
/// since the convention concerns only whether "above" and "below" point the right way.
/// </summary>
public sealed record ParagraphReference(TextSpan Span, string Text, IReadOnlyList<int> Paragraphs, bool Above)
    : Citation(CitationKind.ParagraphReference, Span, Text)
{
    internal override Citation Shifted(int delta) => this with { Span = Span.Shifted(delta) };
}
