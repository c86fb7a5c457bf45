using System.Xml;
using System.Xml.Schema;
using Resolint.Core.Documents;
using Resolint.Core.Drafts;
using Resolint.Core.Parsing;

namespace Resolint.Tests.Outline.Documents;

/// <summary>
/// A draft exported and read back: the outline it gives (<see cref="ReadOutline"/>, with the italics of the opening
/// words, the footnote markers in order and the footnotes' words), and whether an exported Akoma Ntoso file is valid
/// against the Akoma Ntoso 3.0 schema (<c>tests/akn/schema</c>, OASIS's, vendored).
/// </summary>
internal static class ExportRoundTrip
{
    private static readonly Lazy<XmlSchemaSet> Schema = new(LoadSchema);

    /// <summary>The draft written in <paramref name="form"/> and read back as the parser reads that form.</summary>
    public static Draft ReadBack(Draft draft, ExportForm form)
    {
        byte[] bytes = DraftExport.Write(draft, form);
        return form switch
        {
            ExportForm.Markdown => DraftParser.Parse(System.Text.Encoding.UTF8.GetString(bytes), DraftForm.Markdown),
            ExportForm.PlainText => DraftParser.Parse(System.Text.Encoding.UTF8.GetString(bytes), DraftForm.PlainText),
            ExportForm.AkomaNtoso => Parse(AknReader.Read(bytes)),
            ExportForm.Word => Parse(WordReader.Read(bytes)),
            _ => throw new ArgumentOutOfRangeException(nameof(form)),
        };
    }

    private static Draft Parse(DocumentText document) => DraftParser.Parse(document.Text, document.Form);

    /// <summary>
    /// The outline, then what it leaves out that an export must keep: whether each paragraph's opening words are in
    /// italics, the footnote markers in text order and each footnote's words. With <paramref name="italics"/> false
    /// (a plain text, which cannot show them) the italics are left out and openers are compared by their first word.
    /// </summary>
    public static IReadOnlyList<string> Outline(Draft draft, bool italics = true)
    {
        // Where a footnote's text stands (a page's foot, the end) is layout: the notes are compared by number and words below.
        var lines = ReadOutline.Of(draft).Where(line => !line.StartsWith("footnote ", StringComparison.Ordinal)).Select(line => italics ? line : ReadOutline.OpenerByFirstWord(line)).ToList();
        if (italics)
        {
            lines.Add("italic openers " + string.Concat(draft.Preamble.Select(p => p.Opener).Concat(draft.Operative.Select(p => p.Verb)).Select(o => o.Italic ? 'i' : '-')));
        }

        lines.Add("markers " + string.Join(' ', draft.FootnoteReferences.Select(r => r.Number)));
        lines.AddRange(draft.Footnotes.Select(f => $"note {f.Number} {ReadOutline.Clean(f.Text)}"));
        return lines;
    }

    /// <summary>The first line where two outlines part, for a report; null when they agree.</summary>
    public static string? FirstDifference(IReadOnlyList<string> expected, IReadOnlyList<string> actual)
    {
        int common = Math.Min(expected.Count, actual.Count);
        int at = Enumerable.Range(0, common).FirstOrDefault(i => expected[i] != actual[i], common);
        return at == common && expected.Count == actual.Count
            ? null
            : $"line {at + 1}: expected '{(at < expected.Count ? expected[at] : "(end)")}', read back '{(at < actual.Count ? actual[at] : "(end)")}'";
    }

    /// <summary>The schema's complaints about an Akoma Ntoso document; empty when it is valid.</summary>
    public static IReadOnlyList<string> SchemaErrors(byte[] akn)
    {
        var errors = new List<string>();
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = Schema.Value };
        settings.ValidationEventHandler += (_, e) => errors.Add($"{e.Severity} at {e.Exception?.LineNumber}:{e.Exception?.LinePosition}: {e.Message}");
        using var reader = XmlReader.Create(new MemoryStream(akn), settings);
        while (reader.Read())
        {
        }

        return errors;
    }

    private static XmlSchemaSet LoadSchema()
    {
        string folder = Path.Combine(OutlineCommandTests.RepositoryRoot(), "tests", "akn", "schema");
        var set = new XmlSchemaSet { XmlResolver = new XmlUrlResolver() };
        using (var reader = XmlReader.Create(Path.Combine(folder, "akomantoso30.xsd"), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore }))
        {
            set.Add(null, reader);
        }

        set.Compile();
        return set;
    }
}
