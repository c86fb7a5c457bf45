using System.Runtime;
using Resolint.Cli;

namespace Resolint.Tests.Cli;

/// <summary>
/// The pacer's collections, counted inside a region where the runtime collects nothing of its own accord (so that every
/// collection counted is the pacer's or the test's). Alone in its collection: another test's allocations would count
/// against the region.
/// </summary>
[Collection(nameof(YoungGenerationPacerTests))]
[CollectionDefinition(nameof(YoungGenerationPacerTests), DisableParallelization = true)]
public class YoungGenerationPacerTests
{
    /// <summary>Room in the region for the budget, what the test allocates beyond it and the test host's own.</summary>
    private const long Region = 3 * YoungGenerationPacer.Budget;

    /// <summary>
    /// How far past the budget the test goes: the runtime's quick count of bytes allocated (what the pacer reads) may be
    /// off by an allocation context's few kilobytes.
    /// </summary>
    private const long Beyond = 64 * 1024;

    [Fact]
    public void CollectsOnceTheRunHasAllocatedItsBudget()
    {
        var pacer = new YoungGenerationPacer();
        Assert.True(GC.TryStartNoGCRegion(Region));
        pacer.DraftChecked();
        int collections = GC.CollectionCount(0);

        Allocate(YoungGenerationPacer.Budget / 2);
        pacer.DraftChecked();
        Assert.Equal(collections, GC.CollectionCount(0));

        Allocate(YoungGenerationPacer.Budget / 2 + Beyond);
        pacer.DraftChecked();
        Assert.Equal(collections + 1, GC.CollectionCount(0));

        // The collection ended the region; the budget starts again from it.
        Assert.NotEqual(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
        pacer.DraftChecked();
        Assert.Equal(collections + 1, GC.CollectionCount(0));
    }

    [Fact]
    public void LeavesItToTheRuntimeWhenItCollectsSooner()
    {
        var pacer = new YoungGenerationPacer();
        Assert.True(GC.TryStartNoGCRegion(Region));
        pacer.DraftChecked();

        Allocate(YoungGenerationPacer.Budget + Beyond);
        GC.Collect(0, GCCollectionMode.Forced, blocking: true); // as the runtime would under a smaller budget
        int collections = GC.CollectionCount(0);
        pacer.DraftChecked();
        Assert.Equal(collections, GC.CollectionCount(0));
    }

    /// <summary>Allocates about <paramref name="bytes"/> in arrays the youngest generation takes (below the large object threshold).</summary>
    private static void Allocate(long bytes)
    {
        for (long done = 0; done < bytes; done += 16 * 1024)
        {
            GC.KeepAlive(new byte[16 * 1024]);
        }
    }
}
