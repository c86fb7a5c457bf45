using System.Buffers;
using System.Runtime.InteropServices;

namespace Resolint.Core.Parsing;

/// <summary>
/// Puts what a parse gathers into text order, sorting only when it is not in it already: readers and the parser go
/// through the text in order, so it mostly is, and a keystroke need not sort every block of the draft again.
/// </summary>
internal static class TextOrder
{
    /// <summary>
    /// Sorts <paramref name="items"/> by <paramref name="comparison"/> (as <see cref="List{T}.Sort(Comparison{T})"/> does,
    /// which may swap items that start alike) unless their starts already rise strictly, when any sort leaves them as they are.
    /// </summary>
    public static void Sort<T>(List<T> items, Func<T, int> start, Comparison<T> comparison)
    {
        for (int i = 1; i < items.Count; i++)
        {
            if (start(items[i - 1]) >= start(items[i]))
            {
                items.Sort(comparison);
                return;
            }
        }
    }

    /// <summary>The items by their starts, items that start alike kept in the order given (as OrderBy keeps them): the list itself when already so.</summary>
    public static List<T> Stable<T>(List<T> items, Func<T, int> start)
    {
        if (IsInOrder(items, start))
        {
            return items;
        }

        // Each item keyed by its start, then by its place in the list: no two keys are alike, so a sort of the keys keeps
        // items that start alike in the order given, and it compares integers, not items through a delegate. The keys are
        // borrowed from the shared pool, and the items sorted in the list returned: one list made, as a keystroke's blocks are.
        var sorted = new List<T>(items.Count);
        CollectionsMarshal.SetCount(sorted, items.Count);
        Span<T> placed = CollectionsMarshal.AsSpan(sorted);
        items.CopyTo(placed);
        long[] keys = ArrayPool<long>.Shared.Rent(placed.Length);
        for (int i = 0; i < placed.Length; i++)
        {
            keys[i] = ((long)start(placed[i]) << 32) | (uint)i;
        }

        keys.AsSpan(0, placed.Length).Sort(placed);
        ArrayPool<long>.Shared.Return(keys);
        return sorted;
    }

    /// <summary>Whether no item starts before the one listed ahead of it: a stable sort would leave them as they are.</summary>
    public static bool IsInOrder<T>(IReadOnlyList<T> items, Func<T, int> start)
    {
        for (int i = 1; i < items.Count; i++)
        {
            if (start(items[i - 1]) > start(items[i]))
            {
                return false;
            }
        }

        return true;
    }
}
