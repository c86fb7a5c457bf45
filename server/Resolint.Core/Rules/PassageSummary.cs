using Resolint.Core.Drafts;

namespace Resolint.Core.Rules;

/// <summary>
/// One kind of summary a document rule reads from a passage's words (the spellings it writes, the dates it holds),
/// named once by the rule so that a check may keep it per passage (<see cref="DraftReading.Summarise{TState, T}"/>).
/// </summary>
/// <param name="read">Reads the summary from what it needs (<typeparamref name="TState"/>) and the words; positions in the words' coordinates.</param>
/// <param name="holds">
/// Whether a summary kept of the same words still holds under this state, beyond what its <c>given</c> tells (where
/// that is cheaper to ask of the summary than to compare); null when the given tells all.
/// </param>
internal sealed class PassageSummary<TState, T>(Func<TState, InlineText, T> read, Func<TState, T, bool>? holds = null)
{
    public T Read(TState state, InlineText words) => read(state, words);

    public bool Holds(TState state, T kept) => holds is null || holds(state, kept);
}
