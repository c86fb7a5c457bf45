using System.Globalization;
using Resolint.Core.Checking;
using Resolint.Core.Drafts;
using Resolint.Core.Text;

namespace Resolint.Core.Rules.OpeningWords;

/// <summary>
/// The opening words of preambular and operative paragraphs are italic in the official texts (Editorial
/// Manual), and a Markdown draft shows them as *…*. Which kinds must be italic follows the corpus by default
/// (the seeds' Markdown italicises operative verbs, not preambular openers) and is configurable: "italics:
/// always" asks it of both, "off" of neither. Where the corpus does not ask it, a draft that italicises most of its
/// own openers of a kind is held to that habit: a wholly plain one among them is a slip (how far the italics reach,
/// "*Bearing* in mind", is the corpus's to say, not the draft's). Plain text cannot show italics, so it is never checked.
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
        // Where the corpus does not ask it, a draft that italicises most of its own openers of a kind asks it of the rest.
        // A preamble too short to show a habit (as many italic as plain) follows the operative part's.
        bool corpusPolicy = context.Options.Italics == ItalicsPolicy.Corpus;
        (int italicPreamble, int allPreamble) = Italics(context.Reading.PreambularOpenings, OrganLineItalic(context));
        (int italicOperative, int allOperative) = Italics(context.Reading.OperativeOpenings, false);
        bool operativeHabit = IsHabit(italicOperative, allOperative);
        bool ownPreamble = !preamble && corpusPolicy && (IsHabit(italicPreamble, allPreamble) || (italicPreamble * 2 == allPreamble && operativeHabit));
        bool ownOperative = !operative && corpusPolicy && operativeHabit;
        if (preamble || ownPreamble)
        {
            string preambleWhy = ownPreamble ? "the draft italicises its other preambular openers" : string.Format(CultureInfo.InvariantCulture, why, "preambular openers");
            for (int i = 0; i < draft.Preamble.Count; i++)
            {
                if (NotItalic(context.Reading.PreambularOpenings[i]) is { } phrase && (preamble || !PartlyItalic(phrase)))
                {
                    Report(context, phrase, $"preambular paragraph {draft.Preamble[i].Index + 1}", preambleWhy);
                }
            }
        }

        if (operative || ownOperative)
        {
            string operativeWhy = ownOperative ? "the draft italicises its other operative verbs" : string.Format(CultureInfo.InvariantCulture, why, "operative verbs");
            for (int i = 0; i < draft.Operative.Count; i++)
            {
                if (NotItalic(context.Reading.OperativeOpenings[i]) is { } phrase && (operative || !PartlyItalic(phrase)))
                {
                    Report(context, phrase, $"operative paragraph {draft.Operative[i].Number ?? i + 1}", operativeWhy);
                }
            }
        }
    }

    /// <summary>True when the organ line stands in one italic run, as the official texts set it: "*The General Assembly*,".</summary>
    private static bool OrganLineItalic(RuleContext context) =>
        context.Draft.Organ is { } organ && context.Text.Slice(organ.Span).Trim() is { Length: > 2 } line
        && ((line[0] == '*' && line[1] != '*') || line[0] == '_');

    private static bool PartlyItalic(OpeningPhrase phrase)
    {
        string text = phrase.Content.Text;
        return Enumerable.Range(phrase.Span.Start, phrase.Span.Length).Any(i => char.IsLetter(text[i]) && phrase.Content.IsItalic(new TextSpan(i, 1)));
    }

    /// <summary>How many of these openings are italic, and how many there are (the organ line with the preamble's).</summary>
    private static (int Italic, int All) Italics(OpeningPhrase.Part phrases, bool italicOrganLine)
    {
        // An italic organ line ("*The General Assembly*,") is the preamble's first italic opening words.
        int italic = italicOrganLine ? 1 : 0, all = italic;

        // Indexed, not enumerated: the operative part's openings are counted on every keystroke.
        for (int i = 0; i < phrases.Count; i++)
        {
            if (phrases[i] is { } phrase)
            {
                all++;
                italic += phrase.Italic ? 1 : 0;
            }
        }

        return (italic, all);
    }

    /// <summary>
    /// True when more than <see cref="OwnHabitShare"/> of a draft's openings of a kind are italic, and at least
    /// <see cref="OwnHabitMinimum"/>: its own habit, which a plain one among them breaks.
    /// </summary>
    private static bool IsHabit(int italic, int all) => italic >= OwnHabitMinimum && italic > all * OwnHabitShare;

    /// <summary>Most of a draft's openers italic: a habit, not a chance; a plain minority breaks it.</summary>
    private const double OwnHabitShare = 0.5;

    /// <summary>Two italic openers make a habit the third can break; one alone may be an emphasis.</summary>
    private const int OwnHabitMinimum = 2;

    private static OpeningPhrase? NotItalic(OpeningPhrase? phrase) => phrase is { Italic: false } ? phrase : null;

    private static void Report(RuleContext context, OpeningPhrase phrase, string name, string why)
    {
        string message = PartlyItalic(phrase)
            ? $"Only part of the opening words '{phrase.Text}' of {name} is in italics; {why}: *{phrase.Text}*."
            : $"The opening words '{phrase.Text}' of {name} are not in italics; {why}: *{phrase.Text}*.";
        context.Report(phrase.Content.ToSource(phrase.Span), message, OpeningFixes.Italicize(context.Text, phrase));
    }
}
