using Resolint.Core.Text;

namespace Resolint.Core.Documents;

/// <summary>
/// Where a place in a document's rendering is in the document as its reader sees it in Word: "paragraph 14
/// “Requests the Secretary-General to …”" (paragraphs counted from the document's first, as the rendering holds one
/// paragraph a line with blank lines between), or "footnote 3" among the footnote texts.
/// </summary>
public static class DocumentLocation
{
    /// <summary>How many of the paragraph's first words are quoted: enough to find it with Word's search.</summary>
    private const int WordsQuoted = 6;

    public static string Describe(SourceText rendering, int offset)
    {
        int target = rendering.LineOf(Math.Clamp(offset, 0, rendering.Text.Length));
        int paragraph = 0;
        int start = 0;
        bool blankBefore = true;
        for (int line = 0; line <= target; line++)
        {
            bool blank = string.IsNullOrWhiteSpace(rendering.LineText(line));
            if (!blank && blankBefore)
            {
                paragraph++;
                start = line;
            }

            blankBefore = blank;
        }

        string first = rendering.LineText(start);
        if (first.StartsWith("[^", StringComparison.Ordinal) && first.IndexOf("]:", StringComparison.Ordinal) is > 2 and var close)
        {
            return $"footnote {first[2..close]}";
        }

        string[] words = WithoutMarkup(first).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        string quoted = string.Join(' ', words.Take(WordsQuoted)) + (words.Length > WordsQuoted ? " …" : string.Empty);
        return $"paragraph {paragraph} “{quoted}”";
    }

    /// <summary>The words as Word shows them: no emphasis marks, escapes or footnote markers ("[^3]").</summary>
    private static string WithoutMarkup(string line)
    {
        var words = new System.Text.StringBuilder(line.Length);
        for (int i = 0; i < line.Length; i++)
        {
            if (line[i] == '[' && i + 1 < line.Length && line[i + 1] == '^' && line.IndexOf(']', i) is > 0 and var end)
            {
                i = end;
            }
            else if (line[i] is not ('*' or '\\'))
            {
                words.Append(line[i]);
            }
        }

        return words.ToString();
    }
}
