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
        string[] words = opener.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (words.Length < 2)
        {
            return (string.Join(' ', words), Repetition.Plain);
        }

        // Leading: "Also requests", "Further invites" — the verb then takes the capital.
        if (RepetitionWord(words[0]) is { } leading)
        {
            string rest = string.Join(' ', words[1..]);
            return (char.ToUpperInvariant(rest[0]) + rest[1..], leading);
        }

        // Trailing or inside: "Recalling also", "Gravely concerned further", "Taking note also with appreciation".
        for (int i = 1; i < words.Length; i++)
        {
            if (RepetitionWord(words[i]) is { } inside && char.IsLower(words[i][0]))
            {
                return (string.Join(' ', words.Where((_, at) => at != i)), inside);
            }
        }

        return (string.Join(' ', words), Repetition.Plain);
    }

    /// <summary>The opener with its spaces folded, for look-ups: "Takes  note" → "Takes note".</summary>
    public static string Normalize(string opener) =>
        string.Join(' ', opener.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static Repetition? RepetitionWord(string word) => word.TrimEnd(',').ToLowerInvariant() switch
    {
        "also" => Repetition.Also,
        "further" => Repetition.Further,
        _ => null,
    };
}
