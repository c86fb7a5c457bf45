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
        ReadOnlySpan<T> given = CollectionsMarshal.AsSpan(items);
        int count = given.Length;
        int[] keys = ArrayPool<int>.Shared.Rent(count);
        int runs = 0;
        int[]? runEnds = null;
        for (int i = 0; i < count; i++)
        {
            keys[i] = start(given[i]);
            if (i > 0 && keys[i - 1] > keys[i])
            {
                runEnds ??= ArrayPool<int>.Shared.Rent(count);
                runEnds[runs++] = i;
            }
        }

        if (runEnds is null)
        {
            ArrayPool<int>.Shared.Return(keys);
            return items;
        }

        int[] mergedKeys = ArrayPool<int>.Shared.Rent(count);
        T[] from = ArrayPool<T>.Shared.Rent(count);
        T[] to = ArrayPool<T>.Shared.Rent(count);
        given.CopyTo(from);
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

    /// <summary>
    /// Merges the rising runs from <paramref name="low"/> to <paramref name="middle"/> and on to <paramref name="high"/> into the same
    /// places of the targets; of items that start alike, the first run's go first. The runs are taken a stretch at a time, each
    /// copied whole: what a parse merges is long stretches of one run between a few items of the other (a page's footnotes'
    /// citations among the paragraphs').
    /// </summary>
    private static void Merge<T>(int[] keys, T[] items, int low, int middle, int high, int[] mergedKeys, T[] merged)
    {
        int left = low, right = middle, at = low;
        while (left < middle && right < high)
        {
            int leftEnd = Gallop(keys, left, middle, keys[right], orAlike: true);
            at = Copy(keys, items, left, leftEnd, mergedKeys, merged, at);
            left = leftEnd;
            if (left == middle)
            {
                break;
            }

            int rightEnd = Gallop(keys, right, high, keys[left], orAlike: false);
            at = Copy(keys, items, right, rightEnd, mergedKeys, merged, at);
            right = rightEnd;
        }

        at = Copy(keys, items, left, middle, mergedKeys, merged, at);
        Copy(keys, items, right, high, mergedKeys, merged, at);
    }

    /// <summary>
    /// The first of the rising <paramref name="keys"/> from <paramref name="from"/> to <paramref name="to"/> that is above
    /// <paramref name="key"/> (or at it, unless <paramref name="orAlike"/>): looked for a step, then two, four … on, then between.
    /// </summary>
    private static int Gallop(int[] keys, int from, int to, int key, bool orAlike)
    {
        int low = from;
        int bound = from;
        for (int step = 1; bound < to && (keys[bound] < key || (orAlike && keys[bound] == key)); step <<= 1)
        {
            low = bound + 1;
            bound = from + step;
        }

        int high = Math.Min(bound, to);
        while (low < high)
        {
            int middle = (low + high) >>> 1;
            (low, high) = keys[middle] < key || (orAlike && keys[middle] == key) ? (middle + 1, high) : (low, middle);
        }

        return low;
    }

    /// <summary>Copies the keys and items from <paramref name="start"/> to <paramref name="end"/> to <paramref name="at"/> and on; returns where the copy ends.</summary>
    private static int Copy<T>(int[] keys, T[] items, int start, int end, int[] mergedKeys, T[] merged, int at)
    {
        keys.AsSpan(start, end - start).CopyTo(mergedKeys.AsSpan(at));
        items.AsSpan(start, end - start).CopyTo(merged.AsSpan(at));
        return at + (end - start);
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
