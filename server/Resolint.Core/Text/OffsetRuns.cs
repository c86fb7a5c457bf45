namespace Resolint.Core.Text;

/// <summary>Characters from <see cref="Start"/> to the next run's start stand at <see cref="Source"/> and on in the source.</summary>
internal readonly record struct OffsetRun(int Start, int Source);

/// <summary>
/// Source offsets kept as runs of characters that stand one after another in the source: a paragraph has a few (a line,
/// an emphasis, an entity), where an offset per character took four bytes of every character read.
/// </summary>
internal static class OffsetRuns
{
    /// <summary>The run that holds position <paramref name="index"/>: the last that starts at or before it.</summary>
    public static int RunAt(ReadOnlySpan<OffsetRun> runs, int index)
    {
        int low = 0;
        int high = runs.Length - 1;
        while (low < high)
        {
            int middle = (low + high + 1) / 2;
            (low, high) = runs[middle].Start <= index ? (middle, high) : (low, middle - 1);
        }

        return low;
    }

    /// <summary>The source offset of position <paramref name="index"/>.</summary>
    public static int SourceAt(ReadOnlySpan<OffsetRun> runs, int index)
    {
        OffsetRun run = runs[RunAt(runs, index)];
        return run.Source + (index - run.Start);
    }

    /// <summary>Where the run after <paramref name="run"/> starts (<paramref name="length"/>, the positions' end, after the last).</summary>
    public static int RunEnd(ReadOnlySpan<OffsetRun> runs, int run, int length) => run + 1 < runs.Length ? runs[run + 1].Start : length;

    /// <summary>
    /// True when <paramref name="count"/> positions of <paramref name="a"/> from <paramref name="aStart"/> stand where those of
    /// <paramref name="b"/> from <paramref name="bStart"/> do, <paramref name="delta"/> code units before them: compared run by run.
    /// </summary>
    public static bool Same(ReadOnlySpan<OffsetRun> a, int aLength, int aStart, ReadOnlySpan<OffsetRun> b, int bLength, int bStart, int count, int delta)
    {
        int done = 0;
        int aRun = count > 0 ? RunAt(a, aStart) : 0;
        int bRun = count > 0 ? RunAt(b, bStart) : 0;
        while (done < count)
        {
            int aAt = aStart + done;
            int bAt = bStart + done;
            while (RunEnd(a, aRun, aLength) <= aAt)
            {
                aRun++;
            }

            while (RunEnd(b, bRun, bLength) <= bAt)
            {
                bRun++;
            }

            if (a[aRun].Source + (aAt - a[aRun].Start) + delta != b[bRun].Source + (bAt - b[bRun].Start))
            {
                return false;
            }

            done += Math.Min(RunEnd(a, aRun, aLength) - aAt, RunEnd(b, bRun, bLength) - bAt);
        }

        return true;
    }

    /// <summary>Gives position <paramref name="index"/> (after every position given so far) its source offset: the last run goes on, or a new one starts.</summary>
    public static void Add(ref OffsetRun[] runs, ref int count, int index, int source)
    {
        if (GoesOn(runs.AsSpan(0, count), index, source))
        {
            return;
        }

        if (count == runs.Length)
        {
            Array.Resize(ref runs, Math.Max(4, runs.Length * 2));
        }

        runs[count++] = new OffsetRun(index, source);
    }

    /// <summary>True when the last of the <paramref name="runs"/> goes on to position <paramref name="index"/> at <paramref name="source"/>: no new run starts there.</summary>
    public static bool GoesOn(ReadOnlySpan<OffsetRun> runs, int index, int source) =>
        !runs.IsEmpty && runs[^1].Source + (index - runs[^1].Start) == source;
}
