using Resolint.Core.Citations;
using Resolint.Core.Drafts;
using Resolint.Core.Parsing;
using Resolint.Core.Text;

namespace Resolint.Core.Corpus;

/// <summary>
/// Learns the conventions a corpus of resolutions shows: it parses each text as a draft and records the
/// openers and verbs, the italics habits, the resolutions adopted and cited, the citation shapes and the
/// spellings, each with the places it was seen. Runs once per corpus, never per keystroke.
/// </summary>
public static class ConventionLearner
{
    /// <summary>Paragraphs kept as a catalogued resolution's opening (for hover).</summary>
    private const int OpeningParagraphs = 2;

    /// <summary>Characters kept of each opening paragraph.</summary>
    private const int OpeningLength = 300;

    /// <param name="documents">The corpus texts; a text given twice is learned once.</param>
    /// <param name="problems">Problems met while reading the corpus, kept with the model for the user to see.</param>
    public static ConventionModel Learn(IEnumerable<CorpusDocument> documents, IEnumerable<string>? problems = null)
    {
        var learning = new Learning();
        var allProblems = new List<string>(problems ?? []);
        var texts = new HashSet<string>(StringComparer.Ordinal);
        foreach (CorpusDocument document in documents)
        {
            if (!texts.Add(document.Text))
            {
                continue;
            }

            Draft draft;
            try
            {
                draft = DraftParser.Parse(document.Text, document.Form);
            }
            catch (Exception e)
            {
                // The parser promises never to throw; if it ever does, one bad file must not cost the whole corpus.
                allProblems.Add($"{document.Name}: could not be read as a resolution ({e.Message}); nothing learned from it.");
                continue;
            }

            if (draft.Preamble.Count == 0 && draft.Operative.Count == 0)
            {
                allProblems.Add($"{document.Name}: no preambular or operative paragraphs found; nothing learned from it.");
                continue;
            }

            learning.Add(document.Name, draft);
        }

        return learning.Build(allProblems);
    }

    /// <summary>What has been learned so far.</summary>
    private sealed class Learning
    {
        private readonly List<string> _files = [];
        private readonly LexiconTally _preambular = new();
        private readonly LexiconTally _operative = new();
        private readonly LexiconTally _citationShapes = new();
        private readonly LexiconTally _symbolSeries = new();
        private readonly LexiconTally _officialRecords = new();
        private readonly ItalicsTally _preambularItalics = new();
        private readonly ItalicsTally _operativeItalics = new();
        private readonly CatalogueBuilder _catalogue = new();
        private readonly SpellingTally _spellings = new();

        public void Add(string file, Draft draft)
        {
            _files.Add(file);
            SourceRef At(int offset) => new(file, draft.Text.LineOf(offset) + 1);
            bool markdown = draft.Form == DraftForm.Markdown;

            foreach (PreambularParagraph paragraph in draft.Preamble)
            {
                AddOpener(_preambular, markdown ? _preambularItalics : null, paragraph.Opener, At);
            }

            foreach (OperativeParagraph paragraph in draft.Operative)
            {
                AddOpener(_operative, markdown ? _operativeItalics : null, paragraph.Verb, At);
            }

            AddAdopted(file, draft, At);
            AddCitations(draft, At);
            AddSpellings(draft, At);
        }

        public ConventionModel Build(List<string> problems) => new()
        {
            Files = _files,
            Problems = problems,
            PreambularOpeners = _preambular.ToEntries(OpenerForms.BaseOf),
            OperativeVerbs = _operative.ToEntries(OpenerForms.BaseOf),
            PreambularItalics = _preambularItalics.ToHabit(),
            OperativeItalics = _operativeItalics.ToHabit(),
            Catalogue = _catalogue.Build(),
            Spellings = _spellings.Build(),
            ResolutionCitationShapes = _citationShapes.ToEntries(),
            SymbolSeries = _symbolSeries.ToEntries(),
            OfficialRecordsOrgans = _officialRecords.ToEntries(),
        };

        private static void AddOpener(LexiconTally lexicon, ItalicsTally? italics, Opener opener, Func<int, SourceRef> at)
        {
            if (opener.Text.Length == 0)
            {
                return;
            }

            SourceRef where = at(opener.Span.Start);
            lexicon.Add(opener.Text, where);
            italics?.Add(opener.Italic, where);
        }

        private void AddAdopted(string file, Draft draft, Func<int, SourceRef> at)
        {
            if (draft.Heading.Number is not { } number)
            {
                return;
            }

            IEnumerable<Paragraph> paragraphs = draft.Preamble.Cast<Paragraph>().Concat(draft.Operative);
            string opening = string.Join("\n", paragraphs.Take(OpeningParagraphs).Select(p => Shorten(p.Content.Text)));
            _catalogue.AddAdopted(
                number,
                draft.Body,
                draft.Heading.AdoptionDate ?? draft.Adoption?.Date,
                draft.Heading.Title,
                file,
                opening.Length > 0 ? opening : null,
                at(draft.Heading.NumberSpan?.Start ?? draft.Heading.Span.Start));
        }

        private void AddCitations(Draft draft, Func<int, SourceRef> at)
        {
            foreach (Citation citation in draft.Citations)
            {
                SourceRef where = at(citation.Span.Start);
                switch (citation)
                {
                    case ResolutionCitation { IsDecision: false } resolution:
                        _catalogue.AddCited(resolution.Number.Key, resolution.Organ, resolution.Date is { IsValid: true } date ? OpenerForms.Normalize(date.Text) : null, where);
                        _citationShapes.Add(CitationShapes.Of(resolution), where);
                        break;
                    case ResolutionCitation decision:
                        _citationShapes.Add(CitationShapes.Of(decision), where);
                        break;
                    case DocumentSymbolCitation { Series: { } series }:
                        _symbolSeries.Add(series, where);
                        break;
                    case OfficialRecordsReference { Organ: { } organ }:
                        _officialRecords.Add(organ, where);
                        break;
                }
            }
        }

        /// <summary>The title, every paragraph and sub-paragraph, and the footnote texts: the words a drafter wrote.</summary>
        private void AddSpellings(Draft draft, Func<int, SourceRef> at)
        {
            if (draft.Heading.Title is { } title)
            {
                SourceRef where = at(draft.Heading.TitleSpan?.Start ?? draft.Heading.Span.Start);
                _spellings.Add(title, _ => where);
            }

            foreach (Paragraph paragraph in draft.Preamble.Cast<Paragraph>().Concat(draft.Operative).Concat(draft.Operative.SelectMany(o => SubParagraphsOf(o.SubParagraphs))))
            {
                AddWords(paragraph.Content, at);
            }

            foreach (Footnote footnote in draft.Footnotes)
            {
                AddWords(footnote.Content, at);
            }
        }

        private void AddWords(InlineText words, Func<int, SourceRef> at) => _spellings.Add(words.Text, index => at(words.ToSourceOffset(index)));

        private static IEnumerable<SubParagraph> SubParagraphsOf(IReadOnlyList<SubParagraph> subParagraphs) =>
            subParagraphs.SelectMany(s => SubParagraphsOf(s.Children).Prepend(s));

        private static string Shorten(string text)
        {
            if (text.Length <= OpeningLength)
            {
                return text;
            }

            int cut = text.LastIndexOf(' ', OpeningLength);
            return text[..(cut > 0 ? cut : OpeningLength)] + " …";
        }
    }

    /// <summary>Counts italic and plain openers in Markdown texts, the only form that can show italics.</summary>
    private sealed class ItalicsTally
    {
        private readonly List<SourceRef> _italic = [];
        private readonly List<SourceRef> _plain = [];

        public void Add(bool italic, SourceRef where) => (italic ? _italic : _plain).Add(where);

        public ItalicsHabit ToHabit()
        {
            var habit = new ItalicsHabit(_italic.Count, _plain.Count, _italic.Count + _plain.Count);
            return habit with { Seen = habit.Required ? _italic : _plain };
        }
    }
}
