using System.Globalization;
using System.Text;
using Resolint.Core.Drafts;
using Resolint.Core.Parsing;

namespace Resolint.Tests.Outline.Akn;

/// <summary>
/// Compares the parser's outline of each devset text with the UN's markup of it (<c>../shared/devset/akn</c>,
/// read by <see cref="AknMarkup"/>). A text agrees when all four hold:
/// <list type="number">
/// <item>as many preambular paragraphs as the markup has containers;</item>
/// <item>each, in order, with the same opening words as the container's name (whole words, case aside, the
/// closing comma aside): "Expressing grave concern", not "Expressing";</item>
/// <item>the same operative paragraphs, in order, with the same numbers (an unnumbered one matches an
/// unnumbered one); parts A, B … numbered each from 1 and a recommended draft's paragraphs are in the sequence;</item>
/// <item>the same footnote numbers (the texts of the notes at the end). Human Rights Council texts whose
/// notes begin at 2 (note 1 was on the cover page) begin at 2 in the markup too, so they compare as they are.</item>
/// </list>
/// Only the resolution's own preamble and operative part count: the parser's paragraphs after the annex
/// heading it found are left out, as annexes are in the markup. The opening-word figure is over all the
/// markup's preambular paragraphs: the share whose opening words the parser gives, the two sequences aligned
/// (longest common subsequence) so that one paragraph missed does not count its followers wrong.
/// <para>Measured on main before the block-role work (2 December 2026): plain text 255/642 files agree
/// (39.7 %), opening words 93.1 % right; Markdown 518/642 (80.7 %), opening words 99.7 %. After the opening
/// words took the UN's extent (2 December 2026): plain text 622/642 (96.9 %), opening words 99.7 %; Markdown
/// 635/642 (98.9 %), 99.9 %. Run <c>tests/akn/agreement.sh</c> for today's figures and every disagreement.</para>
/// </summary>
internal static class AknAgreement
{
    public sealed record FileResult(string Name, OutlineFacts Markup, OutlineFacts Parser, IReadOnlyList<(string Category, string Detail)> Differences, int OpenersRight)
    {
        public bool Agrees => Differences.Count == 0;
    }

    public sealed record Result(string Form, IReadOnlyList<FileResult> Files)
    {
        public int Agreeing => Files.Count(f => f.Agrees);

        public double AgreeingShare => Files.Count == 0 ? 0 : (double)Agreeing / Files.Count;

        public int Openers => Files.Sum(f => f.Markup.Preamble.Count);

        public int OpenersRight => Files.Sum(f => f.OpenersRight);

        public double OpenerShare => Openers == 0 ? 0 : (double)OpenersRight / Openers;
    }

    /// <summary>The devset beside the repository (<c>../shared/devset</c>), or null when it is not there.</summary>
    public static string? DevsetFolder()
    {
        string folder = Path.GetFullPath(Path.Combine(OutlineCommandTests.RepositoryRoot(), "..", "shared", "devset"));
        return Directory.Exists(Path.Combine(folder, "akn")) ? folder : null;
    }

    /// <summary>Every AKN file against its twin in <paramref name="form"/> ("texts" or "texts_md").</summary>
    public static Result Measure(string devset, string form)
    {
        string extension = form == "texts_md" ? ".md" : ".txt";
        DraftForm draftForm = form == "texts_md" ? DraftForm.Markdown : DraftForm.PlainText;
        var files = new List<FileResult>();
        foreach (string akn in Directory.GetFiles(Path.Combine(devset, "akn"), "*.xml").Order(StringComparer.Ordinal))
        {
            string name = Path.GetFileNameWithoutExtension(akn);
            string twin = Path.Combine(devset, form, name + extension);
            OutlineFacts markup = AknMarkup.Read(akn);
            OutlineFacts parser = File.Exists(twin)
                ? FactsOf(DraftParser.Parse(File.ReadAllText(twin), draftForm))
                : new OutlineFacts([], [], []);
            files.Add(Compare(name, markup, parser));
        }

        return new Result(form, files);
    }

    /// <summary>The parser's outline as facts: its paragraphs before the annex, its footnote texts.</summary>
    public static OutlineFacts FactsOf(Draft draft)
    {
        int end = draft.Annex?.Start ?? int.MaxValue;
        return new OutlineFacts(
            [.. draft.Preamble.Where(p => p.Span.Start < end).Select(p => ReadOutline.Clean(p.Opener.Text))],
            [.. draft.Operative.Where(p => p.Span.Start < end).Select(p => p.Number)],
            [.. draft.Footnotes.Select(f => f.Number).Distinct().Order()]);
    }

    public static FileResult Compare(string name, OutlineFacts markup, OutlineFacts parser)
    {
        var differences = new List<(string, string)>();
        if (markup.Preamble.Count != parser.Preamble.Count)
        {
            differences.Add(("preamble count", $"markup {markup.Preamble.Count}, parser {parser.Preamble.Count}{FirstDifference(markup.Preamble, parser.Preamble)}"));
        }
        else
        {
            int at = Enumerable.Range(0, markup.Preamble.Count).FirstOrDefault(i => !SameWords(markup.Preamble[i], parser.Preamble[i]), -1);
            if (at >= 0)
            {
                differences.Add((OpenerCategory(markup.Preamble[at], parser.Preamble[at]), $"preambular {at + 1}: markup \"{markup.Preamble[at]}\", parser \"{parser.Preamble[at]}\""));
            }
        }

        if (!markup.Operative.SequenceEqual(parser.Operative))
        {
            string category = markup.Operative.Count != parser.Operative.Count ? "operative count" : "operative numbers";
            differences.Add((category, $"markup {markup.Operative.Count} [{Numbers(markup.Operative)}], parser {parser.Operative.Count} [{Numbers(parser.Operative)}]"));
        }

        if (!markup.Footnotes.SequenceEqual(parser.Footnotes))
        {
            differences.Add(("footnotes", $"markup [{Range(markup.Footnotes)}], parser [{Range(parser.Footnotes)}]"));
        }

        return new FileResult(name, markup, parser, differences, AlignedMatches(markup.Preamble, parser.Preamble));
    }

    /// <summary>
    /// The figures, the disagreements by category, then the disagreeing files and what differs (all of them, or
    /// the first <paramref name="files"/>).
    /// </summary>
    public static string Report(Result result, int files = int.MaxValue)
    {
        var text = new StringBuilder();
        IFormatProvider c = CultureInfo.InvariantCulture;
        text.AppendLine(c, $"AKN agreement, {result.Form}: {result.Agreeing}/{result.Files.Count} files agree ({result.AgreeingShare:P1}); opening words {result.OpenersRight}/{result.Openers} ({result.OpenerShare:P1})");
        foreach (var group in result.Files.SelectMany(f => f.Differences.Select(d => (f.Name, d.Category, d.Detail))).GroupBy(d => d.Category).OrderByDescending(g => g.Count()))
        {
            var first = group.First();
            text.AppendLine(c, $"  {group.Count(),4} files  {group.Key}   e.g. {first.Name}: {first.Detail}");
        }

        foreach (FileResult file in result.Files.Where(f => !f.Agrees).Take(files))
        {
            text.AppendLine(c, $"{file.Name}");
            foreach ((string category, string detail) in file.Differences)
            {
                text.AppendLine(c, $"    {category}: {detail}");
            }
        }

        // Every preambular paragraph whose opening words differ, where the counts agree, most frequent first: the
        // files above name only the first of each file.
        var openers = result.Files.Where(f => f.Markup.Preamble.Count == f.Parser.Preamble.Count)
            .SelectMany(f => f.Markup.Preamble.Zip(f.Parser.Preamble).Where(p => !SameWords(p.First, p.Second)).Select(p => (Pair: $"markup \"{p.First}\", parser \"{p.Second}\"", f.Name)))
            .GroupBy(p => p.Pair, StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal);
        text.AppendLine("Opening words that differ (all of them):");
        foreach (var pair in openers)
        {
            text.AppendLine(c, $"  {pair.Count(),4}  {pair.Key}   e.g. {pair.First().Name}");
        }

        return text.ToString();
    }

    private static bool SameWords(string markup, string parser) => string.Equals(markup, parser, StringComparison.OrdinalIgnoreCase);

    /// <summary>The parser's opener cut short ("Expressing" for "Expressing grave concern"), run on, or other.</summary>
    private static string OpenerCategory(string markup, string parser) =>
        markup.StartsWith(parser + " ", StringComparison.OrdinalIgnoreCase) ? "opener shorter than the markup's"
        : parser.StartsWith(markup + " ", StringComparison.OrdinalIgnoreCase) ? "opener longer than the markup's"
        : "opener other words";

    private static string FirstDifference(IReadOnlyList<string> markup, IReadOnlyList<string> parser)
    {
        int at = 0;
        while (at < markup.Count && at < parser.Count && SameWords(markup[at], parser[at]))
        {
            at++;
        }

        string Quote(IReadOnlyList<string> openers) => at < openers.Count ? $"\"{openers[at]}\"" : "(none)";
        return $"; first difference at {at + 1}: markup {Quote(markup)}, parser {Quote(parser)}";
    }

    private static int AlignedMatches(IReadOnlyList<string> markup, IReadOnlyList<string> parser)
    {
        var row = new int[parser.Count + 1];
        for (int i = 1; i <= markup.Count; i++)
        {
            int diagonal = 0;
            for (int j = 1; j <= parser.Count; j++)
            {
                int above = row[j];
                row[j] = SameWords(markup[i - 1], parser[j - 1]) ? diagonal + 1 : Math.Max(row[j], row[j - 1]);
                diagonal = above;
            }
        }

        return row[parser.Count];
    }

    private static string Numbers(IReadOnlyList<int?> numbers) => Range(numbers.Select(n => n ?? -1).ToList());

    /// <summary>"1-12 -" for 1, 2 … 12 and an unnumbered one; runs of consecutive numbers are shortened.</summary>
    private static string Range(IReadOnlyList<int> numbers)
    {
        var parts = new List<string>();
        for (int i = 0; i < numbers.Count;)
        {
            int j = i;
            while (j + 1 < numbers.Count && numbers[j] >= 0 && numbers[j + 1] == numbers[j] + 1)
            {
                j++;
            }

            string Show(int n) => n < 0 ? "-" : n.ToString(CultureInfo.InvariantCulture);
            parts.Add(j > i ? $"{Show(numbers[i])}-{Show(numbers[j])}" : Show(numbers[i]));
            i = j + 1;
        }

        return string.Join(' ', parts);
    }
}
