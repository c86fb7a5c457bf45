using Resolint.Core.Corpus;
using Resolint.Core.Drafts;
using Resolint.Core.Text;

namespace Resolint.Core.Rules.OpeningWords;

/// <summary>
/// Operative paragraphs open with a verb in the present indicative, third person ("Decides", "Calls upon",
/// "Takes note", "Strongly condemns", "Also requests"): Editorial Manual. Any verb of that form is fine,
/// known or not. Flags a participle ("Recalling", the preamble's form), a past participle or adjective
/// ("Concerned"), a bare verb ("Request"), a determiner ("The"), a misspelt head one letter off ("Requets",
/// "Decied") and a lower-case start.
/// </summary>
public sealed class RES202OperativeVerb : Rule
{
    public static readonly RuleDescriptor Rule = new(
        "RES202",
        "Operative paragraphs open with a verb in the third person",
        Severity.Warning,
        RuleCategory.OpeningWords,
        "An operative paragraph opens with a verb in the present tense, third person (Decides, Requests, Calls upon, Takes note), capitalised.");

    private const string Expected = "operative paragraphs open with a verb in the third person";

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(RuleContext context)
    {
        ReadOnlySpan<OperativeParagraph> operative = context.Reading.Operative;
        OpeningPhrase.Part openings = context.Reading.OperativeOpenings;
        for (int i = 0; i < operative.Length; i++)
        {
            if (openings[i] is not { } phrase)
            {
                continue;
            }

            int number = operative[i].Number ?? i + 1;
            Verdict verdict = phrase.Ruling(context.Conventions, static (phrase, conventions) => Read(phrase, phrase.Content.Text, conventions));
            switch (verdict.Form)
            {
                case Form.Misspelt:
                    OpeningFindings.Misspelt(context, phrase, verdict.Word, "Operative", number, verdict.Meant!);
                    break;
                case Form.Preambular:
                    // A present participle turns into the third person ("Recalling" → "Recalls"); "Concerned" does not.
                    Report(context, phrase, number, verdict.Meant, "the form of a preambular opener");
                    break;
                case Form.Determiner:
                    Report(context, phrase, number, null, "which is not a verb");
                    break;
                case Form.BareVerb:
                    Report(context, phrase, number, verdict.Meant, "a verb without its ending");
                    break;
                default:
                    ReportLowerCase(context, phrase, number);
                    break;
            }
        }
    }

    /// <summary>What the opening words are, as far as this rule asks, whatever the paragraph's number.</summary>
    private enum Form
    {
        /// <summary>A verb of the right form, or nothing this rule can name: only its first letter is looked at.</summary>
        Verb,
        Misspelt,
        Preambular,
        Determiner,
        BareVerb,
    }

    /// <summary>
    /// What the opening words of a paragraph are, read once per opening words and kept with them (<see cref="OpeningPhrase.Ruling"/>):
    /// the verb looked up, its spelling and form tried, of an unchanged paragraph, cost a keystroke nothing.
    /// </summary>
    /// <param name="Word">The word misspelt.</param>
    /// <param name="Meant">The word meant, or the third person that replaces the head; null when none is known.</param>
    private sealed record Verdict(Form Form, TextSpan Word = default, string? Meant = null);

    private static Verdict Read(OpeningPhrase phrase, string words, ConventionModel conventions)
    {
        string head = phrase.Head;
        bool known = conventions.IsKnownOperativeVerb(phrase.Text);
        if (!known && OpenerSpelling.Misspelt(phrase, true, conventions) is { } slip)
        {
            return new Verdict(Form.Misspelt, slip.Word, slip.Meant);
        }

        if (known || VerbForms.LooksThirdPerson(head))
        {
            return new Verdict(Form.Verb);
        }

        if (OpenerGrammar.FitsPreamble(head) && !HasVerbAfterLeadIn(words, conventions))
        {
            return new Verdict(Form.Preambular, Meant: VerbForms.ThirdPersonOf(head));
        }

        if (WordClasses.IsDeterminer(head))
        {
            return new Verdict(Form.Determiner);
        }

        return WordClasses.IsBareVerb(head, conventions) ? new Verdict(Form.BareVerb, Meant: VerbForms.ThirdPersonFromBase(head)) : new Verdict(Form.Verb);
    }

    /// <summary>
    /// "2. Alarmed by the sharp reductions in funding …, calls upon the international community …": a lead-in in
    /// the preamble's form, then the paragraph's verb in the third person straight after a comma. A verb after
    /// "and" does not count: "Recalling …, and requests" is a paragraph whose own verb lost its ending.
    /// </summary>
    private static bool HasVerbAfterLeadIn(string words, ConventionModel conventions)
    {
        for (int comma = words.IndexOf(", ", StringComparison.Ordinal); comma >= 0; comma = words.IndexOf(", ", comma + 2, StringComparison.Ordinal))
        {
            int start = comma + 2;
            int end = start;
            while (end < words.Length && char.IsAsciiLetterLower(words[end]))
            {
                end++;
            }

            if (end > start && (end == words.Length || words[end] == ' '))
            {
                // The verb with the word after it: "calls upon", "takes note" are known as such.
                int next = end < words.Length ? words.IndexOf(' ', end + 1) : -1;
                string word = words[start..end];
                string verb = char.ToUpperInvariant(word[0]) + words[(start + 1)..(next < 0 ? words.Length : next)];
                if (VerbForms.LooksThirdPerson(word) && (conventions.IsKnownOperativeVerb(char.ToUpperInvariant(word[0]) + word[1..]) || conventions.IsKnownOperativeVerb(verb)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static void Report(RuleContext context, OpeningPhrase phrase, int number, string? thirdPerson, string what) =>
        OpeningFindings.WrongForm(context, phrase, "Operative", number, thirdPerson, what, Expected, "'Decides', 'Requests', 'Calls upon'");

    private static void ReportLowerCase(RuleContext context, OpeningPhrase phrase, int number) =>
        OpeningFindings.LowerCase(context, phrase, "Operative", number);
}
