using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Resolint.Core.Corpus;

namespace Resolint.Core.Rules.Language;

/// <summary>
/// Finds the variants a convention model corrects ("program", "Secretary General") as whole words, in one
/// pass over a text. Built once per model and kept with it, so checking a draft costs one scan of its text
/// whatever the size of the corpus.
/// </summary>
internal sealed class SpellingMatcher
{
    private static readonly ConditionalWeakTable<ConventionModel, SpellingMatcher> Cache = [];

    private readonly Regex? _variants;

    /// <summary>Variants as the model writes them: an entry for "Program" says how to mend "Program".</summary>
    private readonly Dictionary<string, Spelling> _exact = new(StringComparer.Ordinal);

    /// <summary>Variants in any case, the lower-case entry first: "program" also answers for "PROGRAM".</summary>
    private readonly Dictionary<string, Spelling> _anyCase = new(StringComparer.OrdinalIgnoreCase);

    private SpellingMatcher(IReadOnlyDictionary<string, Spelling> spellings)
    {
        foreach ((string variant, Spelling spelling) in spellings.OrderBy(s => s.Key.Any(char.IsUpper)))
        {
            string key = variant.Trim();
            if (key.Length > 0 && spelling.Preferred.Length > 0)
            {
                _exact[key] = spelling;
                _anyCase.TryAdd(key, spelling);
            }
        }

        if (_exact.Count == 0)
        {
            return;
        }

        // Longest first, so that "Secretary General" wins over a shorter variant starting the same way.
        IEnumerable<string> alternatives = _anyCase.Keys
            .OrderByDescending(v => v.Length)
            .Select(v => Regex.Escape(v).Replace(@"\ ", " ", StringComparison.Ordinal));

        // Whole words only, and not the tail of a hyphenated word ("Under-Secretary General" is another title).
        _variants = new Regex(
            @"(?<![\p{L}\p{N}\-])(?:" + string.Join('|', alternatives) + @")(?![\p{L}\p{N}])",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }

    public static SpellingMatcher For(ConventionModel model) => Cache.GetValue(model, m => new SpellingMatcher(m.Spellings));

    /// <summary>Every variant in the text, with the corpus's spelling and the form to write here.</summary>
    public IEnumerable<(Match Match, Spelling Spelling, string Replacement)> Find(string text)
    {
        if (_variants is null)
        {
            yield break;
        }

        foreach (Match match in _variants.Matches(text))
        {
            string replacement;
            if (_exact.TryGetValue(match.Value, out Spelling? spelling))
            {
                replacement = spelling.Preferred;
            }
            else if (_anyCase.TryGetValue(match.Value, out spelling))
            {
                replacement = KeepCapitals(match.Value, spelling.Preferred);
            }
            else
            {
                continue;
            }

            if (!string.Equals(replacement, match.Value, StringComparison.Ordinal))
            {
                yield return (match, spelling, replacement);
            }
        }
    }

    /// <summary>
    /// A fixed form with capitals of its own ("Secretary-General", "Member States") is written as the corpus
    /// writes it; a plain word keeps the capitals of the word it replaces ("Program" → "Programme").
    /// </summary>
    internal static string KeepCapitals(string written, string preferred)
    {
        if (preferred.Any(char.IsUpper))
        {
            return preferred;
        }

        if (written.Count(char.IsLetter) > 1 && written.Where(char.IsLetter).All(char.IsUpper))
        {
            return preferred.ToUpperInvariant();
        }

        return written.Length > 0 && char.IsUpper(written[0])
            ? char.ToUpperInvariant(preferred[0]) + preferred[1..]
            : preferred;
    }
}
