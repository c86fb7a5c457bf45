using System.Text;
using Resolint.Core.Drafts;
using Resolint.Core.Parsing;

namespace Resolint.Core.Documents;

/// <summary>
/// Writes a draft in another form: Markdown and plain text in the layout of the UN's own texts, Word in the UN's layout,
/// Akoma Ntoso as AKN4UN. Every form is written from the draft's <see cref="DraftLayout"/>, read from the model once.
/// </summary>
public static class DraftExport
{
    /// <summary>The line the UN's texts put between the resolution and its footnote texts.</summary>
    private const string FootnoteRule = "__________________";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static byte[] Write(Draft draft, ExportForm form)
    {
        DraftLayout layout = DraftLayout.From(draft);
        return form switch
        {
            ExportForm.Markdown => Utf8.GetBytes(MarkdownOf(layout)),
            ExportForm.PlainText => Utf8.GetBytes(PlainTextOf(layout)),
            ExportForm.Word => WordWriter.Write(layout),
            ExportForm.AkomaNtoso => AknWriter.Write(layout),
            _ => throw new ArgumentOutOfRangeException(nameof(form)),
        };
    }

    /// <summary>"md", "txt", "docx", "akn" (any case) → the form; null for any other name.</summary>
    public static ExportForm? ParseForm(string name) => name.Trim().ToLowerInvariant() switch
    {
        "md" or "markdown" => ExportForm.Markdown,
        "txt" or "text" => ExportForm.PlainText,
        "docx" or "word" => ExportForm.Word,
        "akn" or "xml" => ExportForm.AkomaNtoso,
        _ => null,
    };

    /// <summary>The file extension a form is written with, with its dot (".md", ".xml").</summary>
    public static string FileExtension(ExportForm form) => form switch
    {
        ExportForm.Markdown => ".md",
        ExportForm.PlainText => ".txt",
        ExportForm.Word => ".docx",
        ExportForm.AkomaNtoso => ".xml",
        _ => throw new ArgumentOutOfRangeException(nameof(form)),
    };

    /// <summary>True for the forms written as bytes that are no text (a .docx).</summary>
    public static bool IsBinary(ExportForm form) => form == ExportForm.Word;

    /// <summary>
    /// The UN's Markdown layout: one block a line with a blank line between, "12. " and "(a) " before numbered blocks,
    /// italics as <c>*…*</c>, markers as <c>[^n]</c>, the footnote texts after the rule at the end.
    /// </summary>
    private static string MarkdownOf(DraftLayout layout)
    {
        var markdown = new MarkdownRendering();
        foreach (LayoutBlock block in layout.Blocks)
        {
            markdown.BeginParagraph(block.Label);
            WriteRuns(markdown, block.Runs);
        }

        foreach (LayoutNote note in layout.Notes)
        {
            markdown.BeginNote(note.Number);
            WriteRuns(markdown, note.Runs);
        }

        return markdown.ToString();
    }

    private static void WriteRuns(MarkdownRendering markdown, IReadOnlyList<LayoutRun> runs)
    {
        foreach (LayoutRun run in runs)
        {
            if (run.Note is int number)
            {
                markdown.Marker(number);
                continue;
            }

            string[] lines = run.Text.Split('\n');
            for (int i = 0; i < lines.Length; i++)
            {
                if (i > 0)
                {
                    markdown.LineBreak();
                }

                markdown.Text(lines[i], run.Italic);
            }
        }
    }

    /// <summary>
    /// The UN's plain-text layout: one block a line with a blank line between, "12.&lt;TAB&gt;" and "(a)&lt;TAB&gt;" before
    /// numbered blocks, markers as superscript digits, the footnote texts one a line after the rule at the end.
    /// </summary>
    private static string PlainTextOf(DraftLayout layout)
    {
        var text = new StringBuilder();
        foreach (LayoutBlock block in layout.Blocks)
        {
            if (text.Length > 0)
            {
                text.Append('\n');
            }

            if (block.Label is { } label)
            {
                text.Append(label).Append('\t');
            }

            AppendPlain(text, block.Runs);
            text.Append('\n');
        }

        if (layout.Notes.Count > 0)
        {
            text.Append('\n').Append(FootnoteRule).Append("\n\n");
            foreach (LayoutNote note in layout.Notes)
            {
                text.Append(SuperscriptDigits.Of(note.Number)).Append(' ');
                AppendPlain(text, note.Runs);
                text.Append('\n');
            }
        }

        return text.ToString();
    }

    /// <summary>
    /// Words and markers as superscript digits; two markers side by side are a comma apart ("³,⁴", as the UN prints
    /// them), for "³⁴" is one marker, 34.
    /// </summary>
    private static void AppendPlain(StringBuilder text, IReadOnlyList<LayoutRun> runs)
    {
        bool afterMarker = false;
        foreach (LayoutRun run in runs)
        {
            if (run.Note is int number)
            {
                text.Append(afterMarker ? "," : string.Empty).Append(SuperscriptDigits.Of(number));
            }
            else
            {
                text.Append(run.Text);
            }

            afterMarker = run.Note is not null;
        }
    }
}
