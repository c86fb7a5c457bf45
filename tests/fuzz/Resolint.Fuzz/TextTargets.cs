using System.Text;
using CsCheck;
using Resolint.Cli;
using Resolint.Core.Checking;
using Resolint.Core.Corpus;
using Resolint.Core.Drafts;
using Resolint.Core.Parsing;
using Resolint.Core.Rules;

namespace Resolint.Fuzz;

/// <summary>A target whose input is a draft: shrunk by lines, then by stretches of characters; written as .md or .txt.</summary>
internal abstract class DraftTarget(IReadOnlyList<SeedText> corpus) : Target<(string Text, DraftForm? Form)>
{
    public override Gen<(string Text, DraftForm? Form)> Inputs { get; } = Mutations.Draft(corpus);

    public override int Size((string Text, DraftForm? Form) input) => input.Text.Length;

    public override IEnumerable<(string Text, DraftForm? Form)> Smaller((string Text, DraftForm? Form) input)
    {
        string[] lines = input.Text.Split('\n');
        for (int chunk = Math.Max(1, lines.Length / 2); chunk >= 1; chunk /= 2)
        {
            for (int at = 0; at + chunk <= lines.Length; at += chunk)
            {
                yield return (string.Join('\n', lines.Take(at).Concat(lines.Skip(at + chunk))), input.Form);
            }
        }

        for (int chunk = Math.Max(1, input.Text.Length / 4); chunk >= 1; chunk /= 4)
        {
            for (int at = 0; at + chunk <= input.Text.Length; at += chunk)
            {
                yield return (input.Text.Remove(at, chunk), input.Form);
            }
        }
    }

    public override string Write((string Text, DraftForm? Form) input, string folder)
    {
        string path = Path.Combine(folder, $"{Name}-{DateTime.UtcNow:yyyyMMdd-HHmmss-fff}{(input.Form == DraftForm.Markdown ? ".md" : ".txt")}");
        File.WriteAllText(path, input.Text, new UTF8Encoding(false));
        return path;
    }
}

/// <summary>The parser in both forms and as the file's form decides, and `resolint outline` (text and JSON) over what it read.</summary>
internal sealed class ParserTarget(IReadOnlyList<SeedText> corpus, string scratch) : DraftTarget(corpus)
{
    public override string Name => "parser";

    public override void Run((string Text, DraftForm? Form) input)
    {
        DraftParser.Parse(input.Text, DraftForm.PlainText);
        DraftParser.Parse(input.Text, DraftForm.Markdown);
        DraftParser.Parse(input.Text, input.Form);

        // The outline command reads a file: one per thread, its extension giving the form.
        string file = Path.Combine(scratch, $"outline-{Environment.CurrentManagedThreadId}{(input.Form == DraftForm.Markdown ? ".md" : ".txt")}");
        File.WriteAllText(file, input.Text, new UTF8Encoding(false)); // a lone surrogate becomes U+FFFD, as any editor saves it
        foreach (string format in new[] { "text", "json" })
        {
            var error = new StringWriter();
            int code = OutlineCommand.Run([file], format, TextWriter.Null, error);
            if (code != 0)
            {
                throw new FuzzFailure($"outline --format {format} exit {code}: {error}");
            }
        }
    }
}

/// <summary>Check, apply every fix as `--fix` does, check again: no exception, findings inside the text, and fixing settles.</summary>
internal sealed class FixTarget(IReadOnlyList<SeedText> corpus) : DraftTarget(corpus)
{
    /// <summary>
    /// A fix adds punctuation, a number or a word here and there; doubling a draft is far past any honest fix, and
    /// the mark of a fix that feeds on its own output (a "2. " gained per run).
    /// </summary>
    private const int MaxGrowthFactor = 2;

    /// <summary>Room for the few characters a fix adds to a very short input.</summary>
    private const int GrowthAllowance = 256;

    private static readonly Checker Checker = new(BundledConventions.Model);

    public override string Name => "fix";

    public override void Run((string Text, DraftForm? Form) input)
    {
        FixOutcome<CheckResult> outcome = Fixer.Apply(input.Text, text => Check(text, input.Form), r => r.Diagnostics);
        if (outcome.Text.Length > (MaxGrowthFactor * input.Text.Length) + GrowthAllowance)
        {
            throw new FuzzFailure($"fixing grew the draft from {input.Text.Length} to {outcome.Text.Length} characters");
        }

        string again = FixApplier.Apply(outcome.Text, Check(outcome.Text, input.Form).Diagnostics);
        if (again != outcome.Text)
        {
            int at = Enumerable.Range(0, Math.Min(again.Length, outcome.Text.Length)).FirstOrDefault(i => again[i] != outcome.Text[i]);
            throw new FuzzFailure($"fixing does not settle: after {Fixer.MaxPasses} passes another changes the text at offset {at}: "
                + $"“{Excerpt(outcome.Text, at)}” → “{Excerpt(again, at)}”");
        }
    }

    private static CheckResult Check(string text, DraftForm? form)
    {
        CheckResult result = Checker.Check(DraftParser.Parse(text, form));
        foreach (Diagnostic d in result.Diagnostics)
        {
            if (d.Span.Start < 0 || d.Span.End > text.Length || d.Span.End < d.Span.Start)
            {
                throw new FuzzFailure($"{d.Id} reports a span {d.Span.Start}..{d.Span.End} outside the text of {text.Length} characters");
            }
        }

        return result;
    }

    private static string Excerpt(string text, int at) => text.Substring(Math.Max(0, at - 20), Math.Min(text.Length - Math.Max(0, at - 20), 60)).ReplaceLineEndings("⏎");
}
