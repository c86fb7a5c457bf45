using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Resolint.Tests.Outline.Akn;

/// <summary>What the agreement test compares: the resolution's own paragraphs, in text order.</summary>
/// <param name="Preamble">The opening words of each preambular paragraph.</param>
/// <param name="Operative">The number of each operative paragraph; null where it has none.</param>
/// <param name="Footnotes">The footnote numbers, ascending, each once.</param>
internal sealed record OutlineFacts(IReadOnlyList<string> Preamble, IReadOnlyList<int?> Operative, IReadOnlyList<int> Footnotes);

/// <summary>
/// Reads the UN's Akoma Ntoso (AKN4UN) markup of a resolution into <see cref="OutlineFacts"/>:
/// <list type="bullet">
/// <item>Preamble: each <c>container</c> of a <c>preamble</c>, named by its opening words (the name, else its
/// first italic words where the name is a stray comma); the organ line of a recommended draft, which some files
/// mark as a container named "formula", is not a paragraph.</item>
/// <item>Operative: each <c>paragraph</c> of a <c>mainBody</c> with a numeric <c>num</c> ("12."; a "II" there
/// numbers a section's heading, a "(iv)" a sub-paragraph). The markup is not always
/// tidy, so an unnumbered <c>paragraph</c> is read as a person reads it: a heading (a heading style, or no
/// closing punctuation) and a sub-paragraph ("(a) …") are no paragraph; one whose text begins with its number
/// ("5 Encourages …") is that operative paragraph; in a body with no numbered paragraph it is an unnumbered
/// operative paragraph (the single-paragraph resolution); before the first numbered paragraph, opening with
/// italic words, or in a body between two preambles, it is a preambular paragraph the markup put in the body; after it, a continuation (quoted
/// text, a list of panels) and no paragraph.</item>
/// <item>A draft resolution a resolution recommends (<c>components</c>) is read in place, after the
/// resolution's own paragraphs, as its text prints it; annexes (<c>attachments</c>) are not: they are not the
/// resolution's preamble or operative part.</item>
/// <item>Footnotes: the <c>marker</c> of every <c>authorialNote</c> in the file, annexes included (the plain
/// twin prints them all at its end).</item>
/// </list>
/// </summary>
internal static partial class AknMarkup
{
    private static readonly XNamespace Akn = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";

    public static OutlineFacts Read(string path)
    {
        XDocument document = XDocument.Load(path);
        var preamble = new List<string>();
        var operative = new List<int?>();
        foreach (XElement part in document.Descendants().Where(e => e.Name == Akn + "preamble" || e.Name == Akn + "mainBody"))
        {
            if (part.Ancestors(Akn + "attachments").Any())
            {
                continue;
            }

            if (part.Name == Akn + "preamble")
            {
                ReadPreamble(part, preamble);
            }
            else
            {
                ReadMainBody(part, preamble, operative);
            }
        }

        List<int> footnotes = [.. document.Descendants(Akn + "authorialNote")
            .Select(n => int.TryParse(n.Attribute("marker")?.Value, NumberStyles.None, CultureInfo.InvariantCulture, out int m) ? m : (int?)null)
            .OfType<int>()
            .Distinct()
            .Order()];
        return new OutlineFacts(preamble, operative, footnotes);
    }

    private static void ReadPreamble(XElement preamble, List<string> openers)
    {
        foreach (XElement container in preamble.Elements(Akn + "container"))
        {
            string name = Flat(container.Attribute("name")?.Value ?? string.Empty);
            if (name == "formula")
            {
                continue;
            }

            openers.Add(name.Length > 0 ? name : FirstItalic(container) ?? string.Empty);
        }
    }

    private static void ReadMainBody(XElement body, List<string> preamble, List<int?> operative)
    {
        // Paragraphs at any depth (parts, sections, cross-headings hold them) but not inside another paragraph.
        List<XElement> paragraphs = [.. body.Descendants(Akn + "paragraph").Where(p => !p.Ancestors(Akn + "paragraph").Any())];
        bool anyNumbered = paragraphs.Any(p => NumberOf(p) is not null);

        // A body between two preambles (the markup split the preamble) holds preambular paragraphs.
        bool splitPreamble = !anyNumbered && body.ElementsAfterSelf().FirstOrDefault()?.Name == Akn + "preamble";
        bool seenNumbered = false;
        foreach (XElement paragraph in paragraphs)
        {
            if (NumberOf(paragraph) is int number)
            {
                seenNumbered = true;
                operative.Add(number);
                continue;
            }

            if (paragraph.Element(Akn + "num") is not null)
            {
                continue; // "I", "II" of a section's heading; "(a)", "(iv)" of a sub-paragraph
            }

            string text = string.Join(' ', paragraph.Value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            if (IsHeading(paragraph, text) || SubParagraphLabel().IsMatch(text))
            {
                continue;
            }

            if (NumberInText().Match(text) is { Success: true } inText)
            {
                seenNumbered = true;
                operative.Add(int.Parse(inText.Groups[1].Value, CultureInfo.InvariantCulture));
            }
            else if (!anyNumbered && !splitPreamble)
            {
                operative.Add(null);
            }
            else if (!seenNumbered && FirstItalic(paragraph) is { } opener)
            {
                preamble.Add(opener);
            }
        }
    }

    /// <summary>The operative number in the paragraph's <c>num</c> ("12."), or null.</summary>
    private static int? NumberOf(XElement paragraph) =>
        paragraph.Element(Akn + "num") is { } num && OperativeNumber().Match(Flat(num.Value)) is { Success: true } digits
            ? int.Parse(digits.Groups[1].Value, CultureInfo.InvariantCulture)
            : null;

    /// <summary>A heading style (H1, H23G …), or words with no closing punctuation ("I", "Follow-up").</summary>
    private static bool IsHeading(XElement paragraph, string text) =>
        (paragraph.Attribute("class")?.Value ?? string.Empty).StartsWith('H')
        || text.Length == 0
        || !",;.:".Contains(text[^1], StringComparison.Ordinal);

    private static string? FirstItalic(XElement element)
    {
        XElement? italic = element.Descendants(Akn + "span").FirstOrDefault(s => s.Attribute("class")?.Value == "italic");
        string words = italic is null ? string.Empty : Flat(italic.Value);
        return words.Length > 0 ? words : null;
    }

    /// <summary>One line, single spaces, without the comma that closes an opener.</summary>
    internal static string Flat(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).TrimEnd(',', ' ');

    [GeneratedRegex(@"^(\d+)\.?$")]
    private static partial Regex OperativeNumber();

    [GeneratedRegex(@"^\((?:[a-z]{1,2}|[ivxlc]+)\)\s")]
    private static partial Regex SubParagraphLabel();

    [GeneratedRegex(@"^(\d+)\.?\s+\p{Lu}")]
    private static partial Regex NumberInText();
}
