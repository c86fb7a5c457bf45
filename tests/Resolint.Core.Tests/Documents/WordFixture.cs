using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Resolint.Tests.Documents;

/// <summary>
/// Builds small Word documents for tests, as Word writes them: a styles part with an italic paragraph style
/// ("Italic") and an italic character style ("Emphasis"), a numbering part (list 1: "1.", "(a)", "(i)"), a
/// footnotes part with its separators. Paragraphs and notes are given as OpenXml elements.
/// </summary>
internal static class WordFixture
{
    public const int NumberedList = 1;

    public static Paragraph P(params OpenXmlElement[] content) => new(content);

    /// <summary>A paragraph of the given style.</summary>
    public static Paragraph Styled(string style, params OpenXmlElement[] content) =>
        new([new ParagraphProperties(new ParagraphStyleId { Val = style }), .. content]);

    /// <summary>A paragraph numbered automatically at a level of <see cref="NumberedList"/>.</summary>
    public static Paragraph Numbered(int level, params OpenXmlElement[] content) =>
        new([new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = level }, new NumberingId { Val = NumberedList })), .. content]);

    public static Run R(string text, bool italic = false)
    {
        var run = new Run();
        if (italic)
        {
            run.Append(new RunProperties(new Italic()));
        }

        run.Append(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        return run;
    }

    /// <summary>A run whose own formatting says "not italic", over an italic style.</summary>
    public static Run Upright(string text) => new(new RunProperties(new Italic { Val = false }), new Text(text) { Space = SpaceProcessingModeValues.Preserve });

    public static Run Tab() => new(new TabChar());

    public static Run NoteMark(int id) => new(new RunProperties(new RunStyle { Val = "FootnoteReference" }), new FootnoteReference { Id = id });

    /// <summary>A Word document holding the paragraphs, with footnotes by id.</summary>
    public static byte[] Build(IEnumerable<OpenXmlElement> body, IReadOnlyDictionary<int, string>? footnotes = null)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            MainDocumentPart main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(body));
            main.AddNewPart<StyleDefinitionsPart>().Styles = new Styles(
                new Style(new StyleName { Val = "Normal" }) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
                new Style(new StyleName { Val = "Italic" }, new BasedOn { Val = "Normal" }, new StyleRunProperties(new Italic())) { Type = StyleValues.Paragraph, StyleId = "Italic" },
                new Style(new StyleName { Val = "Emphasis" }, new StyleRunProperties(new Italic())) { Type = StyleValues.Character, StyleId = "Emphasis" });
            main.AddNewPart<NumberingDefinitionsPart>().Numbering = new Numbering(
                new AbstractNum(
                    Level(0, NumberFormatValues.Decimal, "%1."),
                    Level(1, NumberFormatValues.LowerLetter, "(%2)"),
                    Level(2, NumberFormatValues.LowerRoman, "(%3)"))
                { AbstractNumberId = 7 },
                new NumberingInstance(new AbstractNumId { Val = 7 }) { NumberID = NumberedList });
            if (footnotes is not null)
            {
                var notes = new Footnotes(
                    new Footnote(new Paragraph(new Run(new SeparatorMark()))) { Type = FootnoteEndnoteValues.Separator, Id = -1 },
                    new Footnote(new Paragraph(new Run(new ContinuationSeparatorMark()))) { Type = FootnoteEndnoteValues.ContinuationSeparator, Id = 0 });
                foreach ((int id, string text) in footnotes)
                {
                    notes.Append(new Footnote(new Paragraph(new Run(new FootnoteReferenceMark()), Tab(), R(text))) { Id = id });
                }

                main.AddNewPart<FootnotesPart>().Footnotes = notes;
            }
        }

        return stream.ToArray();
    }

    private static Level Level(int index, NumberFormatValues format, string text) =>
        new(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = format }, new LevelText { Val = text }) { LevelIndex = index };
}
