using Resolint.Core.Corpus;

namespace Resolint.Tests.Lsp;

/// <summary>A small corpus's conventions, written out by hand so the tests know exactly what it holds.</summary>
internal static class TestConventions
{
    public static ConventionModel Model { get; } = new()
    {
        Files = ["corpus/A-RES-74-156.md", "corpus/A-RES-68-171.txt"],
        PreambularOpeners =
        [
            new LexiconEntry("Recalling", 40, [new SourceRef("corpus/A-RES-74-156.md", 17), new SourceRef("corpus/A-RES-68-171.txt", 9)]),
            new LexiconEntry("Reaffirming", 12, [new SourceRef("corpus/A-RES-74-156.md", 31)]),
            new LexiconEntry("Welcoming", 7, [new SourceRef("corpus/A-RES-74-156.md", 43)]),
        ],
        OperativeVerbs =
        [
            new LexiconEntry("Encourages", 25, [new SourceRef("corpus/A-RES-74-156.md", 60)]),
            new LexiconEntry("Requests", 30, [new SourceRef("corpus/A-RES-74-156.md", 71), new SourceRef("corpus/A-RES-68-171.txt", 40)]),
            new LexiconEntry("Decides", 5, [new SourceRef("corpus/A-RES-68-171.txt", 44)]),
        ],
        PreambularItalics = new ItalicsHabit(Italic: 0, Plain: 21, MarkdownParagraphs: 21),
        OperativeItalics = new ItalicsHabit(Italic: 28, Plain: 0, MarkdownParagraphs: 28),
        Catalogue = new Dictionary<string, CatalogueEntry>
        {
            ["48/134"] = new("48/134")
            {
                Organ = "General Assembly",
                AdoptionDate = "20 December 1993",
                Title = "National institutions for the promotion and protection of human rights",
                File = "corpus/A-RES-48-134.md",
                Opening = "The General Assembly, Recalling the relevant resolutions concerning national institutions",
                Seen = [new SourceRef("corpus/A-RES-74-156.md", 30), new SourceRef("corpus/A-RES-68-171.txt", 70), new SourceRef("corpus/A-RES-48-134.md", 1)],
            },
            ["78/187"] = new("78/187")
            {
                Organ = "General Assembly",
                AdoptionDate = "19 December 2023",
                Title = "National human rights institutions",
                Seen = [new SourceRef("corpus/A-RES-74-156.md", 17)],
            },
            ["39/17"] = new("39/17")
            {
                Organ = "Human Rights Council",
                AdoptionDate = "28 September 2018",
                Seen = [new SourceRef("corpus/A-RES-74-156.md", 17), new SourceRef("corpus/A-RES-68-171.txt", 12)],
            },
        },
    };
}
