using Resolint.Core.Citations;
using Resolint.Core.Drafts;
using Resolint.Core.Text;

namespace Resolint.Core.Tests.Citations;

/// <summary>
/// Builds the reader's text of a Markdown-ish paragraph by hand, the way the parser will: emphasis stars,
/// backslash escapes, link syntax ("[39/17](#)" → "39/17") and superscript footnote markers are dropped, and a
/// line break folds to a space. Every kept character remembers its source offset, so the scanner's spans can be
/// checked against the source.
/// </summary>
internal static class ReaderText
{
    private const string Superscripts = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    /// <summary>The reader's text of <paramref name="source"/>, which starts at <paramref name="sourceStart"/> in its file.</summary>
    public static InlineText From(string source, int sourceStart = 0) => Build(source, sourceStart, new bool[source.Length]);

    /// <summary>
    /// The reader's text of a plain-text paragraph whose footnote markers lost their superscript: each marker is
    /// named by the words it is glued to ("5 July 2012", "1" for "5 July 20121"), in the order they stand.
    /// </summary>
    public static InlineText WithoutMarkers(string source, params (string After, string Marker)[] markers)
    {
        var dropped = new bool[source.Length];
        int from = 0;
        foreach ((string after, string marker) in markers)
        {
            int at = source.IndexOf(after + marker, from, StringComparison.Ordinal);
            Assert.True(at >= 0, $"No marker {marker} after \"{after}\".");
            at += after.Length;
            for (int i = at; i < at + marker.Length; i++)
            {
                dropped[i] = true;
            }

            from = at + marker.Length;
        }

        return Build(source, 0, dropped);
    }

    private static InlineText Build(string source, int sourceStart, bool[] dropped)
    {
        var text = new System.Text.StringBuilder();
        var offsets = new List<int>();
        var italics = new List<TextSpan>();
        int italicStart = -1;
        for (int i = 0; i < source.Length; i++)
        {
            char c = source[i];
            if (dropped[i])
            {
                continue;
            }

            if (c == '*')
            {
                if (italicStart < 0)
                {
                    italicStart = text.Length;
                }
                else
                {
                    italics.Add(TextSpan.FromBounds(italicStart, text.Length));
                    italicStart = -1;
                }

                continue;
            }

            if (c == '[' || Superscripts.Contains(c))
            {
                continue;
            }

            if (c == ']' && source.AsSpan(i).StartsWith("](#)"))
            {
                i += 3;
                continue;
            }

            if (c == '\\' && i + 1 < source.Length)
            {
                i++;
                c = source[i];
            }

            text.Append(c == '\n' ? ' ' : c);
            offsets.Add(sourceStart + i);
        }

        offsets.Add(sourceStart + source.Length);
        return new InlineText(text.ToString(), [.. offsets], italics);
    }

    /// <summary>The reader's text a source span covers: what a citation's <see cref="Citation.Text"/> must be.</summary>
    public static string Read(InlineText text, TextSpan sourceSpan)
    {
        int start = text.FromSourceOffset(sourceSpan.Start);
        int end = text.FromSourceOffset(sourceSpan.End - 1) + 1;
        Assert.True(start >= 0 && end > start, $"{sourceSpan} does not start and end on the reader's characters.");
        return text.Text[start..end];
    }

    /// <summary>The source text a span covers.</summary>
    public static string Covered(string source, TextSpan span, int sourceStart = 0) =>
        source.Substring(span.Start - sourceStart, span.Length);
}
