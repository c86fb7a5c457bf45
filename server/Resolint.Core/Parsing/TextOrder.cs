using System.Buffers;
using System.Runtime.CompilerServices;
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
    /// <remarks>
    /// A natural merge sort: the list is cut where a start falls and the rising runs merged in pairs, so that its cost grows with
    /// the number of runs. What a parse gathers out of order is a few runs: the blocks of a paragraph continued past the
    /// footnotes at a page's foot, the paragraphs' citations and then the footnotes'. A keystroke then sorts them in one or two
    /// passes, not in as many as a sort of every block would take.
    /// </remarks>
    public static List<T> Stable<T>(List<T> items, Func<T, int> start)
    {
        if (IsInOrder(items, start))
        {
            return items;
        }

        int count = items.Count;
        int[] keys = ArrayPool<int>.Shared.Rent(count);
        int[] mergedKeys = ArrayPool<int>.Shared.Rent(count);
        int[] runEnds = ArrayPool<int>.Shared.Rent(count);
        T[] from = ArrayPool<T>.Shared.Rent(count);
        T[] to = ArrayPool<T>.Shared.Rent(count);
        int runs = 0;
        for (int i = 0; i < count; i++)
        {
            from[i] = items[i];
            keys[i] = start(from[i]);
            if (i > 0 && keys[i - 1] > keys[i])
            {
                runEnds[runs++] = i;
            }
        }

        runEnds[runs++] = count;
        while (runs > 1)
        {
            // Each pair of runs merged into one, its end written over the ends already read.
            int merged = 0;
            for (int run = 0, low = 0; run < runs; run += 2)
            {
                int middle = runEnds[run];
                int high = run + 1 < runs ? runEnds[run + 1] : middle;
                Merge(keys, from, low, middle, high, mergedKeys, to);
                runEnds[merged++] = high;
                low = high;
            }

            runs = merged;
            (keys, mergedKeys) = (mergedKeys, keys);
            (from, to) = (to, from);
        }

        var sorted = new List<T>(count);
        CollectionsMarshal.SetCount(sorted, count);
        from.AsSpan(0, count).CopyTo(CollectionsMarshal.AsSpan(sorted));
        ArrayPool<int>.Shared.Return(keys);
        ArrayPool<int>.Shared.Return(mergedKeys);
        ArrayPool<int>.Shared.Return(runEnds);
        ArrayPool<T>.Shared.Return(from, RuntimeHelpers.IsReferenceOrContainsReferences<T>());
        ArrayPool<T>.Shared.Return(to, RuntimeHelpers.IsReferenceOrContainsReferences<T>());
        return sorted;
    }

    /// <summary>Merges the rising runs from <paramref name="low"/> to <paramref name="middle"/> and on to <paramref name="high"/> into the same places of the targets; of items that start alike, the first run's go first.</summary>
    private static void Merge<T>(int[] keys, T[] items, int low, int middle, int high, int[] mergedKeys, T[] merged)
    {
        int left = low, right = middle, at = low;
        while (left < middle && right < high)
        {
            int from = keys[right] < keys[left] ? right++ : left++;
            mergedKeys[at] = keys[from];
            merged[at++] = items[from];
        }

        for (; left < middle; left++, at++)
        {
            mergedKeys[at] = keys[left];
            merged[at] = items[left];
        }

        for (; right < high; right++, at++)
        {
            mergedKeys[at] = keys[right];
            merged[at] = items[right];
        }
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
