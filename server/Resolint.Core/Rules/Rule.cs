namespace Resolint.Core.Rules;

/// <summary>
/// One check. A rule lives alone in its file with its descriptor and its fix, and is found by the
/// <see cref="RuleCatalogue"/> without being registered anywhere.
/// </summary>
public abstract class Rule
{
    public abstract RuleDescriptor Descriptor { get; }

    public abstract void Check(RuleContext context);
}
