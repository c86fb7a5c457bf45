using System.Text;
using System.Text.Unicode;

namespace Resolint.Cli;

/// <summary>How a draft's bytes were written, so that a fix writes them back the same way.</summary>
public enum DraftEncoding
{
    Utf8,
    Utf8WithBom,
    Utf16LittleEndian,
    Utf16BigEndian,

    /// <summary>Not UTF-8: the legacy "ANSI" encoding of Windows editors, which maps every byte to a character.</summary>
    Windows1252,
}

/// <summary>A draft's text and the encoding it came in.</summary>
public sealed record DecodedDraft(string Text, DraftEncoding Encoding)
{
    /// <summary>For a Word or Akoma Ntoso document: its reading, whose text is <see cref="Text"/>; such a file is never rewritten.</summary>
    public Core.Documents.DocumentText? Document { get; init; }
}

/// <summary>Reading and writing drafts: a clear message instead of a crash, no text lost to bad bytes, no byte changed by accident.</summary>
public static class DraftFile
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly UnicodeEncoding StrictUtf16LittleEndian = new(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly UnicodeEncoding StrictUtf16BigEndian = new(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);

    /// <summary>Reads a draft, or writes why it cannot to <paramref name="error"/>.</summary>
    public static bool TryRead(string path, TextWriter error, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out DecodedDraft? draft)
    {
        draft = null;
        try
        {
            draft = Read(path);
            return true;
        }
        catch (Exception ex) when (IsFileError(ex) || ex is Core.Documents.DocumentFormatException)
        {
            error.WriteLine($"resolint: cannot read '{path}': {ex.Message}");
            return false;
        }
    }

    /// <summary>A draft file: a text decoded, or a Word or Akoma Ntoso document read (<see cref="DecodedDraft.Document"/>).</summary>
    /// <exception cref="Core.Documents.DocumentFormatException">The document cannot be read as a draft.</exception>
    public static DecodedDraft Read(string path)
    {
        if (Core.Documents.DocumentReader.IsDocument(path))
        {
            Core.Documents.DocumentText document = Core.Documents.DocumentReader.Read(path, Core.Files.RegularFile.ReadAllBytes(path));
            return new DecodedDraft(document.Text, DraftEncoding.Utf8) { Document = document };
        }

        // A text's bytes are decoded and dropped: they are read into a buffer of the pool, not an array of their own.
        return Core.Files.RegularFile.Read(path, Decode);
    }

    /// <summary>True for the exceptions a file system throws at a missing, locked or forbidden file.</summary>
    public static bool IsFileError(Exception ex) => ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException;

    /// <summary>
    /// UTF-8 (a BOM is honoured), UTF-16 when a BOM says so; any other bytes are read as Windows-1252, which maps every
    /// byte to a character, so nothing is dropped and writing the text back gives the same bytes.
    /// </summary>
    public static DecodedDraft Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes is [0xEF, 0xBB, 0xBF, ..] && TryDecodeUtf8(bytes[3..]) is { } withBom)
        {
            return new DecodedDraft(withBom, DraftEncoding.Utf8WithBom);
        }

        if (bytes is [0xFF, 0xFE, ..] && TryDecode(StrictUtf16LittleEndian, bytes, 2) is { } littleEndian)
        {
            return new DecodedDraft(littleEndian, DraftEncoding.Utf16LittleEndian);
        }

        if (bytes is [0xFE, 0xFF, ..] && TryDecode(StrictUtf16BigEndian, bytes, 2) is { } bigEndian)
        {
            return new DecodedDraft(bigEndian, DraftEncoding.Utf16BigEndian);
        }

        return TryDecodeUtf8(bytes) is { } utf8
            ? new DecodedDraft(utf8, DraftEncoding.Utf8)
            : new DecodedDraft(Windows1252.Decode(bytes), DraftEncoding.Windows1252);
    }

    /// <summary>
    /// The bytes of a text in an encoding, BOM included where the draft had one; null when the encoding cannot hold
    /// some character of the text (<paramref name="unencodable"/> says which), so that nothing is written mangled.
    /// </summary>
    public static byte[]? Encode(string text, DraftEncoding encoding, out char unencodable)
    {
        unencodable = '\0';
        try
        {
            return encoding switch
            {
                DraftEncoding.Utf8 => StrictUtf8.GetBytes(text),
                DraftEncoding.Utf8WithBom => [0xEF, 0xBB, 0xBF, .. StrictUtf8.GetBytes(text)],
                DraftEncoding.Utf16LittleEndian => [0xFF, 0xFE, .. StrictUtf16LittleEndian.GetBytes(text)],
                DraftEncoding.Utf16BigEndian => [0xFE, 0xFF, .. StrictUtf16BigEndian.GetBytes(text)],
                _ => Windows1252.Encode(text, out unencodable),
            };
        }
        catch (EncoderFallbackException ex)
        {
            unencodable = ex.CharUnknown != '\0' ? ex.CharUnknown : ex.CharUnknownHigh;
            return null;
        }
    }

    /// <summary>
    /// Replaces a draft's content. A link is followed: its target is fixed, the link stays. A read-only draft is
    /// refused. Otherwise the bytes go to a temporary file in the same folder, which is then renamed over the draft
    /// with its permissions, so that an interrupted run never leaves half a draft; a draft with other hard links or
    /// another owner is rewritten in place instead, so that the links keep sharing it and the owner keeps it.
    /// </summary>
    /// <exception cref="UnauthorizedAccessException">The draft is read-only.</exception>
    public static void Write(string path, byte[] bytes)
    {
        string full = File.ResolveLinkTarget(path, returnFinalTarget: true)?.FullName ?? Path.GetFullPath(path);
        if (!OperatingSystem.IsWindows() && (File.GetUnixFileMode(full) & (UnixFileMode.UserWrite | UnixFileMode.GroupWrite | UnixFileMode.OtherWrite)) == 0
            || OperatingSystem.IsWindows() && File.GetAttributes(full).HasFlag(FileAttributes.ReadOnly))
        {
            throw new UnauthorizedAccessException($"'{path}' is read-only; resolint does not fix read-only drafts");
        }

        if (Core.Files.RegularFile.IsSharedOrForeign(full))
        {
            WriteInPlace(full, bytes);
        }
        else
        {
            WriteAtomically(full, bytes);
        }
    }

    private static void WriteInPlace(string full, byte[] bytes)
    {
        // Opened without truncation, cut to length after the write: the draft is never empty in between.
        using var stream = new FileStream(full, FileMode.Open, FileAccess.Write, FileShare.None);
        stream.Write(bytes);
        stream.SetLength(bytes.Length);
        stream.Flush(flushToDisk: true);
    }

    private static void WriteAtomically(string full, byte[] bytes)
    {
        string temporary = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.resolint-tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }

            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(temporary, File.GetUnixFileMode(full));
            }

            File.Move(temporary, full, overwrite: true);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }

    /// <summary>
    /// The text of UTF-8 bytes, as <see cref="StrictUtf8"/> reads them, or null where they are not UTF-8. The runtime's decoder
    /// widens ASCII by vector only up to the first other character, then a few bytes at a time, and a draft's first curly
    /// quote or accent comes early: here every stretch of ASCII is widened by vector, and only the characters between
    /// them decoded one by one.
    /// </summary>
    /// <remarks>Internal for its tests.</remarks>
    internal static string? TryDecodeUtf8(ReadOnlySpan<byte> bytes)
    {
        int length;
        try
        {
            // Validates the whole: the stretches below are then all whole characters, as no byte of a character's
            // sequence of bytes is ASCII.
            length = StrictUtf8.GetCharCount(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }

        return string.Create(length, bytes, static (chars, bytes) =>
        {
            while (!bytes.IsEmpty)
            {
                Ascii.ToUtf16(bytes, chars, out int widened);
                bytes = bytes[widened..];
                chars = chars[widened..];
                int others = bytes.IndexOfAnyInRange((byte)0, (byte)0x7F);
                others = others < 0 ? bytes.Length : others;
                Utf8.ToUtf16(bytes[..others], chars, out _, out int decoded, replaceInvalidSequences: false);
                bytes = bytes[others..];
                chars = chars[decoded..];
            }
        });
    }

    private static string? TryDecode(Encoding encoding, ReadOnlySpan<byte> bytes, int offset)
    {
        try
        {
            return encoding.GetString(bytes[offset..]);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }
}
