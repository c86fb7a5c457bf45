using Resolint.Core.Files;
using Xunit;

namespace Resolint.Core.Tests.Files;

public sealed class RegularFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("resolint-regular-file-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(81_921)]
    [InlineData(300_000)]
    public void ReadsEveryByteOfAFile(int length)
    {
        byte[] bytes = new byte[length];
        new Random(length).NextBytes(bytes);
        string path = Path.Combine(_folder, "draft.bin");
        File.WriteAllBytes(path, bytes);

        Assert.Equal(bytes, RegularFile.ReadAllBytes(path));
        Assert.Equal(bytes, RegularFile.Read(path, read => read.ToArray()));
    }

    [Fact]
    public void LendsTheBytesFromThePoolNotAnArrayOfTheirOwn()
    {
        string path = Path.Combine(_folder, "draft.md");
        File.WriteAllBytes(path, new byte[64 * 1024]);
        RegularFile.Read(path, read => read.Length);

        long before = GC.GetAllocatedBytesForCurrentThread();
        int length = RegularFile.Read(path, read => read.Length);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(64 * 1024, length);
        Assert.True(allocated < length, $"{allocated} bytes allocated to read {length}");
    }

    [Fact]
    public void ReadsASystemFileThatSaysItIsEmpty()
    {
        // Linux's /proc files give their length as 0 and hold text: the reading goes on past the length it was given.
        Assert.Equal(0, new FileInfo("/proc/self/status").Length);

        string text = System.Text.Encoding.UTF8.GetString(RegularFile.ReadAllBytes("/proc/self/status"));
        string lent = RegularFile.Read("/proc/self/status", read => System.Text.Encoding.UTF8.GetString(read));

        Assert.StartsWith("Name:", text, StringComparison.Ordinal);
        Assert.EndsWith("\n", text, StringComparison.Ordinal);
        Assert.StartsWith("Name:", lent, StringComparison.Ordinal);
        Assert.EndsWith("\n", lent, StringComparison.Ordinal);
    }

    [Fact]
    public void RefusesAFileLargerThanTheCapInWordsAUserCanActOn()
    {
        string path = Path.Combine(_folder, "huge.md");
        using (var stream = File.Create(path))
        {
            stream.SetLength(RegularFile.MaxBytes + 1); // sparse: nothing is written
        }

        IOException error = Assert.Throws<IOException>(() => RegularFile.ReadAllBytes(path));
        Assert.Equal("it is larger than 64 MB, the most resolint reads from one file", error.Message);
    }
}
