using System.Text;
using CsCheck;

namespace Resolint.Fuzz;

/// <summary>Text mutations of the kinds that broke the parser and rules before: one mutation is a kind and three random numbers.</summary>
internal static class Mutations
{
    /// <summary>What the issue measured: 128 nested quote marks or ~130 list markers broke Markdig; 200 goes past both.</summary>
    private const int DeepNesting = 200;

    /// <summary>A window of this many lines at most keeps one input quick to check and a failure quick to shrink.</summary>
    private const int MaxWindowLines = 120;

    /// <summary>Characters that matter to the rules: markers, brackets, quotes, spaces, digits, look-alike letters, punctuation.</summary>
    private static readonly Gen<char> Telling = Gen.Char["()[]{}“”‘’\"*_`~#>|-+ \t\n\r\u00a0\u200b¹²³⁰l0O19/.,;:\\"];

    private static readonly Gen<char> AnyCharacter = Gen.Frequency((4, Telling), (1, Gen.Char), (1, Gen.Char['\0', '\u001f']), (1, Gen.Char['\ud800', '\udfff']));

    private static readonly string[] Nested =
    [
        string.Concat(Enumerable.Repeat(">", DeepNesting)) + " Decides to act;",
        string.Concat(Enumerable.Repeat("- ", DeepNesting)) + "item",
        string.Concat(Enumerable.Repeat("1. ", DeepNesting)) + "Decides",
        string.Concat(Enumerable.Repeat("> - ", DeepNesting / 2)) + "(a) text",
        new string('[', DeepNesting) + "link" + new string(']', DeepNesting),
        new string('*', DeepNesting) + "Decides" + new string('*', DeepNesting / 2),
        new string('`', DeepNesting),
    ];

    /// <summary>Lines that open a block running to the end of the draft when nothing closes them.</summary>
    private static readonly string[] Openers = ["```", "~~~", "<!--", "<div>", "    \t1.\tIndented code;", "| a | b |", "---", "==="];

    private static readonly string[] Numbers = ["99999999999999999999", "2147483648", "-1", "0", "1e309", "٣", "１２", "007", "4294967296"];

    private static readonly string[] Breaks = ["\r\n", "\r", "\n\n", "\u2028", "\u0085", "\f", "\v"];

    private const int Kinds = 17;

    /// <summary>One mutation: applied to a text, it gives another text.</summary>
    public static Gen<Func<string, string>> One(IReadOnlyList<SeedText> corpus) =>
        Gen.Select(Gen.Int[0, Kinds - 1], Gen.Int[0, int.MaxValue], Gen.Int[0, int.MaxValue], Gen.String[AnyCharacter, 1, 6])
            .Select((kind, a, b, chars) => (Func<string, string>)(text => Apply(kind, a, b, chars, text, corpus)));

    /// <summary>A window of a seed text, mutated one to eight times, with the form it is parsed in.</summary>
    public static Gen<(string Text, Core.Drafts.DraftForm? Form)> Draft(IReadOnlyList<SeedText> corpus) =>
        Gen.Select(Gen.Int[0, corpus.Count - 1], Gen.Int[0, int.MaxValue], Gen.Int[1, MaxWindowLines], Gen.Int[0, 9], One(corpus).Array[1, 8])
            .Select((seed, start, lines, whole, mutations) =>
            {
                SeedText s = corpus[seed];
                string text = whole == 0 ? s.Text : Window(s.Text, start, lines);
                return (mutations.Aggregate(text, (t, m) => m(t)), s.Form);
            });

    private static string Window(string text, int start, int count)
    {
        string[] lines = text.Split('\n');
        int first = start % lines.Length;
        return string.Join('\n', lines, first, Math.Min(count, lines.Length - first));
    }

    private static string Apply(int kind, int a, int b, string chars, string text, IReadOnlyList<SeedText> corpus)
    {
        int at = text.Length == 0 ? 0 : a % (text.Length + 1);
        var lines = text.Split('\n').ToList();
        int i = a % lines.Count;
        int j = b % lines.Count;
        switch (kind)
        {
            case 0: // flip a character
                return text.Length == 0 ? chars : text[..Math.Min(at, text.Length - 1)] + chars[0] + text[Math.Min(at + 1, text.Length)..];
            case 1: // insert characters
                return text.Insert(at, chars);
            case 2: // delete a stretch
                return text.Remove(at, Math.Min(b % 40, text.Length - at));
            case 3:
                lines.RemoveAt(i);
                break;
            case 4:
                lines.Insert(i, lines[i]);
                break;
            case 5: // splice in a paragraph of another text
                string[] other = corpus[b % corpus.Count].Text.Split('\n');
                lines.InsertRange(i, other.Skip(b % other.Length).Take(1 + (a % 3)));
                break;
            case 6: // move a paragraph
                (lines[i], lines[j]) = (lines[j], lines[i]);
                break;
            case 7:
                lines.Insert(i, Nested[b % Nested.Length] + (a % 2 == 0 ? string.Empty : " " + lines[i]));
                break;
            case 8: // a huge or odd number, in place of a digit or inserted
                int digit = text.IndexOfAny("0123456789".ToCharArray(), at == text.Length ? 0 : at);
                return text.Insert(digit < 0 ? at : digit, Numbers[b % Numbers.Length]);
            case 9: // unbalanced brackets
                return text.Insert(at, new string("([{)]}“”"[b % 8], 1 + (b % 5)));
            case 10: // a digit glued to the word before it (a plain-text footnote marker)
                int space = text.IndexOf(' ', at == text.Length ? 0 : at);
                return space < 0 ? text + (b % 10) : text.Remove(space, 1).Insert(space, (b % 300).ToString(System.Globalization.CultureInfo.InvariantCulture));
            case 11: // doubled (or tripled) spaces along a line
                lines[i] = lines[i].Replace(" ", new string(' ', 2 + (b % 2)), StringComparison.Ordinal);
                break;
            case 12: // control characters
                return text.Insert(at, new string((char)(b % 32), 1 + (b % 3)));
            case 13: // a lone surrogate
                return text.Insert(at, ((char)(0xD800 + (b % 0x800))).ToString());
            case 14: // mixed line ends
                var mixed = new StringBuilder();
                for (int k = 0; k < lines.Count; k++)
                {
                    mixed.Append(lines[k]);
                    if (k < lines.Count - 1)
                    {
                        mixed.Append((k + b) % 3 == 0 ? Breaks[(a + k) % Breaks.Length] : "\n");
                    }
                }

                return mixed.ToString();
            case 15: // a fence, comment or table line left open
                lines.Insert(i, Openers[b % Openers.Length]);
                break;
            default:
                return text[..at];
        }

        return string.Join('\n', lines);
    }
}
