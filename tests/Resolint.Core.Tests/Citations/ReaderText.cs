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
    public static InlineText From(string source, int sourceStart = 0)
    {
        var text = new System.Text.StringBuilder();
        var offsets = new List<int>();
        var italics = new List<TextSpan>();
        int italicStart = -1;
        for (int i = 0; i < source.Length; i++)
        {
            char c = source[i];
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

    /// <summary>The source text a span covers.</summary>
    public static string Covered(string source, TextSpan span, int sourceStart = 0) =>
        source.Substring(span.Start - sourceStart, span.Length);
}
