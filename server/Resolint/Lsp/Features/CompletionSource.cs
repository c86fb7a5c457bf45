using System.Globalization;
using System.Text.RegularExpressions;
using Resolint.Core;
using Resolint.Core.Catalogue;
using Resolint.Core.Citations;
using Resolint.Core.Corpus;
using Resolint.Core.Drafts;
using Resolint.Core.Text;

namespace Resolint.Lsp.Features;

/// <summary>
/// What a drafter may want to type at a place, from the draft, the corpus and the catalogue: opening words at
/// the start of a paragraph, a resolution to recall after "resolution ", a footnote's usual forms inside a
/// footnote. Opening words are ranked by how often the corpus uses them; resolutions as <see cref="Resolutions"/> says.
/// </summary>
internal static partial class CompletionSource
{
    /// <summary>
    /// The most resolutions offered at once, of the catalogue and of the corpus each (an editor shows about a dozen).
    /// When more fit, the list says it is incomplete and the client asks again as the drafter types, so the list
    /// narrows on the server: a keystroke's answer stays the same size however large the catalogue or the corpus.
    /// Over the protocol, with nothing typed, 50 items came up to 0.6 ms sooner at the median than 84 (39 kB)
    /// (tests/e2e/bench/catalogue-latency.js, docs/benchmarks.md).
    /// </summary>
    public const int ResolutionSuggestions = 25;

    public static Completions At(Draft draft, ConventionModel conventions, ResolutionCatalogue catalogue, int offset, bool snippets)
    {
        SourceText text = draft.Text;
        int lineStart = text.LineStart(text.LineOf(offset));
        string before = text.Text[lineStart..offset];

        Match footnoteStart = FootnoteLineStart().Match(before);
        if (!footnoteStart.Success && draft.Adoption is { } adoption && offset > adoption.Span.End)
        {
            // Plain text lost the superscripts: after the adoption line, "11 " starts a footnote.
            footnoteStart = PlainFootnoteLineStart().Match(before);
        }

        if (footnoteStart.Success || DraftLookup.FootnoteAt(draft, offset) is not null)
        {
            return new(FootnoteForms(draft, footnoteStart, lineStart, offset, snippets), Incomplete: false);
        }

        if (ResolutionTyped().Match(before) is { Success: true } citation)
        {
            return Resolutions(draft, conventions, catalogue, before, citation, lineStart + citation.Groups["typed"].Index, offset);
        }

        if (ParagraphStart().Match(before) is { Success: true } start && PartAt(draft, offset, start.Groups["number"].Success) is { } operative)
        {
            Group typed = start.Groups["typed"];
            var replace = TextSpan.FromBounds(typed.Success ? lineStart + typed.Index : offset, offset);
            bool openedItalic = start.Groups["star"].Success;
            return new(operative
                ? OperativeVerbs(draft, conventions, replace, openedItalic)
                : PreambularOpeners(draft, conventions, replace, openedItalic), Incomplete: false);
        }

        return new([], Incomplete: false);
    }

    /// <summary>True for the operative part, false for the preamble, null outside both.</summary>
    private static bool? PartAt(Draft draft, int offset, bool numbered)
    {
        if (numbered)
        {
            return true;
        }

        int operativeStart = draft.Operative.Count > 0 ? draft.Operative[0].Span.Start : int.MaxValue;
        int end = draft.Adoption?.Span.Start ?? int.MaxValue;
        if (draft.Organ is { } organ && offset >= organ.Span.End && offset < operativeStart)
        {
            return false;
        }

        return offset >= operativeStart && offset <= end ? true : null;
    }

    private static IReadOnlyList<Suggestion> OperativeVerbs(Draft draft, ConventionModel conventions, TextSpan replace, bool openedItalic)
    {
        IReadOnlyList<string> above = draft.Operative.Where(p => p.Span.End <= replace.Start && p.Verb.Text.Length > 0).Select(p => p.Verb.Text).ToList();
        bool italic = UsesItalics(draft, draft.Operative.Select(p => p.Verb), conventions.OperativeItalics);
        var suggestions = new List<Suggestion>();

        // "Also requests" where "Requests" stands above; "Further requests" where "Also requests" does too.
        // The verb nearest above comes first: it is the one most likely repeated.
        foreach (string verb in above.Reverse().Distinct(StringComparer.OrdinalIgnoreCase))
        {
            string plain = StripRepeat(verb, "Also ", "Further ");
            string? next = !Contains(above, "Also " + Lower(plain)) ? "Also " + Lower(plain)
                : !Contains(above, "Further " + Lower(plain)) ? "Further " + Lower(plain)
                : null;
            if (next is not null && !suggestions.Any(s => s.Label == next))
            {
                suggestions.Add(Opening(next, replace, SuggestionKind.Verb, suggestions.Count, italic, openedItalic) with
                {
                    Detail = $"repeats \"{plain}\" above",
                });
            }
        }

        AddLexicon(suggestions, conventions.OperativeVerbs, replace, SuggestionKind.Verb, italic, openedItalic, "operative paragraphs");
        return suggestions;
    }

    private static IReadOnlyList<Suggestion> PreambularOpeners(Draft draft, ConventionModel conventions, TextSpan replace, bool openedItalic)
    {
        IReadOnlyList<string> above = draft.Preamble.Where(p => p.Span.End <= replace.Start && p.Opener.Text.Length > 0).Select(p => p.Opener.Text).ToList();
        bool italic = UsesItalics(draft, draft.Preamble.Select(p => p.Opener), conventions.PreambularItalics);
        var suggestions = new List<Suggestion>();

        // "Recalling also" where "Recalling" stands above; "Recalling further" after that; nearest first.
        foreach (string opener in above.Reverse().Distinct(StringComparer.OrdinalIgnoreCase))
        {
            string plain = StripRepeatSuffix(opener);
            string? next = !Contains(above, plain + " also") ? plain + " also"
                : !Contains(above, plain + " further") ? plain + " further"
                : null;
            if (next is not null && !suggestions.Any(s => s.Label == next))
            {
                suggestions.Add(Opening(next, replace, SuggestionKind.Opener, suggestions.Count, italic, openedItalic) with
                {
                    Detail = $"repeats \"{plain}\" above",
                });
            }
        }

        AddLexicon(suggestions, conventions.PreambularOpeners, replace, SuggestionKind.Opener, italic, openedItalic, "preambular paragraphs");
        return suggestions;
    }

    private static void AddLexicon(List<Suggestion> suggestions, IReadOnlyList<LexiconEntry> lexicon, TextSpan replace, SuggestionKind kind, bool italic, bool openedItalic, string where)
    {
        int rank = suggestions.Count;
        foreach (LexiconEntry entry in lexicon.OrderByDescending(e => e.Count))
        {
            if (suggestions.Any(s => s.Label.Equals(entry.Text, StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            suggestions.Add(Opening(entry.Text, replace, kind, rank++, italic, openedItalic) with
            {
                Detail = $"opens {entry.Count} {where} in the corpus",
            });
        }
    }

    private static Suggestion Opening(string words, TextSpan replace, SuggestionKind kind, int rank, bool italic, bool openedItalic)
    {
        // In Markdown the opening words carry their italics; an asterisk the drafter already typed is kept.
        string newText = italic ? (openedItalic ? words + "*" : "*" + words + "*") : words;
        return new Suggestion(words, newText, replace, kind, rank);
    }

    /// <summary>Italic when the draft's own opening words mostly are; a draft with none yet follows the corpus.</summary>
    private static bool UsesItalics(Draft draft, IEnumerable<Opener> openers, ItalicsHabit corpus)
    {
        if (draft.Form != DraftForm.Markdown)
        {
            return false;
        }

        var written = openers.Where(o => !o.Span.IsEmpty).ToList();
        return written.Count > 0 ? written.Count(o => o.Italic) * 2 > written.Count : corpus.Required;
    }

    /// <summary>
    /// The resolutions to recall where one is being cited: first the catalogue's, of the organ the sentence names
    /// (else the organ that speaks), narrowed by what is typed (a number's start, or words of a title) and ranked
    /// by the draft's title and agenda item, then the most recent; then the corpus's, the organ's first and the
    /// most cited next, narrowed by what is typed too. The date goes with the first mention only. At most
    /// <see cref="ResolutionSuggestions"/> of each, the list incomplete when more fit.
    /// </summary>
    /// <param name="before">The line up to the place, which <paramref name="citation"/> was matched in.</param>
    private static Completions Resolutions(Draft draft, ConventionModel conventions, ResolutionCatalogue catalogue, string before, Match citation, int typedStart, int offset)
    {
        string? organ = OrganBefore(draft, before, citation, out string? shortName);
        var cited = draft.CitationsOf<ResolutionCitation>()
            .Where(c => c.Span.End < offset && !c.Span.Touches(offset))
            .Select(c => c.Number.Key)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var replace = TextSpan.FromBounds(typedStart, offset);
        string typed = draft.Text.Text[typedStart..offset];

        string NewText(string number, string key, string? date) =>
            !cited.Contains(key) && date is not null ? $"{number} of {date}" : number;

        var suggestions = new List<Suggestion>();
        var offered = new HashSet<string>(StringComparer.Ordinal);
        string[] context = [.. new[] { draft.Heading.Title, draft.Heading.AgendaItem }.OfType<string>()];
        IReadOnlyList<CatalogueRecord> fromCatalogue = catalogue.Suggest(organ, typed, context, ResolutionSuggestions + 1);
        foreach (CatalogueRecord record in fromCatalogue.Take(ResolutionSuggestions))
        {
            offered.Add(record.Key);
            suggestions.Add(new Suggestion(record.Number, NewText(record.Number, record.Key, record.AdoptionDate), replace, SuggestionKind.Resolution, suggestions.Count)
            {
                Detail = string.Join(", ", new[] { record.Organ, record.AdoptionDate }.OfType<string>()),
                Documentation = record.Title is null ? null : $"*{record.Title}*",

                // Typed title words ("migrants") must keep the item in the client's list.
                FilterText = $"{record.Number} {record.Title}",
            });
        }

        string? shortOrgan = organ ?? shortName;
        string[] typedWords = typed.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        List<KeyValuePair<string, CatalogueEntry>> fromCorpus = [.. conventions.Catalogue
            .Where(pair => !offered.Contains(pair.Key) && Fits(pair.Value, typed, typedWords))
            .OrderByDescending(pair => shortOrgan is not null && pair.Value.Organ?.Contains(shortOrgan, StringComparison.OrdinalIgnoreCase) == true)
            .ThenByDescending(pair => pair.Value.Seen.Count)
            .ThenBy(pair => pair.Value.Number, StringComparer.Ordinal)
            .Take(ResolutionSuggestions + 1)];
        foreach ((string key, CatalogueEntry entry) in fromCorpus.Take(ResolutionSuggestions))
        {
            suggestions.Add(new Suggestion(entry.Number, NewText(entry.Number, key, entry.AdoptionDate), replace, SuggestionKind.Resolution, suggestions.Count)
            {
                Detail = string.Join(", ", new[] { entry.Organ, entry.AdoptionDate }.OfType<string>()),
                Documentation = entry.Title is null ? null : $"*{entry.Title}*",
                FilterText = entry.Title is null ? null : $"{entry.Number} {entry.Title}",
            });
        }

        return new(suggestions, Incomplete: fromCatalogue.Count > ResolutionSuggestions || fromCorpus.Count > ResolutionSuggestions);
    }

    /// <summary>Whether a resolution the corpus cites fits what is typed: its number's start, or words of its title.</summary>
    private static bool Fits(CatalogueEntry entry, string typed, string[] typedWords) =>
        entry.Number.StartsWith(typed, StringComparison.OrdinalIgnoreCase)
        || (entry.Title is { } title && typedWords.Length > 0 && Array.TrueForAll(typedWords, w => title.Contains(w, StringComparison.OrdinalIgnoreCase)));

    /// <summary>
    /// The organ whose resolution is being cited: the body named in full just before "resolution" ("Human Rights
    /// Council resolution"); the organ that speaks when a short name stands for it ("Council resolution" in a
    /// Council's draft) or none is named ("its resolution"); null when a short name stands for some other body
    /// ("Council resolution" in the General Assembly's draft), with <paramref name="shortName"/> saying which word.
    /// </summary>
    private static string? OrganBefore(Draft draft, string before, Match citation, out string? shortName)
    {
        shortName = null;
        string lead = citation.Groups["lead"].Value;
        int resolutionAt = citation.Groups["lead"].Index + lead.LastIndexOf("resolution", StringComparison.Ordinal);
        string named = before[..Math.Min(before.Length, resolutionAt)].TrimEnd();
        if (Lexicon.BodyNameEndingAt(named, named.Length, out _) is { } body)
        {
            return body.Name;
        }

        string lastWord = named[(named.LastIndexOf(' ') + 1)..];
        if (Lexicon.Bodies.Any(b => b.ShortName == lastWord))
        {
            shortName = lastWord;
            return Lexicon.BodyByName(draft.Body)?.ShortName == lastWord ? draft.Body : null;
        }

        return draft.Body;
    }

    private static IReadOnlyList<Suggestion> FootnoteForms(Draft draft, Match start, int lineStart, int offset, bool snippets)
    {
        int typedStart = start.Success ? lineStart + start.Length : WordStart(draft.Text.Text, offset);
        var replace = TextSpan.FromBounds(typedStart, offset);
        bool markdown = draft.Form == DraftForm.Markdown;
        string italicMark = markdown ? "*" : string.Empty;

        (string ordinal, string session) = SessionOf(draft);
        string records = snippets
            ? $"See {italicMark}Official Records of the General Assembly, ${{1:{ordinal}}} Session, Supplement No. ${{2:53}}{italicMark} (${{3:A/{session}/53}}).$0"
            : $"See {italicMark}Official Records of the General Assembly, {ordinal} Session, Supplement No. …{italicMark} (A/{session}/…).";
        string annex = snippets ? "Resolution ${1:number}, annex.$0" : "Resolution …, annex.";

        var forms = new List<Suggestion>
        {
            new("See Official Records of the General Assembly, … Session, Supplement No. …", records, replace, SuggestionKind.FootnoteForm, 0)
            {
                IsSnippet = snippets,
                Detail = "a report in the Official Records",
            },
            new("Resolution …, annex.", annex, replace, SuggestionKind.FootnoteForm, 2)
            {
                IsSnippet = snippets,
                Detail = "a text annexed to a resolution",
            },
        };

        // "Ibid." only repeats the source of the footnote just before.
        if (draft.Footnotes.Any(f => f.Span.End <= lineStart))
        {
            forms.Add(new Suggestion("Ibid.", "Ibid.", replace, SuggestionKind.FootnoteForm, 1) { Detail = "the same source as the footnote before" });
        }

        return forms.OrderBy(f => f.Rank).ToList();
    }

    /// <summary>The draft's session as an ordinal word ("Seventy-fourth") and a number ("74"), with placeholders when unknown.</summary>
    private static (string Ordinal, string Number) SessionOf(Draft draft)
    {
        string? ordinal = draft.Heading.Session is { } session ? session.Split(' ')[0] : null;
        string? number = draft.Symbol?.Split('/').FirstOrDefault(p => p.Length > 0 && p.All(char.IsAsciiDigit));
        return (ordinal ?? "…", number ?? "…");
    }

    private static int WordStart(string text, int offset)
    {
        int start = offset;
        while (start > 0 && (char.IsLetter(text[start - 1]) || text[start - 1] == '.'))
        {
            start--;
        }

        return start;
    }

    private static bool Contains(IEnumerable<string> words, string wanted) =>
        words.Any(w => w.Equals(wanted, StringComparison.OrdinalIgnoreCase));

    private static string StripRepeat(string verb, params string[] prefixes)
    {
        foreach (string prefix in prefixes)
        {
            if (verb.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && verb.Length > prefix.Length)
            {
                string rest = verb[prefix.Length..];
                return char.ToUpper(rest[0], CultureInfo.InvariantCulture) + rest[1..];
            }
        }

        return verb;
    }

    private static string StripRepeatSuffix(string opener)
    {
        foreach (string suffix in (string[])[" also", " further"])
        {
            if (opener.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                return opener[..^suffix.Length];
            }
        }

        return opener;
    }

    private static string Lower(string words) => char.ToLower(words[0], CultureInfo.InvariantCulture) + words[1..];

    /// <summary>
    /// A paragraph's first words being typed: optional indentation, an optional number ("12." then a tab or
    /// spaces), an optional Markdown asterisk, then letters only.
    /// </summary>
    [GeneratedRegex(@"^\s*(?<number>\d+\.\s*)?(?<star>[*_])?(?<typed>[\p{L}][\p{L} -]{0,40})?$")]
    private static partial Regex ParagraphStart();

    /// <summary>"resolution 6", "Council resolutions ", "resolutions 62/152 of 18 December 2007, 64/1".</summary>
    [GeneratedRegex(@"(?<lead>(?:(?:General Assembly|Council|Security Council|Commission on Human Rights)\s+)?resolutions?)\s+(?:[^.;:]*?(?:,|\band)\s+)?(?<typed>[\p{L}\d/()-]*)$")]
    private static partial Regex ResolutionTyped();

    /// <summary>A footnote's number at the start of its line: ¹, ²³ or Markdown's [^4]:.</summary>
    [GeneratedRegex(@"^\s*(?:[⁰¹²³⁴⁵⁶⁷⁸⁹]+|\[\^\d+\]:)\s*")]
    private static partial Regex FootnoteLineStart();

    [GeneratedRegex(@"^\d{1,3}\s+")]
    private static partial Regex PlainFootnoteLineStart();
}
