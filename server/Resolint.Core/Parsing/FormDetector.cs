using Resolint.Core.Drafts;

namespace Resolint.Core.Parsing;

/// <summary>
/// Tells a Markdown draft from a plain-text one by what its lines show, since the seeds and real files are
/// often named ".txt" whatever their form: Markdown shows "1. *Verb*", emphasis, links and footnote labels;
/// plain text shows tab-indented paragraphs.
/// </summary>
public static class FormDetector
{
    public static DraftForm Detect(string text)
    {
        int markdown = 0;
        int plain = 0;
        int lineStart = 0;
        int lines = 0;
        while (lineStart < text.Length && lines < 5000)
        {
            int lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }

            ReadOnlySpan<char> line = text.AsSpan(lineStart, lineEnd - lineStart).TrimEnd('\r');
            lines++;
            if (line.Length > 0 && line[0] == '\t')
            {
                plain++;
            }

            ReadOnlySpan<char> trimmed = line.TrimStart();
            int digits = 0;
            while (digits < trimmed.Length && char.IsAsciiDigit(trimmed[digits]))
            {
                digits++;
            }

            // "1. *Decides*" opens emphasis; "13. _ Decides" (a speck OCR read as an underscore) does not: emphasis opens on a word.
            if (digits > 0 && trimmed.Length > digits + 3 && trimmed[digits] == '.' && trimmed[digits + 1] == ' ' && trimmed[digits + 2] is '*' or '_'
                && !char.IsWhiteSpace(trimmed[digits + 3]))
            {
                markdown += 3;
            }

            if (trimmed.StartsWith("[^", StringComparison.Ordinal) || trimmed.StartsWith("# ", StringComparison.Ordinal) || trimmed.StartsWith("## ", StringComparison.Ordinal))
            {
                markdown += 2;
            }

            if (line.Contains("](", StringComparison.Ordinal) || line.Contains("[^", StringComparison.Ordinal))
            {
                markdown++;
            }

            if (trimmed.Length > 2 && trimmed[0] is '*' or '_' && char.IsLetterOrDigit(trimmed[1]))
            {
                markdown++;
            }

            lineStart = lineEnd + 1;
        }

        return markdown > plain ? DraftForm.Markdown : DraftForm.PlainText;
    }
}
