using Resolint.Core.Text;

namespace Resolint.Core.Tests.Parsing;

/// <summary>Source offsets kept as runs give what the offset of every character, kept one by one, gave.</summary>
public sealed class OffsetRunsTests
{
    [Fact]
    public void Gives_every_position_the_offset_it_was_given()
    {
        var random = new Random(15);
        for (int round = 0; round < 300; round++)
        {
            int[] offsets = RandomOffsets(random);
            (OffsetRun[] runs, int count) = Build(offsets);

            for (int index = 0; index < offsets.Length; index++)
            {
                Assert.Equal(offsets[index], OffsetRuns.SourceAt(runs.AsSpan(0, count), index));
            }

            Assert.True(count <= offsets.Length);
        }
    }

    [Fact]
    public void Keeps_one_run_for_characters_that_stand_one_after_another()
    {
        (OffsetRun[] runs, int count) = Build([10, 11, 12, 13, 20, 21, 5]);

        Assert.Equal([new OffsetRun(0, 10), new OffsetRun(4, 20), new OffsetRun(6, 5)], runs.AsSpan(0, count).ToArray());
    }

    [Fact]
    public void Compares_stretches_as_a_comparison_character_by_character_does()
    {
        var random = new Random(16);
        for (int round = 0; round < 300; round++)
        {
            int[] a = RandomOffsets(random);
            int delta = random.Next(-3, 4);

            // b: a's offsets shifted by delta, with now and then one moved, so that some stretches differ.
            int[] b = a.Select(o => o + delta).ToArray();
            if (b.Length > 0 && random.Next(2) == 0)
            {
                b[random.Next(b.Length)] += 1;
            }

            (OffsetRun[] aRuns, int aCount) = Build(a);
            (OffsetRun[] bRuns, int bCount) = Build(b);
            int start = a.Length == 0 ? 0 : random.Next(a.Length);
            int length = random.Next(0, a.Length - start + 1);

            bool expected = Enumerable.Range(start, length).All(i => a[i] + delta == b[i]);
            Assert.Equal(expected, OffsetRuns.Same(aRuns.AsSpan(0, aCount), a.Length, start, bRuns.AsSpan(0, bCount), b.Length, start, length, delta));
        }
    }

    /// <summary>Stretches of consecutive offsets with jumps between them, as a paragraph's lines, emphases and entities give.</summary>
    private static int[] RandomOffsets(Random random)
    {
        var offsets = new List<int>();
        int source = random.Next(0, 50);
        int length = random.Next(0, 120);
        while (offsets.Count < length)
        {
            int stretch = random.Next(1, 12);
            for (int i = 0; i < stretch && offsets.Count < length; i++)
            {
                offsets.Add(source++);
            }

            source += random.Next(0, 4) == 0 ? -random.Next(0, 5) : random.Next(1, 6);
            source = Math.Max(0, source);
        }

        return [.. offsets];
    }

    private static (OffsetRun[] Runs, int Count) Build(int[] offsets)
    {
        OffsetRun[] runs = [];
        int count = 0;
        for (int index = 0; index < offsets.Length; index++)
        {
            OffsetRuns.Add(ref runs, ref count, index, offsets[index]);
        }

        return (runs, count);
    }
}
