using System.Runtime.CompilerServices;
using Resolint.Core.Drafts;

namespace Resolint.Core.Rules;

/// <summary>
/// One kind of summary a document rule reads from a passage's words, whatever it reads: its place among a passage's
/// summaries, given once when the rule names it, so that a check finds a passage's summary of the kind at that place
/// on every keystroke instead of looking for it among the others.
/// </summary>
internal abstract class PassageSummary
{
    private static int s_kinds;

    /// <summary>Where a passage keeps a summary of this kind (<see cref="Checking.CheckCache.Passage"/>).</summary>
    public int Place { get; } = Interlocked.Increment(ref s_kinds) - 1;
}

/// <summary>
/// One kind of summary a document rule reads from a passage's words (the spellings it writes, the dates it holds),
/// named once by the rule so that a check may keep it per passage (<see cref="DraftReading.Summarise{TState, T}"/>).
/// </summary>
/// <param name="read">Reads the summary from what it needs (<typeparamref name="TState"/>) and the words; positions in the words' coordinates.</param>
/// <param name="holds">
/// Whether a summary kept of the same words still holds under this state, beyond what its <c>given</c> tells (where
/// that is cheaper to ask of the summary than to compare); null when the given tells all.
/// </param>
internal sealed class PassageSummary<TState, T>(Func<TState, InlineText, T> read, Func<TState, T, bool>? holds = null) : PassageSummary
    where T : class
{
    public T Read(TState state, InlineText words) => read(state, words);

    public bool Holds(TState state, T kept) => holds is null || holds(state, kept);

    /// <summary>
    /// A summary a passage kept at this kind's place: one this kind read, so of its type without a cast checked on every
    /// keystroke for every passage.
    /// </summary>
    public static T Kept(object kept) => Unsafe.As<T>(kept);
}
