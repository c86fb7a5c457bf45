using System.Text;
using System.Text.RegularExpressions;

namespace Resolint.Core.Corpus;

/// <summary>
/// The one way to turn a resolution number as written into the key the catalogue files it under, so a
/// resolution's own heading ("57/270 B.") and a citation of it ("resolution 57/270 B") meet: spaces
/// folded, the part letter dropped. "68/171" → "68/171", "57/270 B" → "57/270", "217 A (III)" →
/// "217 (III)", "1757 (2007)" → "1757 (2007)", "S‑8/1" → "S-8/1".
/// </summary>
public static partial class CatalogueKey
{
    public static string Of(string number)
    {
        string text = Normalize(number);
        Match m = Slashed().Match(text);
        if (m.Success)
        {
            return m.Groups["number"].Value;
        }

        m = WithSession().Match(text);
        return m.Success ? $"{m.Groups["sequence"].Value} ({m.Groups["session"].Value})" : text;
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

    /// <summary>"66/169", "57/270 B", "S-8/1", "ES-10/2", "2005/74".</summary>
    [GeneratedRegex(@"^(?<number>(?:E?S-)?\d{1,4}/\d{1,4})(?: ?[A-Z])?$")]
    private static partial Regex Slashed();

    /// <summary>"217 A (III)", "2200 A (XXI)", "1757 (2007)".</summary>
    [GeneratedRegex(@"^(?<sequence>\d{1,4})(?: ?[A-Z])? ?\((?<session>[IVXLC]{1,8}|\d{4})\)$")]
    private static partial Regex WithSession();

    /// <summary>"A/RES/68/171", "A/HRC/RES/36/29", "S/RES/2334 (2016)", "A/RES/ES-10/2".</summary>
    [GeneratedRegex(@"^[AES](?:/[A-Z]{2,5})?/RES/(?<number>.+)$")]
    private static partial Regex Symbol();
}
