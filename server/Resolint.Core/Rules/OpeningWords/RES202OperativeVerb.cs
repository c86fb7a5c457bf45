using Resolint.Core.Corpus;
using Resolint.Core.Drafts;

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
        IReadOnlyList<OperativeParagraph> operative = context.Draft.Operative;
        for (int i = 0; i < operative.Count; i++)
        {
            if (context.Reading.OperativeOpenings[i] is not { } phrase)
            {
                continue;
            }

            int number = operative[i].Number ?? i + 1;
            string head = phrase.Head;
            bool known = context.Conventions.IsKnownOperativeVerb(phrase.Text);
            if (!known && OpenerSpelling.Misspelt(phrase, true, context.Conventions) is { } slip)
            {
                OpeningFindings.Misspelt(context, phrase, slip.Word, "Operative", number, slip.Meant);
                continue;
            }

            if (known || VerbForms.LooksThirdPerson(head))
            {
                ReportLowerCase(context, phrase, number);
            }
            else if (OpenerGrammar.FitsPreamble(head) && !HasVerbAfterLeadIn(operative[i].Content.Text, context))
            {
                // A present participle turns into the third person ("Recalling" → "Recalls"); "Concerned" does not.
                Report(context, phrase, number, VerbForms.ThirdPersonOf(head), "the form of a preambular opener");
            }
            else if (WordClasses.IsDeterminer(head))
            {
                Report(context, phrase, number, null, "which is not a verb");
            }
            else if (WordClasses.IsBareVerb(head, context.Conventions))
            {
                Report(context, phrase, number, VerbForms.ThirdPersonFromBase(head), "a verb without its ending");
            }
            else
            {
                ReportLowerCase(context, phrase, number);
            }
        }
    }

    /// <summary>
    /// "2. Alarmed by the sharp reductions in funding …, calls upon the international community …": a lead-in in
    /// the preamble's form, then the paragraph's verb in the third person straight after a comma. A verb after
    /// "and" does not count: "Recalling …, and requests" is a paragraph whose own verb lost its ending.
    /// </summary>
    private static bool HasVerbAfterLeadIn(string words, RuleContext context)
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
                if (VerbForms.LooksThirdPerson(word) && (context.Conventions.IsKnownOperativeVerb(char.ToUpperInvariant(word[0]) + word[1..]) || context.Conventions.IsKnownOperativeVerb(verb)))
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
