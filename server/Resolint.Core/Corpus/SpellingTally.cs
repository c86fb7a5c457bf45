namespace Resolint.Core.Corpus;

/// <summary>
/// Counts, for each family of <see cref="EditorialSpellings"/>, how often the corpus writes the standard form
/// and the variant. A family becomes a learned spelling only where the corpus writes the standard form and
/// never the variant: the corpus, not the table, decides.
/// </summary>
internal sealed class SpellingTally
{
    private static readonly SpellingTable<(SpellingPair Pair, int Family)> Variants = new(BuildVariants());
    private static readonly SpellingTable<int> Standards = new(BuildStandards());

    private readonly int[] _variantCounts = new int[EditorialSpellings.Families.Count];
    private readonly int[] _standardCounts = new int[EditorialSpellings.Families.Count];
    /// <summary>Where each family's standard form was seen; a list only for the families the text writes.</summary>
    private readonly List<SourceRef>?[] _standardSeen = new List<SourceRef>?[EditorialSpellings.Families.Count];

    /// <summary>Counts the forms in a text; <paramref name="where"/> turns a position in it into a corpus place.</summary>
    public void Add(string text, Func<int, SourceRef> where)
    {
        ScannedText scanned = SpellingScanner.Read(text, Screen);
        foreach ((Text.TextSpan span, int family) in StandardsIn(scanned))
        {
            CountStandard(family, where(span.Start));
        }

        foreach ((_, (SpellingPair _, int family)) in SpellingScanner.Find(scanned, Variants, (v, atStart) => !v.Pair.AtSentenceStartOnly || atStart))
        {
            _variantCounts[family]++;
        }
    }

    /// <summary>The words of a text the tally looks at: its standard forms and variants.</summary>
    private static readonly SpellingScreen Screen = new(Variants.Uses, Standards.Uses);

    /// <summary>A screen for a text looked at for the tally's standard forms and variants and for one more table's words.</summary>
    public static SpellingScreen ScreenWith(WordUses table) => new(table, Variants.Uses, Standards.Uses);

    /// <summary>Where a text, read through a screen covering the standard forms (<see cref="ScreenWith"/>), writes a family's standard form, and which family.</summary>
    public static IReadOnlyList<(Text.TextSpan Span, int Family)> StandardsIn(ScannedText scanned) => SpellingScanner.Find(scanned, Standards, accepts: null);

    /// <summary>Counts one standard form of a family, written at <paramref name="where"/>.</summary>
    public void CountStandard(int family, SourceRef where)
    {
        _standardCounts[family]++;
        (_standardSeen[family] ??= []).Add(where);
    }

    public Dictionary<string, Spelling> Build()
    {
        var spellings = new Dictionary<string, Spelling>(StringComparer.Ordinal);
        for (int family = 0; family < EditorialSpellings.Families.Count; family++)
        {
            if (_standardCounts[family] == 0 || _variantCounts[family] > 0)
            {
                continue;
            }

            foreach (SpellingPair pair in EditorialSpellings.Families[family].Pairs)
            {
                spellings[pair.Variant] = new Spelling(pair.Variant, pair.Preferred, _standardCounts[family], _standardSeen[family]!)
                {
                    AtSentenceStartOnly = pair.AtSentenceStartOnly,
                };
            }
        }

        return spellings;
    }

    /// <summary>
    /// The variants of the editorial families in a text read through a screen covering them (<see cref="ScreenWith"/>),
    /// where <paramref name="accepts"/> takes them (given whether a sentence starts there). Each variant belongs to one
    /// family (the lexicon names a variant once), so a draft that writes "labour" finds its "labor" here by family.
    /// </summary>
    public static IReadOnlyList<(Text.TextSpan Span, (SpellingPair Pair, int Family) Variant)> VariantsIn(ScannedText scanned, Func<(SpellingPair Pair, int Family), bool, bool> accepts) =>
        SpellingScanner.Find(scanned, Variants, accepts);

    private static Dictionary<string, (SpellingPair Pair, int Family)> BuildVariants()
    {
        var variants = new Dictionary<string, (SpellingPair, int)>(StringComparer.Ordinal);
        for (int family = 0; family < EditorialSpellings.Families.Count; family++)
        {
            foreach (SpellingPair pair in EditorialSpellings.Families[family].Pairs)
            {
                variants[pair.Variant] = (pair, family);
            }
        }

        return variants;
    }

    /// <summary>Every standard form, capitalised or not ("Programme" in a name is the standard spelling too).</summary>
    private static Dictionary<string, int> BuildStandards()
    {
        var standards = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int family = 0; family < EditorialSpellings.Families.Count; family++)
        {
            foreach (SpellingPair pair in EditorialSpellings.Families[family].Pairs)
            {
                standards[pair.Preferred] = family;
            }
        }

        return standards;
    }
}
