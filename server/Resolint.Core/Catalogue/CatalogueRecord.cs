using System.Globalization;
using Resolint.Core.Citations;
using Resolint.Core.Corpus;

namespace Resolint.Core.Catalogue;

/// <summary>
/// One resolution as the United Nations lists it in its catalogue: symbol, organ, number, title, adoption date
/// and meeting, committee, agenda item and how it was adopted. Read from the UN's JSON-lines extracts or a CSV
/// (<see cref="CatalogueReader"/>); where it came from is kept, so that a disagreement can name both sources.
/// </summary>
public sealed record CatalogueRecord(string Symbol, string Organ, string Key, string Source)
{
    /// <summary>"2019-12-18": a date in ISO 8601, perhaps followed by a time.</summary>
    private const int IsoDateLength = 10;

    /// <summary>The file and line it was read from, without the folders ("GA-78.json:218"): short enough for a message.</summary>
    public string SourceName => Path.GetFileName(Source);

    /// <summary>The number as the organ writes it ("78/218", "2723 (2024)", "ES-10/21", "75/242 B").</summary>
    public required string Number { get; init; }

    /// <summary>The part of a resolution adopted in parts ("B" of "75/242 B"), each a resolution of its own; null for a whole one.</summary>
    public string? Part { get; init; }

    public string? Title { get; init; }

    /// <summary>
    /// True for a part the UN lists together with others under one entry ("A/RES/75/101 A-B"): its
    /// <see cref="Title"/> is theirs together (the question's title and every part's), not the part's own.
    /// </summary>
    public bool ListedWithOtherParts { get; init; }

    /// <summary>"19 December 2023", as citations write it; null when the catalogue gives no valid date.</summary>
    public string? AdoptionDate { get; init; }

    /// <summary>"50th plenary meeting".</summary>
    public string? Meeting { get; init; }

    /// <summary>"Third Committee", "Without reference to a Main Committee".</summary>
    public string? Committee { get; init; }

    /// <summary>"Agenda item 71 (b)", with its name where the catalogue gives it.</summary>
    public string? AgendaItem { get; init; }

    public string? AgendaItemName { get; init; }

    /// <summary>"Without a vote", "By a recorded vote".</summary>
    public string? AdoptionType { get; init; }

    public int? InFavour { get; init; }

    public int? Against { get; init; }

    public int? Abstaining { get; init; }

    /// <summary>How it was adopted, in words: "without a vote", "by a recorded vote of 120 to 10, with 15 abstentions".</summary>
    public string? HowAdopted =>
        AdoptionType is null ? null
        : InFavour is > 0 && Against is { } against && Abstaining is { } abstaining
            ? string.Create(CultureInfo.InvariantCulture, $"{AdoptionType.ToLowerInvariant()} of {InFavour} to {against}, with {abstaining} abstentions")
            : AdoptionType.ToLowerInvariant();

    /// <summary>
    /// The organ and the catalogue key of a resolution symbol ("A/RES/78/218" → General Assembly, "78/218"): the
    /// organ is the body of the lexicon whose symbol series the symbol starts with, before "/RES/". Null when the
    /// symbol names no resolution of a body the lexicon knows.
    /// </summary>
    public static (string Organ, string Key, string Number, string? Part)? Identify(string symbol)
    {
        int res = symbol.IndexOf("/RES/", StringComparison.Ordinal);
        if (res <= 0 || CatalogueKey.OfSymbol(symbol) is not { } key)
        {
            return null;
        }

        string series = symbol[..res];
        string number = symbol[(res + "/RES/".Length)..].Trim();
        Body? body = Lexicon.Bodies.FirstOrDefault(b => b.Symbols.Contains(series, StringComparer.Ordinal));
        string? part = ResolutionNumbers.TryParse(number, out ResolutionNumber parsed) ? parsed.Part : null;
        return body is null ? null : (body.Name, key, number, part);
    }

    /// <summary>
    /// A catalogue's date as citations write it, or null when it is none ("N.A.", empty, impossible). The UN's
    /// extracts write "19 December 2023", some with a no-break space, and some (the seventy-fourth session's)
    /// "2019-12-18 00:00:00".
    /// </summary>
    public static string? DateOf(string? text)
    {
        string? trimmed = text?.Trim();
        if (CitationDates.TryParse(trimmed, out DateOnly date))
        {
            return CitationDates.Format(date);
        }

        return trimmed is { Length: >= IsoDateLength }
            && (trimmed.Length == IsoDateLength || trimmed[IsoDateLength] is ' ' or 'T')
            && DateOnly.TryParseExact(trimmed[..IsoDateLength], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date)
                ? CitationDates.Format(date)
                : null;
    }
}
