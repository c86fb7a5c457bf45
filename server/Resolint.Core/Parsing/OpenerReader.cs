using Resolint.Core.Drafts;
using Resolint.Core.Text;

namespace Resolint.Core.Parsing;

/// <summary>
/// Finds a paragraph's opening words. Where the draft italicises them (Markdown), the italic run is the
/// opener as written. Otherwise a small grammar reads it: an optional adverb ("Deeply", "Also"), the head
/// word ("Recalling", "Requests", "Mindful"), then fixed tails that belong to the phrase ("note", "in mind",
/// "upon", "with appreciation", "also", "further").
/// </summary>
public static class OpenerReader
{
    private static readonly string[] LeadingWords = ["Also", "Further", "Again", "Once", "Having", "Further,"];

    private static readonly string[][] Tails =
    [
        ["also"], ["further"], ["again"], ["once", "again"],
        ["note"], ["in", "mind"], ["into", "account"], ["into", "consideration"],
        ["upon"], ["on"],
        ["with", "appreciation"], ["with", "satisfaction"], ["with", "concern"], ["with", "deep", "concern"],
        ["with", "grave", "concern"], ["with", "serious", "concern"], ["with", "great", "concern"],
        ["with", "profound", "concern"], ["with", "alarm"], ["with", "regret"], ["with", "deep", "regret"],
        ["with", "interest"], ["with", "gratitude"], ["with", "deep", "appreciation"],
    ];

    /// <summary>The opener of a preambular or operative paragraph, in the reader's text.</summary>
    public static TextSpan Read(InlineText content, bool operative)
    {
        string text = content.Text;
        if (text.Length == 0)
        {
            return new TextSpan(0, 0);
        }

        if (ItalicRunAtStart(content) is { } italic)
        {
            return italic;
        }

        var words = WordsAtStart(text, 12);
        if (words.Count == 0)
        {
            return new TextSpan(0, 0);
        }

        int w = 0;

        // Leading adverbs: "Also", "Further", "Once again", "Deeply", "Strongly", "Having".
        while (w < words.Count - 1 && w < 3 && IsLeadingWord(text, words[w], w == 0))
        {
            if (Word(text, words[w]) is "Once" && w + 1 < words.Count && Word(text, words[w + 1]) is "again")
            {
                w++;
            }

            w++;
        }

        int end = words[Math.Min(w, words.Count - 1)].End;
        w++;

        // Fixed tails, in any order, as long as they keep matching.
        bool matched = true;
        while (matched && w < words.Count)
        {
            matched = false;
            foreach (string[] tail in Tails)
            {
                if (operative && tail is ["on"] && !IsCall(text, words, w))
                {
                    continue;
                }

                if (!operative && tail is ["upon"] or ["on"])
                {
                    continue;
                }

                if (Matches(text, words, w, tail))
                {
                    end = words[w + tail.Length - 1].End;
                    w += tail.Length;
                    matched = true;
                    break;
                }
            }
        }

        return TextSpan.FromBounds(0, TrimPunctuation(text, end));
    }

    /// <summary>
    /// True when a word could open a preambular paragraph: a participle ("Recalling", "Concerned",
    /// "Having"), an adverb before one ("Deeply"), or an adjective the grammar knows. Used to tell a new
    /// paragraph from the rest of one cut by a page break.
    /// </summary>
    public static bool CouldOpenPreamble(string word)
    {
        if (word.Length < 3 || !char.IsUpper(word[0]))
        {
            return false;
        }

        return word.EndsWith("ing", StringComparison.Ordinal)
            || word.EndsWith("ed", StringComparison.Ordinal)
            || word.EndsWith("ly", StringComparison.Ordinal)
            || word.EndsWith("ful", StringComparison.Ordinal)
            || word.EndsWith("ous", StringComparison.Ordinal)
            || word.EndsWith("ant", StringComparison.Ordinal)
            || word.EndsWith("ent", StringComparison.Ordinal)
            || word.EndsWith("ive", StringComparison.Ordinal)
            || word is "Aware" or "Conscious" or "Cognizant" or "Mindful" or "Also" or "Further" or "Having" or "Taking" or "Bearing" or "Keeping";
    }

    private static bool IsLeadingWord(string text, TextSpan word, bool first)
    {
        ReadOnlySpan<char> w = Word(text, word);
        foreach (string leading in LeadingWords)
        {
            if (w.SequenceEqual(leading))
            {
                return true;
            }
        }

        // An adverb ("Deeply", "Gravely", "Strongly") leads only when capitalised as the first word.
        return first && w.Length > 3 && char.IsUpper(w[0]) && w.EndsWith("ly", StringComparison.Ordinal);
    }

    /// <summary>"Calls on" is a phrase; "Decides on" is not.</summary>
    private static bool IsCall(string text, List<TextSpan> words, int w) =>
        w > 0 && Word(text, words[w - 1]).StartsWith("Call", StringComparison.OrdinalIgnoreCase);

    private static bool Matches(string text, List<TextSpan> words, int at, string[] tail)
    {
        if (at + tail.Length > words.Count)
        {
            return false;
        }

        for (int i = 0; i < tail.Length; i++)
        {
            if (!Word(text, words[at + i]).TrimEnd(',').SequenceEqual(tail[i]))
            {
                return false;
            }

            // A comma closes the phrase: "Recalling also," stops after "also".
            if (i < tail.Length - 1 && text[words[at + i].End - 1] == ',')
            {
                return false;
            }
        }

        return true;
    }

    private static TextSpan? ItalicRunAtStart(InlineText content)
    {
        foreach (TextSpan run in content.Italics)
        {
            if (run.Start == 0)
            {
                int end = TrimPunctuation(content.Text, run.End);
                return end > 0 ? TextSpan.FromBounds(0, end) : null;
            }
        }

        return null;
    }

    private static int TrimPunctuation(string text, int end)
    {
        while (end > 0 && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is ',' or ';' or ':' or '.'))
        {
            end--;
        }

        return end;
    }

    private static ReadOnlySpan<char> Word(string text, TextSpan span) => text.AsSpan(span.Start, span.Length);

    /// <summary>The first <paramref name="max"/> words of a text, split at white space and nothing else.</summary>
    public static List<TextSpan> WordsAtStart(string text, int max)
    {
        var words = new List<TextSpan>(Math.Min(max, 16));
        int i = 0;
        while (i < text.Length && words.Count < max)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            int start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (i > start)
            {
                words.Add(TextSpan.FromBounds(start, i));
            }
        }

        return words;
    }
}
