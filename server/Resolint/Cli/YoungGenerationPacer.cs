namespace Resolint.Cli;

/// <summary>
/// Paces a check run's collections of the youngest generation. What a run allocates belongs to one draft and is garbage
/// once its report is out, but the executable starts with the 64 MB budget that the language server's keystrokes want
/// (Resolint.csproj's <c>GCgen0size</c>). Between two collections a run through many drafts would fill 64 MB of memory
/// it never touched before: every page a fault of the kernel's, every line out of cache. Collecting every
/// <see cref="Budget"/> bytes instead keeps the run in memory it has already touched. Where the runtime collects sooner
/// of its own accord (a framework-dependent build's smaller budget), the pacer never collects.
/// </summary>
internal sealed class YoungGenerationPacer
{
    /// <summary>
    /// Bytes a run allocates between two collections: about fifty drafts of the devset's size (0.3 MB of garbage each).
    /// With the runtime's own budget set to 8 or 16 MB a check of the devset's Markdown drafts cost the least CPU; at 4 MB
    /// it collects more often than it saves (docs/benchmarks.md).
    /// </summary>
    internal const long Budget = 16L << 20;

    private readonly Lock _lock = new();

    /// <summary>The runtime's count of collections of the youngest generation when <see cref="_due"/> was set.</summary>
    private int _collections = -1;

    /// <summary>The total allocated at which the next collection is due.</summary>
    private long _due;

    /// <summary>Called as each draft's check ends, on the thread that checked it.</summary>
    public void DraftChecked()
    {
        long allocated = GC.GetTotalAllocatedBytes();
        lock (_lock)
        {
            int collections = GC.CollectionCount(0);
            if (collections != _collections)
            {
                // A collection since the last draft (the runtime's or ours): the budget starts again from here.
                (_collections, _due) = (collections, allocated + Budget);
                return;
            }

            if (allocated < _due)
            {
                return;
            }

            // One collection for both workers: the other finds it done.
            _due = long.MaxValue;
        }

        GC.Collect(0, GCCollectionMode.Forced, blocking: true);
    }
}
