using Resolint.Core.Citations;

namespace Resolint.Core.Rules.Citations;

/// <summary>
/// A resolution number has the shape its organ used when it was adopted: the General Assembly "3363 (XXX)"
/// up to its thirtieth session and "31/1" from its thirty-first; the Human Rights Council "5/1" from 2006;
/// the Commission on Human Rights "2005/74"; the Security Council "1757 (2007)". A number in the shape of
/// another era ("resolution 25/12" of the Assembly) or of a session that has not met is mistyped. Only the
/// numbering of a body the lexicon knows is checked, and only for the body the sentence names (or the adopting
/// body when it names none); other bodies' numbers ("Environment Assembly resolution 5/14") pass. Where the body is
/// only inferred from earlier in the sentence, a number is judged only when no body that numbers so could have it.
/// </summary>
public sealed class RES501ResolutionNumberShape : Rule
{
    public static readonly RuleDescriptor Rule = new(
        "RES501",
        "Resolution numbers are well-formed for their organ and era",
        Severity.Error,
        RuleCategory.Citations,
        "A resolution or decision number has the shape its organ used at the time: 31/1 and 57/270 B from the Assembly's thirty-first session, 217 A (III) before it, 1757 (2007) for the Security Council.");

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(RuleContext context)
    {
        foreach (ResolutionCitation citation in context.Draft.CitationsOf<ResolutionCitation>())
        {
            // A body inferred from earlier in the sentence is likely, not certain: its numbering is held against the
            // number only where every body that numbers so would reject it ("resolution 178/217": no such session).
            if (!ResolutionNumbers.IsPlausible(citation.Number, citation.Organ, out string reason)
                && (!citation.OrganIsInferred || NoBodyNumbersSo(citation.Number)))
            {
                context.Report(citation.NumberSpan, reason);
            }
        }
    }

    /// <summary>
    /// Whether every body that numbers in this shape would reject the number. Apart from the loop over citations: a
    /// lambda there holding the citation cost an object per citation on every keystroke.
    /// </summary>
    private static bool NoBodyNumbersSo(ResolutionNumber number) =>
        ResolutionNumbers.KnownBodiesNumberingIn(number.Shape).All(b => !ResolutionNumbers.IsPlausible(number, b, out _));
}
