using System.Buffers;
using System.Runtime.InteropServices;

namespace Resolint.Core.Files;

/// <summary>
/// Reads the files a user names or a search finds (drafts, corpus texts, configuration) without ever blocking or
/// growing without bound: only regular files are opened (a FIFO would block until some writer came, a device like
/// /dev/zero never ends), and no file larger than <see cref="MaxBytes"/> is read.
/// </summary>
public static partial class RegularFile
{
    /// <summary>The largest file read: far above any resolution (the longest adopted ones are under 1 MB).</summary>
    public const long MaxBytes = 64L * 1024 * 1024;

    /// <summary>The file's bytes.</summary>
    /// <exception cref="IOException">The path names no regular file, or one larger than <see cref="MaxBytes"/>;
    /// the message says which, in words a user can act on.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public static byte[] ReadAllBytes(string path)
    {
        (byte[] bytes, int length) = ReadAll(path, static length => new byte[length]);
        return length < bytes.Length ? bytes[..length] : bytes;
    }

    /// <summary>
    /// What <paramref name="read"/> makes of the file's bytes, read as <see cref="ReadAllBytes"/> reads them into a buffer
    /// lent from the shared pool, which goes back when <paramref name="read"/> returns: for bytes decoded once and dropped
    /// (a check reads hundreds of drafts), which need no array of their own.
    /// </summary>
    /// <exception cref="IOException">As <see cref="ReadAllBytes"/>.</exception>
    /// <exception cref="UnauthorizedAccessException">As <see cref="ReadAllBytes"/>.</exception>
    public static T Read<T>(string path, Func<ReadOnlySpan<byte>, T> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        byte[]? rented = null;
        try
        {
            (byte[] bytes, int length) = ReadAll(path, length => rented = ArrayPool<byte>.Shared.Rent(length));
            return read(bytes.AsSpan(0, length));
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    /// <summary>
    /// The file's bytes: the first <c>Length</c> of an array of at least the length the file gives, from
    /// <paramref name="allocate"/> (a file that grew while read is read on into an array of its own).
    /// </summary>
    private static (byte[] Bytes, int Length) ReadAll(string path, Func<int, byte[]> allocate)
    {
        if (KindOf(path) is { } kind)
        {
            throw new IOException($"it is {kind}, not a regular file");
        }

        using Microsoft.Win32.SafeHandles.SafeFileHandle file = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, FileOptions.SequentialScan);
        long length = RandomAccess.GetLength(file);
        if (length > MaxBytes)
        {
            throw TooLarge();
        }

        // Straight into an array of the length the file gives: no second copy for the usual file, which does not change.
        byte[] bytes = allocate((int)length);
        int filled = 0;
        int read;
        while (filled < length && (read = RandomAccess.Read(file, bytes.AsSpan(filled, (int)length - filled), filled)) > 0)
        {
            filled += read;
        }

        Span<byte> probe = stackalloc byte[1];
        if (filled < length || RandomAccess.Read(file, probe, filled) == 0)
        {
            return (bytes, filled);
        }

        // Read on to the end, never past the cap, whatever the length said (a file may grow while it is read, and a
        // file of the system may say it is empty).
        var rest = new MemoryStream();
        rest.Write(bytes, 0, filled);
        byte[] chunk = new byte[81920];
        while ((read = RandomAccess.Read(file, chunk, rest.Length)) > 0)
        {
            if (rest.Length + read > MaxBytes)
            {
                throw TooLarge();
            }

            rest.Write(chunk, 0, read);
        }

        byte[] all = rest.ToArray();
        return (all, all.Length);
    }

    private static IOException TooLarge() => new($"it is larger than {MaxBytes / (1024 * 1024)} MB, the most resolint reads from one file");

    /// <summary>A text file's text: UTF-8 unless a byte-order mark says otherwise, as <see cref="File.ReadAllText(string)"/> reads it.</summary>
    public static string ReadAllText(string path)
    {
        using var reader = new StreamReader(new MemoryStream(ReadAllBytes(path)), System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }

    /// <summary>
    /// What a path names when that is something other than a regular file or a folder ("a FIFO", "a device"),
    /// following links; null for a regular file, a folder, a missing path, or where the system cannot say.
    /// </summary>
    public static string? KindOf(string path) => StatusOf(path)?.Type switch
    {
        null or RegularFileType or DirectoryType => null,
        FifoType => "a FIFO (named pipe)",
        CharacterDeviceType or BlockDeviceType => "a device",
        SocketType => "a socket",
        _ => "not a file",
    };

    /// <summary>
    /// Whether replacing the file by a new one (written aside, then renamed over it) would change more than its
    /// bytes: it has other hard links, which would keep the old text, or another owner, who would lose it.
    /// Such a file is rewritten in place. False where the system cannot say.
    /// </summary>
    public static bool IsSharedOrForeign(string path) =>
        StatusOf(path) is { } status && (status.Links > 1 || (CurrentUser() is { } user && user != status.Owner));

    private sealed record Status(int Type, uint Links, uint Owner);

    /// <summary>The file's type, hard-link count and owner, following links; null where the system cannot say.</summary>
    private static Status? StatusOf(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            return null; // Elsewhere .NET opens no FIFOs by a plain path, and devices have their own names.
        }

        byte[] status = new byte[StatxSize];
        try
        {
            if (Statx(AtCurrentDirectory, path, 0, StatxBasicStats, status) != 0)
            {
                return null; // Missing or forbidden: opening the file says so in its own words.
            }
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }

        // struct statx has the same layout on every Linux architecture: stx_nlink (u32) at 16, stx_uid (u32) at 20,
        // stx_mode (u16) at 28.
        return new Status(BitConverter.ToUInt16(status, 28) & FileTypeMask, BitConverter.ToUInt32(status, 16), BitConverter.ToUInt32(status, 20));
    }

    private static uint? CurrentUser()
    {
        try
        {
            return GetEffectiveUserId();
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    private const int StatxSize = 256;
    private const int AtCurrentDirectory = -100;
    private const uint StatxBasicStats = 0x7ff;
    private const int FileTypeMask = 0xF000;
    private const int FifoType = 0x1000;
    private const int CharacterDeviceType = 0x2000;
    private const int DirectoryType = 0x4000;
    private const int BlockDeviceType = 0x6000;
    private const int RegularFileType = 0x8000;
    private const int SocketType = 0xC000;

    [LibraryImport("libc", EntryPoint = "statx", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Statx(int directory, string path, int flags, uint mask, [Out] byte[] status);

    [LibraryImport("libc", EntryPoint = "geteuid")]
    private static partial uint GetEffectiveUserId();
}
