using Resolint.Core.Drafts;

namespace Resolint.Core.Rules;

/// <summary>How far a rule reads, which decides what a check of an edited draft may take from the check before it.</summary>
public enum RuleScope
{
    /// <summary>
    /// Each passage on its own (a paragraph's, a footnote's or a heading line's words, <see cref="Language.Passages.Texts"/>):
    /// its findings follow from the passage's words, the source under them and what the check knows (conventions,
    /// catalogue, options), so a passage that reads as before keeps its findings, moved to where it now stands.
    /// </summary>
    Passage,

    /// <summary>
    /// The draft as a whole (numbering, footnote order, first mentions): the rule runs on every check, reading the
    /// model's facts of each paragraph, and the costly reading of a passage's words it may ask once per passage text
    /// (<see cref="RuleContext.Summarise{TState, T}"/>).
    /// </summary>
    Document,
}

/// <summary>
/// One check. A rule lives alone in its file with its descriptor and its fix, and is found by the
/// <see cref="RuleCatalogue"/> without being registered anywhere.
/// </summary>
public abstract class Rule
{
    public abstract RuleDescriptor Descriptor { get; }

    /// <summary>How far the rule reads; the checker runs a passage rule passage by passage (<see cref="PassageRule"/>).</summary>
    public virtual RuleScope Scope => RuleScope.Document;

    public abstract void Check(RuleContext context);
}

/// <summary>
/// A rule of <see cref="RuleScope.Passage"/> scope: it looks at one passage's words at a time and reads nothing of the
/// draft beyond them but the source under them. A check with a <see cref="Checking.CheckCache"/> runs it only on the
/// passages that changed since the last version.
/// </summary>
public abstract class PassageRule : Rule
{
    public sealed override RuleScope Scope => RuleScope.Passage;

    /// <summary>Every passage in order, each checked or its findings taken from the check cache.</summary>
    public sealed override void Check(RuleContext context) => context.CheckEachPassage(this);

    /// <summary>Reports what is wrong in one passage's words.</summary>
    public abstract void CheckPassage(RuleContext context, InlineText words);
}
