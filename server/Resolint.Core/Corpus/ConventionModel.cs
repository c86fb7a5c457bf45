using System.Collections.Frozen;

namespace Resolint.Core.Corpus;

/// <summary>Where a learned convention was seen: a corpus file and a 1-based line.</summary>
public sealed record SourceRef(string File, int Line)
{
    public override string ToString() => $"{File}:{Line}";
}

/// <summary>A form the corpus uses (an opener, a verb, a citation shape), how often, and where.</summary>
public sealed record LexiconEntry(string Text, int Count, IReadOnlyList<SourceRef> Seen)
{
    /// <summary>The plain form of a repeated opener: "Requests" for "Also requests", "Recalling" for "Recalling further".</summary>
    public string Base { get; init; } = Text;
}

/// <summary>A date the corpus gives a resolution, how often, and where.</summary>
public sealed record CatalogueDate(string Date, int Count, IReadOnlyList<SourceRef> Seen);

/// <summary>A resolution the corpus adopts or cites.</summary>
public sealed record CatalogueEntry(string Number)
{
    /// <summary>"General Assembly", "Human Rights Council", "Security Council", …; null when the corpus does not say.</summary>
    public string? Organ { get; init; }

    /// <summary>
    /// "19 December 2011", as the corpus writes it; null when the corpus never dates it. The resolution's own
    /// heading decides when the corpus holds it; otherwise the date the corpus gives most often.
    /// </summary>
    public string? AdoptionDate { get; init; }

    public string? Title { get; init; }

    /// <summary>The corpus file that holds the resolution itself, when it does.</summary>
    public string? File { get; init; }

    /// <summary>The opening of its text (first paragraphs), when the corpus holds it.</summary>
    public string? Opening { get; init; }

    /// <summary>Every place the corpus mentions it.</summary>
    public IReadOnlyList<SourceRef> Seen { get; init; } = [];

    /// <summary>Every date the corpus gives it, the adopted one first; more than one means the corpus disagrees with itself.</summary>
    public IReadOnlyList<CatalogueDate> Dates { get; init; } = [];

    public bool DatesDisagree => Dates.Count > 1;
}

/// <summary>A spelling or fixed form the corpus uses, and the variant it corrects ("program" → "programme").</summary>
public sealed record Spelling(string Variant, string Preferred, int Count, IReadOnlyList<SourceRef> Seen)
{
    /// <summary>A capitalised variant ("Program") is one only at a sentence start: elsewhere it may be part of a name.</summary>
    public bool AtSentenceStartOnly { get; init; }
}

/// <summary>How the corpus treats italics for one kind of opening words.</summary>
public sealed record ItalicsHabit(int Italic, int Plain, int MarkdownParagraphs)
{
    /// <summary>True when the corpus's Markdown texts italicise these words (plain text cannot show italics).</summary>
    public bool Required => MarkdownParagraphs > 0 && Italic * 2 > MarkdownParagraphs;

    /// <summary>The Markdown paragraphs that show the habit: the italic ones when required, the plain ones otherwise.</summary>
    public IReadOnlyList<SourceRef> Seen { get; init; } = [];
}

/// <summary>
/// The conventions learned from a corpus. Built once per corpus by the <see cref="ConventionLearner"/>;
/// read, never written, by the checker, completion and hover. Look-ups are by dictionary, so their cost
/// does not grow with the corpus.
/// </summary>
public sealed class ConventionModel
{
    private readonly Lazy<ModelIndex> _index;

    public ConventionModel()
    {
        _index = new Lazy<ModelIndex>(() => new ModelIndex(this));
    }

    public static ConventionModel Empty { get; } = new();

    /// <summary>The corpus files learned from.</summary>
    public IReadOnlyList<string> Files { get; init; } = [];

    /// <summary>What could not be read or learned (an unreadable folder, a file with no paragraphs), for the user to see.</summary>
    public IReadOnlyList<string> Problems { get; init; } = [];

    /// <summary>Preambular openers, most used first.</summary>
    public IReadOnlyList<LexiconEntry> PreambularOpeners { get; init; } = [];

    /// <summary>Operative verb phrases, most used first.</summary>
    public IReadOnlyList<LexiconEntry> OperativeVerbs { get; init; } = [];

    public ItalicsHabit PreambularItalics { get; init; } = new(0, 0, 0);

    public ItalicsHabit OperativeItalics { get; init; } = new(0, 0, 0);

    /// <summary>
    /// Resolutions by catalogue key (<see cref="Citations.ResolutionNumber.Key"/>, as <see cref="CatalogueKey.Of"/>
    /// makes it). Where two organs' resolutions share a number, this holds the one the corpus mentions most:
    /// ask <see cref="FindResolution"/> with the organ.
    /// </summary>
    public IReadOnlyDictionary<string, CatalogueEntry> Catalogue { get; init; } = new Dictionary<string, CatalogueEntry>();

    /// <summary>
    /// Variant as written → the form the corpus uses. Case matters: "program" and "Program" are separate
    /// entries, and "Program" counts only at a sentence start (<see cref="Spelling.AtSentenceStartOnly"/>).
    /// </summary>
    public IReadOnlyDictionary<string, Spelling> Spellings { get; init; } = new Dictionary<string, Spelling>(StringComparer.Ordinal);

    /// <summary>How resolutions are cited: "resolution N/N of DATE", "Council resolution N/N", most used first.</summary>
    public IReadOnlyList<LexiconEntry> ResolutionCitationShapes { get; init; } = [];

    /// <summary>Document symbol series cited: "A", "A/HRC", "A/CONF.157", most used first.</summary>
    public IReadOnlyList<LexiconEntry> SymbolSeries { get; init; } = [];

    /// <summary>Organs whose Official Records are cited: "General Assembly", "Economic and Social Council".</summary>
    public IReadOnlyList<LexiconEntry> OfficialRecordsOrgans { get; init; } = [];

    /// <summary>The corpus's entry for a preambular opener as written (spaces folded, any case), or null.</summary>
    public LexiconEntry? FindPreambularOpener(string opener) => _index.Value.Preambular.Find(opener);

    public LexiconEntry? FindOperativeVerb(string verb) => _index.Value.Operative.Find(verb);

    /// <summary>
    /// True when the corpus uses this opener, or its plain form ("Recalling again" is unseen, but "Recalling"
    /// is not). An unknown opener is not a wrong one: <see cref="OpenerGrammar"/> judges those.
    /// </summary>
    public bool IsKnownPreambularOpener(string opener) => _index.Value.Preambular.IsKnown(opener);

    public bool IsKnownOperativeVerb(string verb) => _index.Value.Operative.IsKnown(verb);

    /// <summary>Every form the corpus uses of an opener's plain form: "Recalling", "Recalling also", "Recalling further".</summary>
    public IReadOnlyList<LexiconEntry> PreambularFormsOf(string opener) => _index.Value.Preambular.FormsOf(opener);

    public IReadOnlyList<LexiconEntry> OperativeFormsOf(string verb) => _index.Value.Operative.FormsOf(verb);

    /// <summary>
    /// The catalogue's resolution for a key, when the organs agree (or either is unknown): a rule never
    /// compares a Human Rights Council resolution with the General Assembly's of the same number.
    /// </summary>
    public CatalogueEntry? FindResolution(string key, string? organ = null)
    {
        if (!Catalogue.TryGetValue(key, out CatalogueEntry? entry))
        {
            return null;
        }

        return organ is null || entry.Organ is null || string.Equals(organ, entry.Organ, StringComparison.OrdinalIgnoreCase) ? entry : null;
    }

    /// <summary>The variant spellings in a text (a paragraph's words), with the form the corpus uses instead.</summary>
    public IReadOnlyList<SpellingMatch> FindSpellingVariants(string text) => SpellingScanner.Find(text, _index.Value.Spellings);

    /// <summary>
    /// What a draft's words are read through for its spellings (<see cref="SpellingScanner.Read"/>): the corpus's
    /// variants, and the standard forms and variants of the draft's own tally (<see cref="SpellingTally"/>).
    /// </summary>
    internal SpellingScreen DraftSpellingScreen => _index.Value.DraftSpellingScreen;

    /// <inheritdoc cref="FindSpellingVariants(string)"/>
    internal IReadOnlyList<SpellingMatch> FindSpellingVariants(ScannedText scanned) => SpellingScanner.Find(scanned, _index.Value.Spellings);

    /// <summary>
    /// Where the corpus shows what it knows about a term: an opener or verb ("Recalling", "Also requests"),
    /// a resolution ("68/171", "resolution 66/169", "A/RES/68/171"), a spelling ("program" or "programme"),
    /// or "italics". Empty when the corpus knows nothing of it.
    /// </summary>
    public IReadOnlyList<Evidence> Explain(string term) => ConventionExplainer.Explain(this, term);

    /// <summary>Spellings by their preferred form, lower case: for <see cref="Explain"/>.</summary>
    internal IReadOnlyList<Spelling> SpellingsPreferring(string preferred) =>
        _index.Value.ByPreferred.TryGetValue(preferred, out List<Spelling>? list) ? list : [];

    /// <summary>Look-up tables derived once from the lists above, so building a model stays a matter of setting properties.</summary>
    private sealed class ModelIndex
    {
        public ModelIndex(ConventionModel model)
        {
            Preambular = new LexiconIndex(model.PreambularOpeners);
            Operative = new LexiconIndex(model.OperativeVerbs);
            Spellings = new SpellingTable<Spelling>(model.Spellings);
            DraftSpellingScreen = SpellingTally.ScreenWith(Spellings.Uses);
            ByPreferred = model.Spellings.Values
                .GroupBy(s => s.Preferred, StringComparer.OrdinalIgnoreCase)
                .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.OrdinalIgnoreCase);
        }

        public LexiconIndex Preambular { get; }

        public LexiconIndex Operative { get; }

        public SpellingTable<Spelling> Spellings { get; }

        public SpellingScreen DraftSpellingScreen { get; }

        public Dictionary<string, List<Spelling>> ByPreferred { get; }
    }

    private sealed class LexiconIndex
    {
        private readonly FrozenDictionary<string, LexiconEntry> _byText;
        private readonly FrozenDictionary<string, LexiconEntry[]> _byBase;

        public LexiconIndex(IReadOnlyList<LexiconEntry> entries)
        {
            _byText = entries
                .GroupBy(e => OpenerForms.Normalize(e.Text), StringComparer.OrdinalIgnoreCase)
                .ToFrozenDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
            _byBase = entries
                .GroupBy(e => OpenerForms.Normalize(e.Base), StringComparer.OrdinalIgnoreCase)
                .ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.OrdinalIgnoreCase);
        }

        public LexiconEntry? Find(string text) => _byText.GetValueOrDefault(OpenerForms.Normalize(text));

        public bool IsKnown(string text) => Find(text) is not null || _byBase.ContainsKey(OpenerForms.BaseOf(text));

        public IReadOnlyList<LexiconEntry> FormsOf(string text) => _byBase.GetValueOrDefault(OpenerForms.BaseOf(text)) ?? [];
    }
}
