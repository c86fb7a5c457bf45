using System.Text;
using System.Text.RegularExpressions;
using Resolint.Core.Citations;

namespace Resolint.Core.Corpus;

/// <summary>
/// The one way to turn a resolution number as written into the key the catalogue files it under, so a
/// resolution's own heading ("57/270 B.") and a citation of it ("resolution 57/270 B") meet: it is the key the
/// citation scanner gives (<see cref="ResolutionNumber.Key"/>), after folding the spaces and dashes a word
/// processor substitutes. "68/171" → "68/171", "57/270 B" → "57/270", "217 A (III)" → "217 (III)",
/// "1757 (2007)" → "1757 (2007)", "S‑8/1" → "S-8/1".
/// </summary>
public static partial class CatalogueKey
{
    public static string Of(string number)
    {
        string text = Normalize(number);
        return ResolutionNumbers.TryParse(text, out ResolutionNumber parsed) ? parsed.Key : text;
    }

    /// <summary>
    /// The key of a resolution symbol ("A/RES/68/171" → "68/171", "S/RES/2334 (2016)" → "2334 (2016)"),
    /// or null when the text is not a resolution symbol.
    /// </summary>
    public static string? OfSymbol(string symbol)
    {
        Match m = Symbol().Match(Normalize(symbol));
        return m.Success ? Of(m.Groups["number"].Value) : null;
    }

    /// <summary>Spaces of every kind folded to one; the dashes a word processor substitutes read as hyphens.</summary>
    private static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (char c in text.Trim())
        {
            char d = c is '\u2010' or '\u2011' or '\u2012' or '\u2013' ? '-' : char.IsWhiteSpace(c) ? ' ' : c;
            if (d != ' ' || (builder.Length > 0 && builder[^1] != ' '))
            {
                builder.Append(d);
            }
        }

        return builder.ToString();
    }

    /// <summary>"A/RES/68/171", "A/HRC/RES/36/29", "S/RES/2334 (2016)", "A/RES/ES-10/2".</summary>
    [GeneratedRegex(@"^[AES](?:/[A-Z]{2,5})?/RES/(?<number>.+)$")]
    private static partial Regex Symbol();
}
