using System.Globalization;
using Resolint.Core.Checking;
using Resolint.Core.Drafts;
using Resolint.Core.Text;

namespace Resolint.Core.Rules.OpeningWords;

/// <summary>
/// The opening words of preambular and operative paragraphs are italic in the official texts (Editorial
/// Manual), and a Markdown draft shows them as *…*. Which kinds must be italic follows the corpus by default
/// (the seeds' Markdown italicises operative verbs, not preambular openers) and is configurable: "italics:
/// always" asks it of both, "off" of neither. Plain text cannot show italics, so it is never checked.
/// </summary>
public sealed class RES203OpenerItalics : Rule
{
    public static readonly RuleDescriptor Rule = new(
        "RES203",
        "Opening words in italics",
        Severity.Warning,
        RuleCategory.OpeningWords,
        "In a Markdown draft, the opening words of the paragraphs the corpus italicises (or all, with italics: always) stand in one italic run: *Also requests*.");

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(RuleContext context)
    {
        Draft draft = context.Draft;
        if (draft.Form != DraftForm.Markdown)
        {
            return;
        }

        (bool preamble, bool operative) = context.Options.Italics switch
        {
            ItalicsPolicy.Always => (true, true),
            ItalicsPolicy.Off => (false, false),
            _ => (context.Conventions.PreambularItalics.Required, context.Conventions.OperativeItalics.Required),
        };
        string why = context.Options.Italics == ItalicsPolicy.Always ? "with italics set to always, {0} are italic" : "the corpus italicises {0}";
        if (preamble)
        {
            string preambleWhy = string.Format(CultureInfo.InvariantCulture, why, "preambular openers");
            for (int i = 0; i < draft.Preamble.Count; i++)
            {
                if (NotItalic(context.Reading.PreambularOpenings[i]) is { } phrase)
                {
                    Report(context, phrase, $"preambular paragraph {draft.Preamble[i].Index + 1}", preambleWhy);
                }
            }
        }

        if (operative)
        {
            string operativeWhy = string.Format(CultureInfo.InvariantCulture, why, "operative verbs");
            for (int i = 0; i < draft.Operative.Count; i++)
            {
                if (NotItalic(context.Reading.OperativeOpenings[i]) is { } phrase)
                {
                    Report(context, phrase, $"operative paragraph {draft.Operative[i].Number ?? i + 1}", operativeWhy);
                }
            }
        }
    }

    private static OpeningPhrase? NotItalic(OpeningPhrase? phrase) => phrase is not null && !phrase.Content.IsItalic(phrase.Span) ? phrase : null;

    private static void Report(RuleContext context, OpeningPhrase phrase, string name, string why)
    {
        string text = phrase.Content.Text;
        bool partly = Enumerable.Range(phrase.Span.Start, phrase.Span.Length).Any(i => char.IsLetter(text[i]) && phrase.Content.IsItalic(new TextSpan(i, 1)));
        string message = partly
            ? $"Only part of the opening words '{phrase.Text}' of {name} is in italics; {why}: *{phrase.Text}*."
            : $"The opening words '{phrase.Text}' of {name} are not in italics; {why}: *{phrase.Text}*.";
        context.Report(phrase.Content.ToSource(phrase.Span), message, OpeningFixes.Italicize(context.Text, phrase));
    }
}
