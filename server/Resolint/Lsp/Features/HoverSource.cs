using System.Text;
using Resolint.Core.Catalogue;
using Resolint.Core.Citations;
using Resolint.Core.Corpus;
using Resolint.Core.Drafts;
using Resolint.Core.Text;

namespace Resolint.Lsp.Features;

/// <summary>What a drafter may want to know about the thing under the cursor, in Markdown.</summary>
internal static class HoverSource
{
    public static (string Markdown, TextSpan Span)? At(Draft draft, ConventionModel conventions, ResolutionCatalogue catalogue, int offset)
    {
        if (DraftLookup.MarkerAt(draft, offset) is { } marker)
        {
            return (Footnote(draft, marker.Number), marker.Span);
        }

        if (DraftLookup.CitationAt(draft, offset) is { } citation)
        {
            string? text = citation switch
            {
                ResolutionCitation resolution => Resolution(resolution, conventions, catalogue.Find(resolution.Organ ?? draft.Body ?? string.Empty, resolution.Number.Key, resolution.Number.Part)),
                DocumentSymbolCitation symbol => DocumentSymbolDescription.Describe(symbol.Symbol),
                OfficialRecordsReference records => OfficialRecords(records),
                ParagraphReference reference => Paragraphs(draft, reference),
                _ => null,
            };
            if (text is not null)
            {
                return (text, citation.Span);
            }
        }

        if (DraftLookup.OpenerAt(draft, offset) is { } opening)
        {
            return (OpeningWords(opening.Opener, opening.Operative, conventions), opening.Opener.Span);
        }

        return null;
    }

    private static string Footnote(Draft draft, int number)
    {
        var texts = DraftLookup.FootnotesNumbered(draft, number).Select(f => f.Text).ToList();
        return texts.Count == 0
            ? $"**Footnote {number}** has no text in this draft."
            : $"**Footnote {number}**\n\n{string.Join("\n\n", texts)}";
    }

    /// <summary>
    /// A cited resolution: what the catalogue lists (title, organ, date, meeting, committee, agenda item, how it was
    /// adopted), else what the corpus says of it; and where the corpus holds and cites it.
    /// </summary>
    private static string Resolution(ResolutionCitation citation, ConventionModel conventions, CatalogueRecord? listed)
    {
        string noun = citation.IsDecision ? "Decision" : "Resolution";
        var text = new StringBuilder();
        conventions.Catalogue.TryGetValue(citation.Number.Key, out CatalogueEntry? entry);
        if (listed is not null)
        {
            text.Append($"**{noun} {listed.Number}** — {listed.Organ}{(listed.AdoptionDate is { } adopted ? ", adopted " + adopted : string.Empty)}");
            if (listed.Title is { } listedTitle)
            {
                text.Append($"\n\n*{listedTitle}*");
            }

            string adoption = string.Join("; ", new[] { listed.Meeting, listed.Committee, listed.AgendaItem is { } item ? item + (listed.AgendaItemName is { } name ? ": " + name : string.Empty) : null, listed.HowAdopted is { } how ? "adopted " + how : null }.OfType<string>());
            if (adoption.Length > 0)
            {
                text.Append("\n\n").Append(adoption);
            }

            if (entry is null)
            {
                return text.ToString();
            }
        }
        else if (entry is null)
        {
            text.Append($"**{noun} {citation.Number.Text}**");
            string said = string.Join(", ", new[] { citation.Organ, citation.Date?.Text }.OfType<string>());
            if (said.Length > 0)
            {
                text.Append($" ({said}, as this draft cites it)");
            }

            text.Append("\n\nNot in the corpus or the catalogue.");
            return text.ToString();
        }
        else
        {
            text.Append($"**{noun} {entry.Number}**");
            string facts = string.Join(", ", new[] { entry.Organ, entry.AdoptionDate is { } date ? "adopted " + date : null }.OfType<string>());
            if (facts.Length > 0)
            {
                text.Append(" — ").Append(facts);
            }

            if (entry.Title is { } title)
            {
                text.Append($"\n\n*{title}*");
            }
        }

        if (entry.File is { } file)
        {
            text.Append($"\n\nIn the corpus: `{file}`");
        }

        var citing = entry.Seen.Select(s => s.File).Where(f => f != entry.File).Distinct().ToList();
        if (citing.Count > 0)
        {
            text.Append("\n\nCited in: ").Append(string.Join(", ", citing.Take(5).Select(f => $"`{f}`")));
            if (citing.Count > 5)
            {
                text.Append($" and {citing.Count - 5} more");
            }
        }

        if (entry.Opening is { } opening)
        {
            text.Append("\n\n> ").Append(DraftLookup.Excerpt(opening, 400).Replace("\n", "\n> ", StringComparison.Ordinal));
        }

        return text.ToString();
    }

    private static string OfficialRecords(OfficialRecordsReference records)
    {
        var text = new StringBuilder(records.IsIbid ? "**Ibid.**: the Official Records of the footnote before" : $"**Official Records of the {records.Organ ?? "…"}**");
        if (records.SessionOrdinal is { } ordinal)
        {
            text.Append($", {ordinal} session");
            if (records.Session is int session)
            {
                text.Append($" ({session})");
            }
        }
        else if (records.Year is int year)
        {
            text.Append($", {year}");
        }

        if (records.Supplement is { } supplement)
        {
            text.Append($", Supplement No. {supplement}");
        }

        if (records.Symbol is { } symbol)
        {
            text.Append("\n\n").Append(DocumentSymbolDescription.Describe(symbol.Symbol));
        }

        return text.ToString();
    }

    private static string Paragraphs(Draft draft, ParagraphReference reference)
    {
        var text = new StringBuilder();
        foreach (int number in reference.Paragraphs)
        {
            if (text.Length > 0)
            {
                text.Append("\n\n");
            }

            text.Append(DraftLookup.OperativeNumbered(draft, number) is { } paragraph
                ? $"**Paragraph {number}**: {DraftLookup.Excerpt(paragraph.Content.Text, 300)}"
                : $"**Paragraph {number}** does not exist in this draft.");
        }

        return text.ToString();
    }

    private static string OpeningWords(Opener opener, bool operative, ConventionModel conventions)
    {
        string part = operative ? "operative paragraphs" : "preambular paragraphs";
        IReadOnlyList<LexiconEntry> lexicon = operative ? conventions.OperativeVerbs : conventions.PreambularOpeners;
        LexiconEntry? entry = lexicon.FirstOrDefault(e => e.Text.Equals(opener.Text, StringComparison.OrdinalIgnoreCase));
        if (entry is null)
        {
            return $"**{opener.Text}** does not open any of the corpus's {part}.";
        }

        var text = new StringBuilder($"**{entry.Text}** opens {entry.Count} {part} in the corpus");
        int files = entry.Seen.Select(s => s.File).Distinct().Count();
        if (files > 0)
        {
            text.Append($", in {files} file{(files == 1 ? string.Empty : "s")}");
        }

        text.Append('.');
        ItalicsHabit habit = operative ? conventions.OperativeItalics : conventions.PreambularItalics;
        if (habit.MarkdownParagraphs > 0)
        {
            text.Append($"\n\nThe corpus's Markdown texts set such words in italics in {habit.Italic} of {habit.MarkdownParagraphs} paragraphs.");
        }

        if (entry.Seen.Count > 0)
        {
            text.Append("\n\nFor example: ").Append(string.Join(", ", entry.Seen.Take(3).Select(s => $"`{s.File}:{s.Line}`")));
        }

        return text.ToString();
    }
}
