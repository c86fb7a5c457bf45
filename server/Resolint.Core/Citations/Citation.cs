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
public abstract record Citation(CitationKind Kind, TextSpan Span, string Text);

/// <summary>A date as written ("19 December 2011") and, where it is a real date, its parts.</summary>
public sealed record CitationDate(string Text, TextSpan Span, int? Day, int? Month, int? Year)
{
    public bool IsValid => Day is not null && Month is not null && Year is not null;
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

    /// <summary>2007 in 1757 (2007).</summary>
    public int? Year { get; init; }

    /// <summary>A key for the catalogue: the number without its part letter ("57/270", "217 (III)").</summary>
    public string Key { get; init; } = Text;
}

/// <summary>"resolution 66/169 of 19 December 2011", "Council resolution 20/14", "decision 7/1".</summary>
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
    /// "General Assembly", "Security Council", "Commission on Human Rights"); null when none is named.
    /// </summary>
    public string? OrganAsWritten { get; init; }

    /// <summary>The organ the citation resolves to, taking "its resolution" and "Council" into account.</summary>
    public string? Organ { get; init; }
}

/// <summary>A document symbol: "A/HRC/23/27", "A/CONF.157/24 (Part I)", "E/2005/23".</summary>
public sealed record DocumentSymbolCitation(TextSpan Span, string Text, string Symbol)
    : Citation(CitationKind.DocumentSymbol, Span, Text)
{
    /// <summary>The series: "A", "A/HRC", "E", "S", "A/C.3", "A/CONF.157".</summary>
    public string? Series { get; init; }

    /// <summary>The session the symbol names (68 in A/68/208), or the year for E/2005/23.</summary>
    public int? Session { get; init; }
}

/// <summary>
/// "Official Records of the General Assembly, Sixty-seventh Session, Supplement No. 53 (A/67/53)", or the
/// Economic and Social Council's by year; also "Ibid., Sixty-eighth Session, Supplement No. 53 (A/68/53)".
/// </summary>
public sealed record OfficialRecordsReference(TextSpan Span, string Text)
    : Citation(CitationKind.OfficialRecords, Span, Text)
{
    /// <summary>"General Assembly", "Economic and Social Council"; null after "Ibid.".</summary>
    public string? Organ { get; init; }

    /// <summary>"Sixty-seventh" as written.</summary>
    public string? SessionOrdinal { get; init; }

    public TextSpan? SessionOrdinalSpan { get; init; }

    /// <summary>67 for "Sixty-seventh"; null where the ordinal is not a number word.</summary>
    public int? Session { get; init; }

    public int? Year { get; init; }

    /// <summary>"53", "53A", "3"; null when "Supplement No." is missing.</summary>
    public string? Supplement { get; init; }

    /// <summary>True when "Supplement" stands without "No.".</summary>
    public bool SupplementWithoutNo { get; init; }

    public TextSpan? SupplementSpan { get; init; }

    public DocumentSymbolCitation? Symbol { get; init; }

    public bool IsIbid { get; init; }
}

/// <summary>"paragraph 14 above", "paragraphs 3 and 4 below".</summary>
public sealed record ParagraphReference(TextSpan Span, string Text, IReadOnlyList<int> Paragraphs, bool Above)
    : Citation(CitationKind.ParagraphReference, Span, Text);
