using System.Runtime.InteropServices;

namespace Resolint.Core.Rules;

/// <summary>
/// The draft's lists as spans, for the rules that walk them whole on every keystroke: an item asked through the list's
/// interface cost a call through a table, thousands per rule in a long draft.
/// </summary>
internal static class Listed
{
    /// <summary>The items of <paramref name="list"/> in place when it is a list or an array, as the parser's are; else copied.</summary>
    public static ReadOnlySpan<T> Span<T>(IReadOnlyList<T> list) =>
        list is List<T> items ? CollectionsMarshal.AsSpan(items) : list is T[] array ? array : [.. list];
}
