namespace Resolint.Core.Corpus;

/// <summary>Where a learned convention was seen: a corpus file and a 1-based line.</summary>
public sealed record SourceRef(string File, int Line);

/// <summary>An opener or verb the corpus uses, how often, and where.</summary>
public sealed record LexiconEntry(string Text, int Count, IReadOnlyList<SourceRef> Seen);

/// <summary>A resolution the corpus adopts or cites.</summary>
public sealed record CatalogueEntry(string Number)
{
    /// <summary>"General Assembly", "Human Rights Council", "Security Council", …; null when the corpus does not say.</summary>
    public string? Organ { get; init; }

    /// <summary>"19 December 2011", as the corpus writes it; null when the corpus never dates it.</summary>
    public string? AdoptionDate { get; init; }

    public string? Title { get; init; }

    /// <summary>The corpus file that holds the resolution itself, when it does.</summary>
    public string? File { get; init; }

    /// <summary>The opening of its text (first paragraphs), when the corpus holds it.</summary>
    public string? Opening { get; init; }

    /// <summary>Every place the corpus mentions it.</summary>
    public IReadOnlyList<SourceRef> Seen { get; init; } = [];
}

/// <summary>A spelling or fixed form the corpus uses, and the variant it corrects ("program" → "programme").</summary>
public sealed record Spelling(string Variant, string Preferred, int Count, IReadOnlyList<SourceRef> Seen);

/// <summary>How the corpus treats italics for one kind of opening words.</summary>
public sealed record ItalicsHabit(int Italic, int Plain, int MarkdownParagraphs)
{
    /// <summary>True when the corpus's Markdown texts italicise these words (plain text cannot show italics).</summary>
    public bool Required => MarkdownParagraphs > 0 && Italic * 2 > MarkdownParagraphs;
}

/// <summary>
/// The conventions learned from a corpus. Built once per corpus by the <see cref="ConventionLearner"/>;
/// read, never written, by the checker, completion and hover. Look-ups are by dictionary, so their cost
/// does not grow with the corpus.
/// </summary>
public sealed class ConventionModel
{
    public static ConventionModel Empty { get; } = new();

    /// <summary>The corpus files learned from.</summary>
    public IReadOnlyList<string> Files { get; init; } = [];

    /// <summary>Preambular openers, most used first.</summary>
    public IReadOnlyList<LexiconEntry> PreambularOpeners { get; init; } = [];

    /// <summary>Operative verb phrases, most used first.</summary>
    public IReadOnlyList<LexiconEntry> OperativeVerbs { get; init; } = [];

    public ItalicsHabit PreambularItalics { get; init; } = new(0, 0, 0);

    public ItalicsHabit OperativeItalics { get; init; } = new(0, 0, 0);

    /// <summary>Resolutions by catalogue key (<see cref="Citations.ResolutionNumber.Key"/>).</summary>
    public IReadOnlyDictionary<string, CatalogueEntry> Catalogue { get; init; } = new Dictionary<string, CatalogueEntry>();

    /// <summary>Variant (lower case) → the form the corpus uses.</summary>
    public IReadOnlyDictionary<string, Spelling> Spellings { get; init; } = new Dictionary<string, Spelling>(StringComparer.OrdinalIgnoreCase);
}
