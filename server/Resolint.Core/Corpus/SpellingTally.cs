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
        foreach ((Text.TextSpan span, int family) in StandardsIn(text))
        {
            CountStandard(family, where(span.Start));
        }

        foreach ((_, (SpellingPair _, int family)) in SpellingScanner.Find(text, Variants, (v, atStart) => !v.Pair.AtSentenceStartOnly || atStart))
        {
            _variantCounts[family]++;
        }
    }

    /// <summary>Where a text writes a family's standard form, and which family.</summary>
    public static IReadOnlyList<(Text.TextSpan Span, int Family)> StandardsIn(string text) => SpellingScanner.Find(text, Standards, AnyPlace);

    /// <inheritdoc cref="StandardsIn(string)"/>
    public static IReadOnlyList<(Text.TextSpan Span, int Family)> StandardsIn(ScannedText scanned) => SpellingScanner.Find(scanned, Standards, AnyPlace);

    private static readonly Func<int, bool, bool> AnyPlace = static (_, _) => true;

    /// <summary>Counts one standard form of a family, written at <paramref name="where"/>.</summary>
    public void CountStandard(int family, SourceRef where)
    {
        _standardCounts[family]++;
        (_standardSeen[family] ??= []).Add(where);
    }

    /// <summary>The families whose standard form the counted text writes, as one comparable value: what <see cref="VariantsOfWrittenStandards"/> looks for.</summary>
    public string WrittenFamilies() =>
        string.Join(',', Enumerable.Range(0, _standardCounts.Length).Where(family => _standardCounts[family] > 0));

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
    /// The variants of every family whose standard form the counted text writes, whatever else it writes: a text
    /// that writes "labour" wrote "labor" by slip. For a draft, read beside the corpus's spellings.
    /// </summary>
    public SpellingTable<Spelling> VariantsOfWrittenStandards()
    {
        var spellings = new Dictionary<string, Spelling>(StringComparer.Ordinal);
        for (int family = 0; family < EditorialSpellings.Families.Count; family++)
        {
            if (_standardCounts[family] == 0)
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

        // Screened by the fingerprints of every variant: a table per check, without a fingerprint array of its own.
        return Variants.Sharing(spellings);
    }

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
