using Resolint.Core.Citations;

namespace Resolint.Core.Corpus;

/// <summary>Whether an opener repeats one used before: "Requests", "Also requests", "Further requests".</summary>
public enum Repetition
{
    Plain,
    Also,
    Further,
}

/// <summary>
/// Relates an opener to its plain form: "Also requests" and "Further requests" to "Requests", "Recalling
/// also" and "Recalling further" to "Recalling", "Gravely concerned also" to "Gravely concerned". Pure
/// string work, so the model, the rules and completion agree on it.
/// </summary>
public static class OpenerForms
{
    /// <summary>The opener without its "also"/"further", spaces folded: "Also calls upon" → "Calls upon".</summary>
    public static string BaseOf(string opener) => Split(opener).Base;

    public static Repetition RepetitionOf(string opener) => Split(opener).Repetition;

    /// <summary>An opener's plain form and how it repeats.</summary>
    public static (string Base, Repetition Repetition) Split(string opener)
    {
        // Nearly every opener is already its plain form, spaces folded: the rules ask this of every paragraph.
        if (IsFolded(opener) && !HasRepetitionWord(opener))
        {
            return (opener, Repetition.Plain);
        }

        string[] words = opener.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (words.Length < 2)
        {
            return (string.Join(' ', words), Repetition.Plain);
        }

        // Leading: "Also requests", "Further invites" — the verb then takes the capital.
        if (RepetitionWord(words[0]) is { } leading)
        {
            string rest = string.Join(' ', words, 1, words.Length - 1);
            return (char.ToUpperInvariant(rest[0]) + rest[1..], leading);
        }

        // Trailing or inside: "Recalling also", "Gravely concerned further", "Taking note also with appreciation".
        for (int i = 1; i < words.Length; i++)
        {
            if (RepetitionWord(words[i]) is { } inside && char.IsLower(words[i][0]))
            {
                string before = string.Join(' ', words, 0, i);
                return (i == words.Length - 1 ? before : before + " " + string.Join(' ', words, i + 1, words.Length - i - 1), inside);
            }
        }

        return (string.Join(' ', words), Repetition.Plain);
    }

    /// <summary>The opener with its spaces folded, for look-ups: "Takes  note" → "Takes note".</summary>
    public static string Normalize(string opener) =>
        IsFolded(opener) ? opener : string.Join(' ', opener.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Words between single spaces, no other white space, none before or after: what folding the spaces gives back unchanged.</summary>
    private static bool IsFolded(string opener)
    {
        for (int i = 0; i < opener.Length; i++)
        {
            char c = opener[i];
            if (char.IsWhiteSpace(c) && (c != ' ' || i == 0 || i == opener.Length - 1 || opener[i - 1] == ' '))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether any word might be "also" or "further" (<see cref="RepetitionWord"/>, compared without case, so never fewer).
    /// Only a word of four or seven characters, a comma after it aside, is compared: a comparison without case keeps the
    /// length, and every paragraph's opening words are asked this on each check.
    /// </summary>
    private static bool HasRepetitionWord(string opener)
    {
        for (int start = 0; start <= opener.Length;)
        {
            int space = opener.IndexOf(' ', start);
            int end = space < 0 ? opener.Length : space;
            ReadOnlySpan<char> word = opener.AsSpan(start, end - start).TrimEnd(',');
            if ((word.Length == 4 && word.Equals("also", StringComparison.OrdinalIgnoreCase))
                || (word.Length == 7 && word.Equals("further", StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }

            start = end + 1;
        }

        return false;
    }

    // Lower-casing keeps the length, so only a word of four or seven letters is lower-cased to be compared.
    private static Repetition? RepetitionWord(string word) => word.AsSpan().TrimEnd(',').Length is not (4 or 7) ? null : Words.Lower(word.TrimEnd(',')) switch
    {
        "also" => Repetition.Also,
        "further" => Repetition.Further,
        _ => null,
    };
}
