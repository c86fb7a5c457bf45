using System.Text.RegularExpressions;

namespace Resolint.Core.Corpus;

/// <summary>
/// Answers "why does the tool think so?" for a term, from the learned model: which openers, verbs,
/// resolutions and spellings the corpus shows, how often and where. Dictionary look-ups only.
/// </summary>
internal static partial class ConventionExplainer
{
    public static IReadOnlyList<Evidence> Explain(ConventionModel model, string term)
    {
        string cleaned = Clean(term);
        var found = new List<Evidence>();
        if (cleaned.Length == 0)
        {
            return found;
        }

        if (string.Equals(cleaned, "italics", StringComparison.OrdinalIgnoreCase))
        {
            found.Add(Italics("Preambular openers", model.PreambularItalics));
            found.Add(Italics("Operative verbs", model.OperativeItalics));
            return found;
        }

        AddOpener(found, "Preambular opener", cleaned, model.FindPreambularOpener(cleaned), model.PreambularFormsOf(cleaned));
        AddOpener(found, "Operative verb", cleaned, model.FindOperativeVerb(cleaned), model.OperativeFormsOf(cleaned));
        AddResolution(found, model, cleaned);
        AddSpelling(found, model, cleaned);
        return found;
    }

    private static void AddOpener(List<Evidence> found, string kind, string term, LexiconEntry? exact, IReadOnlyList<LexiconEntry> forms)
    {
        if (exact is null && forms.Count == 0)
        {
            return;
        }

        var others = forms.Where(f => !ReferenceEquals(f, exact)).ToList();
        string othersText = string.Join(", ", others.Select(f => $"\"{f.Text}\" ({Times(f.Count)})"));
        if (exact is not null)
        {
            int files = exact.Seen.Select(s => s.File).Distinct().Count();
            string summary = $"used {Times(exact.Count)} in {Plural(files, "file")}" + (others.Count > 0 ? $"; related forms: {othersText}" : string.Empty);
            found.Add(new Evidence($"{kind} \"{exact.Text}\"", summary, exact.Seen));
        }
        else
        {
            found.Add(new Evidence(
                $"{kind} \"{term}\"",
                $"not in the corpus, but its plain form \"{OpenerForms.BaseOf(term)}\" is: {othersText}",
                others.SelectMany(f => f.Seen).ToList()));
        }
    }

    private static void AddResolution(List<Evidence> found, ConventionModel model, string term)
    {
        Match m = ResolutionTerm().Match(term);
        string key = m.Success ? CatalogueKey.Of(m.Groups["number"].Value) : CatalogueKey.OfSymbol(term) ?? CatalogueKey.Of(term);
        if (!model.Catalogue.TryGetValue(key, out CatalogueEntry? entry))
        {
            return;
        }

        var facts = new List<string>();
        if (entry.Organ is not null)
        {
            facts.Add(entry.Organ);
        }

        if (entry.AdoptionDate is not null)
        {
            facts.Add("adopted " + entry.AdoptionDate);
        }

        if (entry.Title is not null)
        {
            facts.Add($"\"{entry.Title}\"");
        }

        facts.Add(entry.File is not null ? "text in " + entry.File : "cited, not held, by the corpus");
        facts.Add("mentioned " + Times(entry.Seen.Count));
        found.Add(new Evidence($"Resolution {entry.Number}", string.Join("; ", facts), entry.Seen));
        if (entry.DatesDisagree)
        {
            foreach (CatalogueDate date in entry.Dates)
            {
                found.Add(new Evidence($"Resolution {entry.Number} dated {date.Date}", $"the corpus gives this date {Times(date.Count)}", date.Seen));
            }
        }
    }

    /// <summary>The spellings whose standard form is the term as written ("programme", not "Programme"), when any.</summary>
    private static List<Spelling> ExactCaseFirst(List<Spelling> spellings, string term) =>
        spellings.Where(s => s.Preferred == term).ToList() is { Count: > 0 } exact ? exact : spellings;

    private static void AddSpelling(List<Evidence> found, ConventionModel model, string term)
    {
        IEnumerable<Spelling> spellings = model.Spellings.TryGetValue(term, out Spelling? variant)
            ? [variant]
            : ExactCaseFirst(model.SpellingsPreferring(term).Where(s => !s.AtSentenceStartOnly).ToList(), term);
        foreach (Spelling spelling in spellings)
        {
            found.Add(new Evidence(
                $"Spelling \"{spelling.Variant}\" → \"{spelling.Preferred}\"",
                $"the corpus writes the standard form {Times(spelling.Count)} and never \"{spelling.Variant}\"",
                spelling.Seen));
        }
    }

    private static Evidence Italics(string kind, ItalicsHabit habit) => new(
        $"{kind} in italics",
        habit.MarkdownParagraphs == 0
            ? "the corpus has no Markdown texts to show it"
            : $"{(habit.Required ? "required" : "not required")}: {habit.Italic} of {Plural(habit.MarkdownParagraphs, "Markdown paragraph")} italicise them, {habit.Plain} do not",
        habit.Seen);

    /// <summary>The term without the Markdown, quotes and punctuation it may have been copied with.</summary>
    private static string Clean(string term) =>
        OpenerForms.Normalize(term.Trim().Trim('*', '_', '"', '“', '”', '\'', ',', ';', ':', '.', ' '));

    private static string Times(int count) => count == 1 ? "once" : $"{count} times";

    private static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";

    /// <summary>"resolution 66/169", "resolutions 217 A (III)".</summary>
    [GeneratedRegex(@"^(?:[Rr]esolutions?)\s+(?<number>.+)$")]
    private static partial Regex ResolutionTerm();
}
