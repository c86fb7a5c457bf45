using Resolint.Core.Drafts;

namespace Resolint.Core.Rules;

/// <summary>
/// One kind of summary a document rule reads from a passage's words (the spellings it writes, the dates it holds),
/// named once by the rule so that a check may keep it per passage (<see cref="RuleContext.Summarise{TState, T}"/>).
/// </summary>
/// <param name="read">Reads the summary from what it needs (<typeparamref name="TState"/>) and the words; positions in the words' coordinates.</param>
internal sealed class PassageSummary<TState, T>(Func<TState, InlineText, T> read)
{
    public T Read(TState state, InlineText words) => read(state, words);
}
