using System.Diagnostics.CodeAnalysis;

namespace Resolint.Core.Rules;

/// <summary>
/// Every rule of the engine, found by reflection so that adding a rule touches only its own file.
/// The executable roots this assembly for trimming (TrimmerRootAssembly), so no rule is trimmed away.
/// </summary>
public static class RuleCatalogue
{
    private static readonly Lazy<IReadOnlyList<Rule>> LazyRules = new(Discover);

    public static IReadOnlyList<Rule> All => LazyRules.Value;

    public static IEnumerable<RuleDescriptor> Descriptors => All.Select(r => r.Descriptor);

    public static RuleDescriptor? Find(string id) =>
        All.Select(r => r.Descriptor).FirstOrDefault(d => string.Equals(d.Id, id, StringComparison.OrdinalIgnoreCase));

    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "The assembly is a trimmer root.")]
    [UnconditionalSuppressMessage("Trimming", "IL2067", Justification = "The assembly is a trimmer root.")]
    [UnconditionalSuppressMessage("Trimming", "IL2072", Justification = "The assembly is a trimmer root.")]
    private static IReadOnlyList<Rule> Discover()
    {
        var rules = new List<Rule>();
        foreach (Type type in typeof(Rule).Assembly.GetTypes())
        {
            if (type.IsClass && !type.IsAbstract && typeof(Rule).IsAssignableFrom(type))
            {
                rules.Add((Rule)Activator.CreateInstance(type)!);
            }
        }

        rules.Sort((a, b) => string.CompareOrdinal(a.Descriptor.Id, b.Descriptor.Id));
        return rules;
    }
}
