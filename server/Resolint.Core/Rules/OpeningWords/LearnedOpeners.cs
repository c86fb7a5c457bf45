using System.Runtime.CompilerServices;
using Resolint.Core.Corpus;

namespace Resolint.Core.Rules.OpeningWords;

/// <summary>
/// The head words of the openers and verbs a corpus uses ("recalling", "concerned"; "requests", "calls"),
/// worked out once per convention model and kept beside it, so a check costs the same whatever the corpus size.
/// </summary>
internal sealed class LearnedOpeners
{
    private static readonly ConditionalWeakTable<ConventionModel, LearnedOpeners> Cache = new();

    private LearnedOpeners(ConventionModel model)
    {
        PreambularHeads = model.PreambularOpeners.Select(e => OpeningPhrase.HeadOf(e.Text).ToLowerInvariant()).Where(h => h.Length > 0).ToHashSet(StringComparer.Ordinal);
        OperativeHeads = model.OperativeVerbs.Select(e => OpeningPhrase.HeadOf(e.Text).ToLowerInvariant()).Where(h => h.Length > 0).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Heads of preambular openers, lower case.</summary>
    public IReadOnlySet<string> PreambularHeads { get; }

    /// <summary>Heads of operative verb phrases, lower case.</summary>
    public IReadOnlySet<string> OperativeHeads { get; }

    public static LearnedOpeners Of(ConventionModel model) => Cache.GetValue(model, m => new LearnedOpeners(m));

    /// <summary>True when the corpus uses this word as a verb, in the third person or as a participle.</summary>
    public bool KnowsVerb(string bareVerb)
    {
        string lower = bareVerb.ToLowerInvariant();
        return OperativeHeads.Contains(VerbForms.ThirdPersonFromBase(lower)) || (VerbForms.ParticipleFromBase(lower) is { } participle && PreambularHeads.Contains(participle));
    }
}
