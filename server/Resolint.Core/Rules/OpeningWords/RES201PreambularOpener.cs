using Resolint.Core.Corpus;
using Resolint.Core.Drafts;

namespace Resolint.Core.Rules.OpeningWords;

/// <summary>
/// Preambular paragraphs open with a participle or participial phrase ("Recalling", "Having examined",
/// "Bearing in mind") or an adjective ("Mindful", "Deeply concerned"): Editorial Manual, "Resolutions and
/// other formal decisions". Judged by the word's form, so an opener no corpus has shown is fine when it is
/// grammatically one; the corpus's own openers are always fine. Flags an operative verb form ("Recalls"), a
/// bare verb ("Recall"), a determiner ("The", "Its"), a misspelt head one letter off ("Recallig") and a
/// lower-case start.
/// </summary>
public sealed class RES201PreambularOpener : Rule
{
    public static readonly RuleDescriptor Rule = new(
        "RES201",
        "Preambular paragraphs open with a participle or an adjective",
        Severity.Warning,
        RuleCategory.OpeningWords,
        "A preambular paragraph opens with a participle (Recalling, Having examined, Bearing in mind) or an adjective (Mindful, Deeply concerned), capitalised.");

    private const string Expected = "preambular paragraphs open with a participle or an adjective";

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(RuleContext context)
    {
        IReadOnlyList<PreambularParagraph> preamble = context.Draft.Preamble;
        OpeningPhrase.Part openings = context.Reading.PreambularOpenings;
        for (int i = 0; i < preamble.Count; i++)
        {
            if (openings[i] is not { } phrase)
            {
                continue;
            }

            int number = preamble[i].Index + 1;
            string head = phrase.Head;
            bool known = context.Conventions.IsKnownPreambularOpener(phrase.Text);
            if (!known && OpenerSpelling.Misspelt(phrase, false, context.Conventions) is { } slip)
            {
                OpeningFindings.Misspelt(context, phrase, slip.Word, "Preambular", number, slip.Meant);
                continue;
            }

            if (known || OpenerGrammar.FitsPreamble(head))
            {
                ReportLowerCase(context, phrase, number);
                continue;
            }

            if (WordClasses.IsDeterminer(head))
            {
                context.Report(phrase.Content.ToSource(phrase.HeadSpan), $"Preambular paragraph {number} opens with '{head}'; {Expected} ('Recalling', 'Having considered', 'Mindful', 'Deeply concerned').");
            }
            else if (VerbForms.LooksThirdPerson(head))
            {
                Report(context, phrase, number, VerbForms.ParticipleOf(head), "an operative verb form");
            }
            else if (WordClasses.IsBareVerb(head, context.Conventions))
            {
                Report(context, phrase, number, VerbForms.ParticipleFromBase(head), "a verb without its ending");
            }
            else
            {
                ReportLowerCase(context, phrase, number);
            }
        }
    }

    private static void Report(RuleContext context, OpeningPhrase phrase, int number, string? participle, string what) =>
        OpeningFindings.WrongForm(context, phrase, "Preambular", number, participle, what, Expected, "'Recalling', 'Noting'");

    private static void ReportLowerCase(RuleContext context, OpeningPhrase phrase, int number) =>
        OpeningFindings.LowerCase(context, phrase, "Preambular", number);
}
