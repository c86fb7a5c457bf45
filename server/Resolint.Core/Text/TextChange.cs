namespace Resolint.Core.Text;

/// <summary>
/// Where two versions of a text differ: the characters before <see cref="Start"/> are alike, and so are those from
/// <see cref="OldEnd"/> in the old version and <see cref="NewEnd"/> in the new one to their ends.
/// </summary>
internal readonly record struct TextChange(int Start, int OldEnd, int NewEnd)
{
    /// <summary>The change from <paramref name="old"/> to <paramref name="now"/>, found by their common start and end.</summary>
    public static TextChange Between(string old, string now)
    {
        int prefix = old.AsSpan().CommonPrefixLength(now);
        int suffix = CommonSuffixLength(old.AsSpan(prefix), now.AsSpan(prefix));
        return new TextChange(prefix, old.Length - suffix, now.Length - suffix);
    }

    /// <summary>How many characters the two texts end with alike, compared a stretch at a time from the end.</summary>
    private static int CommonSuffixLength(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        const int Stretch = 256;
        int most = Math.Min(a.Length, b.Length);
        int same = 0;
        while (same + Stretch <= most && a.Slice(a.Length - same - Stretch, Stretch).SequenceEqual(b.Slice(b.Length - same - Stretch, Stretch)))
        {
            same += Stretch;
        }

        while (same < most && a[a.Length - same - 1] == b[b.Length - same - 1])
        {
            same++;
        }

        return same;
    }
}
