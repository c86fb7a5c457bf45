using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Resolint.Core.Documents;

using Body = DocumentFormat.OpenXml.Wordprocessing.Body;
using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;
using Text = DocumentFormat.OpenXml.Wordprocessing.Text;

/// <summary>
/// Writes a draft as a Word document: one Word paragraph a block, its label and a tab before its words, italics as the
/// layout gives them, footnote markers as superscript numbers and the footnote texts after the body.
/// </summary>
public static class WordWriter
{
    public static byte[] Write(DraftLayout layout)
    {
        using var stream = new MemoryStream();
        using (WordprocessingDocument document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            MainDocumentPart main = document.AddMainDocumentPart();
            var body = new Body();
            foreach (LayoutBlock block in layout.Blocks)
            {
                body.Append(ParagraphOf(block.Label, block.Runs));
            }

            foreach (LayoutNote note in layout.Notes)
            {
                body.Append(ParagraphOf(null, [new LayoutRun(string.Empty, false, note.Number), new LayoutRun(" ", false), .. note.Runs]));
            }

            main.Document = new Document(body);
            main.Document.Save();
        }

        return stream.ToArray();
    }

    private static Paragraph ParagraphOf(string? label, IEnumerable<LayoutRun> runs)
    {
        var paragraph = new Paragraph();
        if (label is not null)
        {
            paragraph.Append(new Run(new Text(label)), new Run(new TabChar()));
        }

        foreach (LayoutRun run in runs)
        {
            var properties = new RunProperties();
            if (run.Italic)
            {
                properties.Append(new Italic());
            }

            if (run.Note is int number)
            {
                properties.Append(new VerticalTextAlignment { Val = VerticalPositionValues.Superscript });
                paragraph.Append(new Run(properties, new Text(number.ToString(System.Globalization.CultureInfo.InvariantCulture))));
                continue;
            }

            string[] lines = run.Text.Split('\n');
            var element = new Run(properties);
            for (int i = 0; i < lines.Length; i++)
            {
                if (i > 0)
                {
                    element.Append(new Break());
                }

                element.Append(new Text(lines[i]) { Space = SpaceProcessingModeValues.Preserve });
            }

            paragraph.Append(element);
        }

        return paragraph;
    }
}
