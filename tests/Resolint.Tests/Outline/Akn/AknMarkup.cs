using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Resolint.Tests.Outline.Akn;

/// <summary>What the agreement test compares: the resolution's own paragraphs, in text order.</summary>
/// <param name="Preamble">The opening words of each preambular paragraph.</param>
/// <param name="Operative">The number of each operative paragraph; null where it has none.</param>
/// <param name="Footnotes">The footnote numbers, ascending, each once.</param>
internal sealed record OutlineFacts(IReadOnlyList<string> Preamble, IReadOnlyList<int?> Operative, IReadOnlyList<int> Footnotes);

/// <summary>
/// Reads the UN's Akoma Ntoso (AKN4UN) markup of a resolution into <see cref="OutlineFacts"/>, in text order:
/// <list type="bullet">
/// <item>Preamble: each <c>container</c> of a <c>preamble</c>, named by its opening words: the words its italics
/// touch, which is the container's name but where the name was cut at a split italic run or is empty (9 and 4 of
/// the 11,451 containers), else the name; the organ line of a recommended draft, which the
/// markup writes as a container named "formula", is not a paragraph. In lettered parts the markup writes a
/// part's preambular paragraphs as <c>crossHeading</c>s: one that ends like a paragraph (comma, semicolon,
/// colon) is one.</item>
/// <item>Operative: each <c>paragraph</c> of a <c>mainBody</c> with a numeric <c>num</c> ("12."; a "II" there
/// numbers a section's heading, a "(iv)" a sub-paragraph). The markup is not always tidy, so an unnumbered
/// <c>paragraph</c> is read as a person reads it: a heading (a heading style, or no closing punctuation) and a
/// sub-paragraph ("(a) …") are no paragraph; one whose text begins with its number ("5 Encourages …") is that
/// operative paragraph; before the first numbered paragraph of a body or part (or in a body with none), one
/// ending in a comma is a preambular paragraph the markup put in the body, and one ending in a full stop or a
/// semicolon an unnumbered operative paragraph (the single-paragraph resolution); one ending in a colon is
/// the single operative paragraph of a body with no numbered one ("Recommends … the following draft
/// resolution:"), else a preambular paragraph ("Noting with satisfaction:"); in a body between two preambles
/// it is preambular; after the first numbered paragraph, a continuation (quoted text, a list of panels) and
/// no paragraph.</item>
/// <item>A draft resolution the resolution recommends is read where it stands, after the paragraph that
/// recommends it, as its text prints it, whether the markup holds it in <c>components</c> or in an
/// <c>embeddedStructure</c> of that paragraph. Annexes (<c>attachments</c>) are not read: they are not the
/// resolution's preamble or operative part.</item>
/// <item>Footnotes: the <c>marker</c> of every <c>authorialNote</c> in the file, annexes included (the plain
/// twin prints them all at its end), but for a note of the <c>preface</c>: the devset's twins print the cover's
/// note (on a part's letter: "B Resolution 77/253 … becomes resolution 77/253 A.") inside the title line, with
/// no marker and no note at the end, so there is nothing of it for the parser to read.</item>
/// </list>
/// </summary>
internal static partial class AknMarkup
{
    private static readonly XNamespace Akn = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";

    public static OutlineFacts Read(string path)
    {
        // White space between two runs ("<i>Guided</i> <i>also</i>") is a word break, kept where no xml:space says so.
        XDocument document = XDocument.Load(path, LoadOptions.PreserveWhitespace);
        var reading = new Reading();
        foreach (XElement part in document.Descendants().Where(e => e.Name == Akn + "preamble" || e.Name == Akn + "mainBody"))
        {
            if (part.Ancestors(Akn + "attachments").Any() || part.Ancestors(Akn + "embeddedStructure").Any())
            {
                continue;
            }

            if (part.Name == Akn + "preamble")
            {
                reading.ReadPreamble(part);
            }
            else
            {
                reading.ReadBody(part, splitPreamble: part.ElementsAfterSelf().FirstOrDefault()?.Name == Akn + "preamble");
            }
        }

        List<int> footnotes = [.. document.Descendants(Akn + "authorialNote")
            .Where(n => !n.Ancestors(Akn + "preface").Any())
            .Select(n => int.TryParse(n.Attribute("marker")?.Value, NumberStyles.None, CultureInfo.InvariantCulture, out int m) ? m : (int?)null)
            .OfType<int>()
            .Distinct()
            .Order()];
        return new OutlineFacts(reading.Preamble, reading.Operative, footnotes);
    }

    private sealed class Reading
    {
        public List<string> Preamble { get; } = [];

        public List<int?> Operative { get; } = [];

        public void ReadPreamble(XElement preamble)
        {
            foreach (XElement container in preamble.Elements(Akn + "container"))
            {
                AddContainer(container);
            }
        }

        /// <summary>
        /// A body's paragraphs in order (parts, sections and cross-headings hold them; a paragraph's own
        /// sub-paragraphs and a recommended draft inside it are not its siblings).
        /// </summary>
        public void ReadBody(XElement body, bool splitPreamble)
        {
            List<XElement> blocks = [.. body.Descendants().Where(e => (e.Name == Akn + "paragraph" || e.Name == Akn + "crossHeading" || e.Name == Akn + "subheading" || e.Name == Akn + "container") && Within(e, body))];
            bool anyNumbered = blocks.Any(p => NumberOf(p) is not null);

            // A body between two preambles (the markup split the preamble) holds preambular paragraphs.
            bool preambleHere = !anyNumbered && splitPreamble;
            bool seenNumbered = false;
            foreach (XElement block in blocks)
            {
                Read(block, anyNumbered, preambleHere, ref seenNumbered);
                if (block.Descendants(Akn + "embeddedStructure").FirstOrDefault(e => Within(e, block)) is { } draft)
                {
                    ReadBody(draft, splitPreamble: false);
                }
            }
        }

        private void Read(XElement block, bool anyNumbered, bool preambleHere, ref bool seenNumbered)
        {
            if (block.Name == Akn + "container")
            {
                AddContainer(block);
                return;
            }

            if (NumberOf(block) is int number)
            {
                seenNumbered = true;
                Operative.Add(number);
                return;
            }

            string text = OwnText(block);
            if (block.Name == Akn + "subheading" || IsHeading(block, text))
            {
                seenNumbered = false; // a part or section begins; its preamble may follow
                return;
            }

            if (block.Element(Akn + "num") is not null || SubParagraphLabel().IsMatch(text))
            {
                return; // "(a)", "(iv)" of a sub-paragraph
            }

            if (block.Name == Akn + "crossHeading")
            {
                Preamble.Add(FirstItalic(block) ?? FirstWord(text));
            }
            else if (NumberInText().Match(text) is { Success: true } inText)
            {
                seenNumbered = true;
                Operative.Add(int.Parse(inText.Groups[1].Value, CultureInfo.InvariantCulture));
            }
            else if (preambleHere || (text[^1] == ',' && !seenNumbered))
            {
                Preamble.Add(FirstItalic(block) ?? FirstWord(text));
            }
            else if (text[^1] is '.' or ';' && (!anyNumbered || !seenNumbered))
            {
                Operative.Add(null);
            }
            else if (text[^1] == ':' && !anyNumbered)
            {
                Operative.Add(null);
            }
            else if (text[^1] == ':' && !seenNumbered && FirstItalic(block) is { } opener)
            {
                Preamble.Add(opener);
            }
        }

        private void AddContainer(XElement container)
        {
            string name = Flat(container.Attribute("name")?.Value ?? string.Empty);
            if (name != "formula")
            {
                Preamble.Add(FirstItalic(container) ?? name);
            }
        }
    }

    /// <summary>True when <paramref name="element"/> belongs to <paramref name="body"/> itself: not to a
    /// paragraph, cross-heading or recommended draft inside it.</summary>
    private static bool Within(XElement element, XElement body)
    {
        foreach (XElement ancestor in element.Ancestors())
        {
            if (ancestor == body)
            {
                return true;
            }

            if (ancestor.Name == Akn + "paragraph" || ancestor.Name == Akn + "crossHeading" || ancestor.Name == Akn + "embeddedStructure" || ancestor.Name == Akn + "container")
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>The operative number in the paragraph's <c>num</c> ("12."), or null.</summary>
    private static int? NumberOf(XElement paragraph) =>
        paragraph.Name == Akn + "paragraph" && paragraph.Element(Akn + "num") is { } num && OperativeNumber().Match(Flat(num.Value)) is { Success: true } digits
            ? int.Parse(digits.Groups[1].Value, CultureInfo.InvariantCulture)
            : null;

    /// <summary>A heading style (H1, H23G …), or words with no closing punctuation ("I", "Follow-up").</summary>
    private static bool IsHeading(XElement paragraph, string text) =>
        (paragraph.Attribute("class")?.Value ?? string.Empty).StartsWith('H')
        || text.Length == 0
        || !",;.:".Contains(text[^1], StringComparison.Ordinal);

    /// <summary>The block's words, single-spaced, without its footnotes or a draft it holds.</summary>
    private static string OwnText(XElement block)
    {
        var text = new StringBuilder();
        foreach (XText node in block.DescendantNodes().OfType<XText>())
        {
            if (!node.Ancestors().TakeWhile(a => a != block).Any(a => a.Name == Akn + "authorialNote" || a.Name == Akn + "embeddedStructure"))
            {
                text.Append(node.Value);
            }
        }

        return string.Join(' ', text.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>
    /// The opening words as the page shows them: the words from the start that italics touch, a word counting as
    /// italic when any of it is. It is the container's name but where the UN's conversion cut the name at a split
    /// italic run: inside a word ("Expressin" of "<i>Expressin</i>g <i>grave concern</i>", "S" of
    /// "<i>S</i><i>trongly condemning also</i>") or before a second run ("Guided" of "<i>Guided</i> <i>also</i>").
    /// Null when the block opens with no italics.
    /// </summary>
    private static string? FirstItalic(XElement element)
    {
        XElement block = element.Element(Akn + "p") ?? element;
        var words = new StringBuilder();
        bool wordItalic = false;
        bool inWord = false;
        foreach (XText node in block.DescendantNodes().OfType<XText>())
        {
            if (node.Ancestors().TakeWhile(a => a != block).Any(a => a.Name == Akn + "authorialNote"))
            {
                continue;
            }

            bool italic = node.Ancestors().TakeWhile(a => a != block).Any(a => a.Name == Akn + "span" && a.Attribute("class")?.Value == "italic");
            foreach (char c in node.Value)
            {
                if (char.IsWhiteSpace(c))
                {
                    if (inWord && !wordItalic)
                    {
                        return Opening(words);
                    }

                    inWord = false;
                    words.Append(' ');
                    continue;
                }

                wordItalic = inWord ? wordItalic || italic : italic;
                inWord = true;
                words.Append(c);
            }
        }

        return Opening(words);

        // The italic words read so far, without the word that stopped them.
        string? Opening(StringBuilder read)
        {
            string text = read.ToString();
            if (inWord && !wordItalic)
            {
                int lastSpace = text.TrimEnd().LastIndexOf(' ');
                text = lastSpace < 0 ? string.Empty : text[..lastSpace];
            }

            string flat = Flat(text).TrimEnd(';', ':');
            return flat.Length > 0 ? flat : null;
        }
    }

    private static string FirstWord(string text) => text.Split(' ')[0].TrimEnd(',', ':');

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
