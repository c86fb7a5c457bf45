using System.CommandLine;
using System.Text;
using System.Text.Json;
using Resolint.Core.Citations;
using Resolint.Core.Drafts;
using Resolint.Core.Parsing;

namespace Resolint.Cli;

/// <summary>`resolint outline`: prints what the parser understood of each draft.</summary>
public static class OutlineCommand
{
    public static Command Create()
    {
        var format = new Option<string>("--format") { Description = "text (a readable outline) or json", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var why = new Option<bool>("--why") { Description = "Also print every block's role and why the parser gave it" };
        var files = new Argument<string[]>("files") { Description = "Draft files to outline", Arity = ArgumentArity.OneOrMore };
        var command = new Command("outline", "Print the structure of drafts: heading, preamble, operative paragraphs, footnotes, citations.")
        {
            format,
            why,
            files,
        };
        command.SetAction(result => Run(result.GetValue(files)!, result.GetValue(format)!, result.InvocationConfiguration.Output, result.InvocationConfiguration.Error, result.GetValue(why)));
        return command;
    }

    public static int Run(IReadOnlyList<string> files, string format, TextWriter output, TextWriter error, bool why = false)
    {
        var drafts = new List<(string Path, Draft Draft)>();
        foreach (string path in files)
        {
            if (!DraftFile.TryRead(path, error, out DecodedDraft? draft))
            {
                return 2;
            }

            drafts.Add((path, DraftParser.Parse(draft.Text, draft.Document?.Form ?? Core.Checking.Configuration.Default.FormOf(path))));
        }

        if (format == "json")
        {
            WriteJson(drafts, output, why);
        }
        else
        {
            foreach ((string path, Draft draft) in drafts)
            {
                WriteText(path, draft, output);
                if (why)
                {
                    WriteRolesText(draft, output);
                }
            }
        }

        return 0;
    }

    /// <summary>One object for one file; an array of objects for several.</summary>
    private static void WriteJson(IReadOnlyList<(string Path, Draft Draft)> drafts, TextWriter output, bool why)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            if (drafts.Count == 1)
            {
                WriteDraft(json, drafts[0].Path, drafts[0].Draft, why);
            }
            else
            {
                json.WriteStartArray();
                foreach ((string path, Draft draft) in drafts)
                {
                    WriteDraft(json, path, draft, why);
                }

                json.WriteEndArray();
            }
        }

        output.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static void WriteDraft(Utf8JsonWriter json, string path, Draft draft, bool why)
    {
        int Line(Core.Text.TextSpan span) => draft.Text.LineOf(span.Start) + 1;

        json.WriteStartObject();
        json.WriteString("file", path);
        json.WriteString("form", draft.Form == DraftForm.Markdown ? "markdown" : "text");
        json.WriteString("symbol", draft.Symbol);
        json.WriteString("body", draft.Body);
        json.WriteString("number", draft.Heading.Number);
        json.WriteString("title", draft.Heading.Title);
        json.WriteString("session", draft.Heading.Session);
        json.WriteString("agendaItem", draft.Heading.AgendaItem);
        json.WriteString("adoptedOn", draft.Heading.AdoptionDate);
        json.WriteString("onReportOf", draft.Heading.OnReportOf);

        json.WriteStartArray("preamble");
        foreach (PreambularParagraph p in draft.Preamble)
        {
            json.WriteStartObject();
            json.WriteNumber("line", Line(p.Span));
            json.WriteString("opener", p.Opener.Text);
            json.WriteBoolean("italic", p.Opener.Italic);
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("operative");
        foreach (OperativeParagraph p in draft.Operative)
        {
            json.WriteStartObject();
            json.WriteNumber("line", Line(p.Span));
            if (p.Number is int n)
            {
                json.WriteNumber("number", n);
            }
            else
            {
                json.WriteNull("number");
            }

            json.WriteString("verb", p.Verb.Text);
            json.WriteBoolean("italic", p.Verb.Italic);
            json.WriteStartArray("subparagraphs");
            WriteSubParagraphs(json, p.SubParagraphs, Line);
            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("footnotes");
        foreach (Footnote f in draft.Footnotes)
        {
            json.WriteStartObject();
            json.WriteNumber("line", Line(f.Span));
            json.WriteNumber("number", f.Number);
            json.WriteString("text", f.Text);
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("footnoteReferences");
        foreach (FootnoteReference r in draft.FootnoteReferences)
        {
            var position = draft.Text.PositionOf(r.Span.Start);
            json.WriteStartObject();
            json.WriteNumber("line", position.Line + 1);
            json.WriteNumber("character", position.Character);
            json.WriteNumber("number", r.Number);
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("citations");
        foreach (Citation c in draft.Citations)
        {
            json.WriteStartObject();
            json.WriteNumber("line", Line(c.Span));
            json.WriteString("kind", JsonNamingPolicy.CamelCase.ConvertName(c.Kind.ToString()));
            json.WriteString("text", c.Text);
            switch (c)
            {
                case ResolutionCitation r:
                    json.WriteString("number", r.Number.Text);
                    json.WriteString("organ", r.Organ);
                    json.WriteString("date", r.Date?.Text);
                    break;
                case DocumentSymbolCitation d:
                    json.WriteString("symbol", d.Symbol);
                    break;
                case OfficialRecordsReference o:
                    json.WriteString("organ", o.Organ);
                    json.WriteString("session", o.SessionOrdinal);
                    if (o.Year is int year)
                    {
                        json.WriteNumber("year", year);
                    }

                    json.WriteString("supplement", o.Supplement);
                    json.WriteString("symbol", o.Symbol?.Symbol);
                    break;
                case ParagraphReference p:
                    json.WriteStartArray("paragraphs");
                    foreach (int n in p.Paragraphs)
                    {
                        json.WriteNumberValue(n);
                    }

                    json.WriteEndArray();
                    json.WriteString("direction", p.Above ? "above" : "below");
                    break;
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();

        if (draft.Adoption is { } adoption)
        {
            json.WriteStartObject("adoption");
            json.WriteNumber("line", Line(adoption.Span));
            json.WriteString("meeting", adoption.Meeting);
            json.WriteString("date", adoption.Date);
            json.WriteBoolean("withoutVote", adoption.WithoutVote);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("adoption");
        }

        if (why)
        {
            WriteRoles(json, draft);
        }

        json.WriteEndObject();
    }

    private static void WriteSubParagraphs(Utf8JsonWriter json, IReadOnlyList<SubParagraph> subParagraphs, Func<Core.Text.TextSpan, int> line)
    {
        foreach (SubParagraph s in subParagraphs)
        {
            json.WriteStartObject();
            json.WriteNumber("line", line(s.Span));
            json.WriteString("label", s.Label);
            json.WriteNumber("level", s.Level);
            if (s.Children.Count > 0)
            {
                json.WriteStartArray("subparagraphs");
                WriteSubParagraphs(json, s.Children, line);
                json.WriteEndArray();
            }

            json.WriteEndObject();
        }
    }

    private static void WriteText(string path, Draft draft, TextWriter output)
    {
        int Line(Core.Text.TextSpan span) => draft.Text.LineOf(span.Start) + 1;

        output.WriteLine($"{path}: {draft.Symbol ?? "(no symbol)"} — {draft.Body ?? "(no organ)"}{(draft.TranscribedFromPrint ? " (transcribed from print)" : string.Empty)}");
        if (draft.Heading.Title is { } title)
        {
            output.WriteLine($"  {draft.Heading.Number} {title}");
        }

        output.WriteLine($"  Preamble: {draft.Preamble.Count} paragraphs");
        foreach (PreambularParagraph p in draft.Preamble)
        {
            output.WriteLine($"    {Line(p.Span),5}  {p.Opener.Text}{(p.Opener.Italic ? " (italic)" : string.Empty)}");
        }

        output.WriteLine($"  Operative: {draft.Operative.Count} paragraphs");
        foreach (OperativeParagraph p in draft.Operative)
        {
            output.WriteLine($"    {Line(p.Span),5}  {p.NumberText} {p.Verb.Text}{(p.Verb.Italic ? " (italic)" : string.Empty)}");
            WriteSubParagraphText(p.SubParagraphs, output, Line, 1);
        }

        output.WriteLine($"  Footnotes: {draft.Footnotes.Count}; markers in text order: {string.Join(' ', draft.FootnoteReferences.Select(r => r.Number))}");
        foreach (Footnote f in draft.Footnotes)
        {
            output.WriteLine($"    {Line(f.Span),5}  {f.Number} {f.Text}");
        }

        output.WriteLine($"  Citations: {draft.Citations.Count}");
        if (draft.Adoption is { } adoption)
        {
            output.WriteLine($"  Adopted: {adoption.Meeting} {adoption.Date}{(adoption.WithoutVote ? " without a vote" : string.Empty)}");
        }
    }

    /// <summary>`--why`: each block with its line, role and reason, and the start of its text.</summary>
    private static void WriteRolesText(Draft draft, TextWriter output)
    {
        const int Excerpt = 60;
        output.WriteLine($"  Blocks: {draft.Blocks.Count}");
        foreach (DraftBlock block in draft.Blocks)
        {
            string words = draft.Text.Slice(block.Span).Trim();
            string start = words.Length > Excerpt ? words[..Excerpt] + "…" : words;
            output.WriteLine($"    {draft.Text.LineOf(block.Span.Start) + 1,5}  {block.Role,-20} {block.Reason}  | {start}");
        }
    }

    private static void WriteRoles(Utf8JsonWriter json, Draft draft)
    {
        json.WriteStartArray("blocks");
        foreach (DraftBlock block in draft.Blocks)
        {
            json.WriteStartObject();
            json.WriteNumber("line", draft.Text.LineOf(block.Span.Start) + 1);
            json.WriteString("role", block.Role.ToString());
            json.WriteString("reason", block.Reason);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteSubParagraphText(IReadOnlyList<SubParagraph> subParagraphs, TextWriter output, Func<Core.Text.TextSpan, int> line, int depth)
    {
        foreach (SubParagraph s in subParagraphs)
        {
            output.WriteLine($"    {line(s.Span),5}  {new string(' ', depth * 2)}{s.Label}");
            WriteSubParagraphText(s.Children, output, line, depth + 1);
        }
    }
}
