namespace Resolint.Lsp;

/// <summary>
/// Takes the young generations' collection while the drafter pauses between keystrokes, not on the keystroke it would
/// otherwise fall on. A keystroke into a large draft allocates a new copy of the text and new records for the
/// paragraphs behind the edit (about 0.45 MB at 100 KB, 3.9 MB at 1 MB), so the runtime collects every sixteen or so
/// keystrokes at 1 MB, and the keystroke it falls on takes two or three times as long: it is the p99 of
/// tests/e2e/bench/latency.js (docs/benchmarks.md). Between two keystrokes a drafter leaves 100–200 ms; once the
/// reports are out and nothing has come in for <see cref="IdleAfter"/>, a collection is taken when more than
/// <see cref="DueAfter"/> has been allocated since the last one, so that none falls due on the keystrokes after it.
/// </summary>
internal sealed class IdleCollection : IDisposable
{
    /// <summary>
    /// Bytes allocated since the last collection from which one is taken in a pause: half the budget of generation 0
    /// that Resolint.csproj gives the executable (64 MB), so a pause comes before the budget runs out, at 1 MB every eighth
    /// keystroke. Where the runtime collects sooner of its own accord (a smaller budget), none is ever taken here.
    /// </summary>
    internal const long DueAfter = 32L << 20;

    /// <summary>How long after the last report the drafter is taken to be pausing: well under a typist's 100 ms between keystrokes.</summary>
    internal static readonly TimeSpan IdleAfter = TimeSpan.FromMilliseconds(25);

    private readonly Timer _timer;
    private readonly Lock _lock = new();

    /// <summary>Changes queued so far; a pause ends with the next one.</summary>
    private int _changes;

    /// <summary><see cref="_changes"/> when the pause began.</summary>
    private int _pauseAfter = -1;

    /// <summary>The runtime's count of collections of generation 0 when <see cref="_allocatedAtCollection"/> was read.</summary>
    private int _collections = -1;

    /// <summary>The total allocated when the last collection was seen.</summary>
    private long _allocatedAtCollection;

    public IdleCollection() => _timer = new Timer(_ => CollectIfPausing(), null, Timeout.Infinite, Timeout.Infinite);

    /// <summary>A change came in: whatever pause there was has ended.</summary>
    public void Changed() => Interlocked.Increment(ref _changes);

    /// <summary>Every report is out: a pause may begin.</summary>
    public void ReportsOut()
    {
        lock (_lock)
        {
            _pauseAfter = Volatile.Read(ref _changes);
        }

        // Read at every report, so that a collection the runtime took is seen a keystroke after it at most.
        Due(GC.CollectionCount(0), GC.GetTotalAllocatedBytes());
        try
        {
            _timer.Change(IdleAfter, Timeout.InfiniteTimeSpan);
        }
        catch (ObjectDisposedException)
        {
            // The last report of a server shutting down: no pause to use.
        }
    }

    public void Dispose() => _timer.Dispose();

    /// <summary>
    /// Whether a collection is due after <paramref name="allocated"/> bytes in all, with <paramref name="collections"/> of
    /// generation 0 so far: a collection since the last call starts the count again from here (it may have come a
    /// keystroke earlier, so the count runs behind, never ahead).
    /// </summary>
    /// <remarks>Internal for its tests.</remarks>
    internal bool Due(int collections, long allocated)
    {
        lock (_lock)
        {
            if (collections != _collections)
            {
                (_collections, _allocatedAtCollection) = (collections, allocated);
                return false;
            }

            return allocated - _allocatedAtCollection >= DueAfter;
        }
    }

    /// <summary>True from the moment every report is out until the next change comes in.</summary>
    /// <remarks>Internal for its tests.</remarks>
    internal bool Pausing
    {
        get
        {
            lock (_lock)
            {
                return _pauseAfter == Volatile.Read(ref _changes);
            }
        }
    }

    private void CollectIfPausing()
    {
        if (Pausing && Due(GC.CollectionCount(0), GC.GetTotalAllocatedBytes()))
        {
            // Generations 0 and 1: what the keystrokes made lives on only as far as the last version, and the middle
            // generation's own collection would otherwise fall on a keystroke soon after.
            GC.Collect(1, GCCollectionMode.Forced, blocking: true);
        }
    }
}
