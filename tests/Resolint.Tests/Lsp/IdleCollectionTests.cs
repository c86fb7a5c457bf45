using Resolint.Lsp;

namespace Resolint.Tests.Lsp;

public sealed class IdleCollectionTests
{
    [Fact]
    public void A_collection_is_due_once_the_bytes_allocated_since_the_last_one_reach_the_threshold()
    {
        using var pauses = new IdleCollection();
        Assert.False(pauses.Due(collections: 3, allocated: 1_000));
        Assert.False(pauses.Due(3, 1_000 + IdleCollection.DueAfter - 1));
        Assert.True(pauses.Due(3, 1_000 + IdleCollection.DueAfter));
    }

    [Fact]
    public void A_collection_the_runtime_took_starts_the_count_again()
    {
        using var pauses = new IdleCollection();
        Assert.False(pauses.Due(3, 0));
        Assert.True(pauses.Due(3, IdleCollection.DueAfter));

        // The runtime collected (or the pause did): counted from the first report that sees it.
        Assert.False(pauses.Due(4, IdleCollection.DueAfter + 10));
        Assert.False(pauses.Due(4, (2 * IdleCollection.DueAfter) + 9));
        Assert.True(pauses.Due(4, (2 * IdleCollection.DueAfter) + 10));
    }

    [Fact]
    public void A_pause_begins_when_the_reports_are_out_and_ends_with_the_next_change()
    {
        using var pauses = new IdleCollection();
        Assert.False(pauses.Pausing);
        pauses.ReportsOut();
        Assert.True(pauses.Pausing);
        pauses.Changed();
        Assert.False(pauses.Pausing);
        pauses.ReportsOut();
        Assert.True(pauses.Pausing);
    }

    [Fact]
    public void Reports_out_after_a_shutdown_are_no_failure()
    {
        var pauses = new IdleCollection();
        pauses.Dispose();
        pauses.Changed();
        pauses.ReportsOut();
    }
}
