using System.Runtime.CompilerServices;
using Resolint.Core.Corpus;
using Resolint.Core.Text;

namespace Resolint.Core.Rules.Language;

/// <summary>A variant found in a text: where it stands, the corpus's spelling, and the words to write instead.</summary>
internal sealed record SpellingVariant(TextSpan Span, string Written, Spelling Spelling, string Replacement);

/// <summary>
/// Finds the variants a convention model corrects ("program", "Secretary General") in a text: every word,
/// and every two words one space apart, is looked up in a table built once per model and kept with it, so
/// checking a draft costs one pass over its words whatever the size of the corpus. A word is a run of
/// letters with hyphens inside it, so "programmed" is not "program" and "Under-Secretary General" is not
/// "Secretary General".
/// </summary>
internal sealed class SpellingMatcher
{
    private static readonly ConditionalWeakTable<ConventionModel, SpellingMatcher> Cache = [];

    /// <summary>Variants as the model writes them: an entry for "Program" says how to mend "Program".</summary>
    private readonly Dictionary<string, Spelling> _exact = new(StringComparer.Ordinal);

    /// <summary>Variants in any case, the lower-case entry first: "program" also answers for "PROGRAM".</summary>
    private readonly Dictionary<string, Spelling> _anyCase = new(StringComparer.OrdinalIgnoreCase);

    private SpellingMatcher(IReadOnlyDictionary<string, Spelling> spellings)
    {
        foreach ((string variant, Spelling spelling) in spellings.OrderBy(s => s.Key.Any(char.IsUpper)))
        {
            string key = string.Join(' ', variant.Split(' ', StringSplitOptions.RemoveEmptyEntries));
            if (key.Length > 0 && spelling.Preferred.Length > 0)
            {
                _exact[key] = spelling;
                _anyCase.TryAdd(key, spelling);
            }
        }
    }

    public static SpellingMatcher For(ConventionModel model) => Cache.GetValue(model, m => new SpellingMatcher(m.Spellings));

    /// <summary>Every variant in the text, in order; two words found together are not looked at again one by one.</summary>
    public IEnumerable<SpellingVariant> Find(string text)
    {
        if (_anyCase.Count == 0)
        {
            yield break;
        }

        TextSpan? previous = null;
        int coveredUntil = 0;
        foreach (TextSpan word in Words(text))
        {
            if (previous is { } before && before.Start >= coveredUntil && word.Start == before.End + 1 && text[before.End] == ' '
                && Lookup(text, TextSpan.FromBounds(before.Start, word.End)) is { } pair)
            {
                coveredUntil = word.End;
                yield return pair;
            }
            else if (previous is { } single && single.Start >= coveredUntil && Lookup(text, single) is { } found)
            {
                yield return found;
            }

            previous = word;
        }

        if (previous is { } last && last.Start >= coveredUntil && Lookup(text, last) is { } final)
        {
            yield return final;
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

    /// <summary>Looks the words up without copying them: most words of a draft are no variant.</summary>
    private SpellingVariant? Lookup(string text, TextSpan span)
    {
        ReadOnlySpan<char> words = text.AsSpan(span.Start, span.Length);
        bool exact = _exact.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(words, out Spelling? spelling);
        if (!exact && !_anyCase.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(words, out spelling))
        {
            return null;
        }

        string written = words.ToString();
        string replacement = exact ? spelling!.Preferred : KeepCapitals(written, spelling!.Preferred);
        return string.Equals(replacement, written, StringComparison.Ordinal) ? null : new SpellingVariant(span, written, spelling, replacement);
    }

    /// <summary>Runs of letters, with a hyphen between two letters kept inside the word; none glued to digits ("l993").</summary>
    private static IEnumerable<TextSpan> Words(string text)
    {
        int i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }

            int start = i;
            while (i < text.Length && (char.IsLetter(text[i]) || (text[i] == '-' && i + 1 < text.Length && char.IsLetter(text[i + 1]))))
            {
                i++;
            }

            bool glued = (start > 0 && char.IsDigit(text[start - 1])) || (i < text.Length && char.IsDigit(text[i]));
            if (!glued)
            {
                yield return TextSpan.FromBounds(start, i);
            }
        }
    }
}
