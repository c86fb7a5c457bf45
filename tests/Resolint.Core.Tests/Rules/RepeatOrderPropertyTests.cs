using CsCheck;
using Resolint.Core.Rules;
using Resolint.Core.Rules.OpeningWords;

namespace Resolint.Core.Tests.Rules;

/// <summary>
/// RES204 looks up, for speed, only the plain openers whose head has the length of a repeat's: a key has as many
/// characters as its head. Its findings must be those of the plain statement of the rule, which this test works out by
/// comparing each repeat with every opener before it, on parts mixing verbs of equal and unequal lengths and the
/// lexicon's synonym ("Taking note" is the plain form of "Noting also").
/// </summary>
public class RepeatOrderPropertyTests
{
    private static readonly string[] Verbs = ["Requests", "Welcomes", "Stresses", "Decides", "Invites", "Notes", "Urges", "Recognizes", "Encourages"];

    private static readonly string[] Participles = ["Recalling", "Welcoming", "Noting", "Stressing", "Reaffirming"];

    /// <summary>A number that picks an opener's word and form (<see cref="Operative"/>, <see cref="Preambular"/>).</summary>
    private static readonly Gen<int> Pick = Gen.Int[0, 300];

    [Fact]
    public void A_repeat_is_reported_when_no_opener_before_it_has_the_form_it_follows()
    {
        Gen.Select(Pick.Array[0, 10], Pick.Array[0, 10]).Sample((preamble, operative) =>
        {
            string[] preambular = [.. preamble.Select(Preambular)];
            string[] verbs = [.. operative.Select(Operative)];
            string draft = "Resolution 1 (2000)\n\nThe Security Council,\n\n"
                + string.Concat(preambular.Select(opener => $"{opener} the report,\n\n"))
                + string.Concat(verbs.Select((opener, i) => $"{i + 1}. {opener} the report;\n\n"))
                + "Adopted at the 1st meeting.\n";

            IEnumerable<string> expected = Unfollowed(preambular).Select(i => $"Preambular paragraph {i + 1} opens with '{preambular[i]}'")
                .Concat(Unfollowed(verbs).Select(i => $"Operative paragraph {i + 1} opens with '{verbs[i]}'"));
            IEnumerable<string> found = SeedSlips.Diagnostics(draft, [new RES204RepeatOrder()])
                .Select(d => d.Message[..d.Message.IndexOf(", but", StringComparison.Ordinal)]);
            Assert.Equal(expected.Order(StringComparer.Ordinal), found.Order(StringComparer.Ordinal));
        },
        iter: 2_000);
    }

    /// <summary>"Requests", "Also requests", "Further requests", by the verb and the form a number picks.</summary>
    private static string Operative(int pick)
    {
        string verb = Verbs[pick / 3 % Verbs.Length];
        return (pick % 3) switch
        {
            0 => verb,
            1 => "Also " + char.ToLowerInvariant(verb[0]) + verb[1..],
            _ => "Further " + char.ToLowerInvariant(verb[0]) + verb[1..],
        };
    }

    /// <summary>"Recalling", "Recalling also", "Recalling further", or "Taking note", the plain form of "Noting".</summary>
    private static string Preambular(int pick)
    {
        if (pick % 17 == 0)
        {
            return "Taking note";
        }

        string participle = Participles[pick / 3 % Participles.Length];
        return (pick % 3) switch
        {
            0 => participle,
            1 => participle + " also",
            _ => participle + " further",
        };
    }

    /// <summary>The repeats no earlier opener accounts for: "Also" after the plain form, "Further" after "Also" or the plain form.</summary>
    private static IEnumerable<int> Unfollowed(string[] openers)
    {
        for (int i = 0; i < openers.Length; i++)
        {
            (string key, string form) = KeyAndForm(openers[i]);
            if (form == "plain")
            {
                continue;
            }

            bool followed = false;
            for (int j = 0; j < i && !followed; j++)
            {
                (string earlierKey, string earlierForm) = KeyAndForm(openers[j]);
                bool sameKey = earlierKey == key || (earlierForm == "plain" && Core.Lexicon.OpenerSameAs(openers[j]) is { } same && same.ToLowerInvariant() == key);
                followed = sameKey && (earlierForm == "plain" || (form == "further" && earlierForm == "also"));
            }

            if (!followed)
            {
                yield return i;
            }
        }
    }

    private static (string Key, string Form) KeyAndForm(string opener)
    {
        string[] words = opener.ToLowerInvariant().Split(' ');
        return words switch
        {
            ["also", var verb] => (verb, "also"),
            ["further", var verb] => (verb, "further"),
            [var participle, "also"] => (participle, "also"),
            [var participle, "further"] => (participle, "further"),
            _ => (words[0], "plain"),
        };
    }
}
