using CsCheck;
using Resolint.Core.Parsing;

namespace Resolint.Core.Tests.Parsing;

/// <summary>
/// <see cref="TextOrder.Stable{T}"/> against LINQ's stable OrderBy: the same items in the same order for lists in any order,
/// lists of a few rising runs (what a parse gathers) and lists with many items that start alike.
/// </summary>
public sealed class TextOrderPropertyTests
{
    /// <summary>Items as a parse gathers them: a start and the place each had in the list, to tell apart items that start alike.</summary>
    private static readonly Gen<List<(int Start, int Place)>> AnyOrder =
        Gen.Int[0, 40].List[0, 200].Select(starts => starts.Select((start, place) => (start, place)).ToList());

    /// <summary>Up to four rising runs, one after another: blocks continued past a page's footnotes, citations then footnotes' citations.</summary>
    private static readonly Gen<List<(int Start, int Place)>> FewRuns =
        Gen.Int[0, 1000].List[0, 60].Array[1, 4].Select(runs => runs.SelectMany(run => run.Order()).Select((start, place) => (start, place)).ToList());

    [Fact]
    public void Sorts_as_a_stable_sort_does()
    {
        Gen.OneOf(AnyOrder, FewRuns).Sample(items =>
        {
            List<(int Start, int Place)> expected = [.. items.OrderBy(item => item.Start)];
            List<(int Start, int Place)> sorted = TextOrder.Stable(items, item => item.Start);
            Assert.Equal(expected, sorted);
        });
    }

    [Fact]
    public void A_list_in_order_is_returned_itself_and_one_out_of_order_left_as_it_was()
    {
        List<(int Start, int Place)> inOrder = [(1, 0), (1, 1), (5, 2)];
        Assert.Same(inOrder, TextOrder.Stable(inOrder, item => item.Start));

        List<(int Start, int Place)> outOfOrder = [(7, 0), (2, 1), (7, 2), (2, 3), (1, 4)];
        List<(int Start, int Place)> given = [.. outOfOrder];
        Assert.Equal([(1, 4), (2, 1), (2, 3), (7, 0), (7, 2)], TextOrder.Stable(outOfOrder, item => item.Start));
        Assert.Equal(given, outOfOrder);
    }
}
