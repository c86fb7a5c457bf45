using System.IO.Compression;
using Resolint.Core.Files;

namespace Resolint.Core.Documents;

/// <summary>
/// Checks a Word file's bytes before a package reader opens them: an encrypted (password-protected) file, an old
/// binary .doc, a file that is no zip at all and a zip that inflates beyond reason (a zip bomb) are refused with a
/// clear reason instead of failing deep inside the reader.
/// </summary>
internal static class ZipPackage
{
    /// <summary>
    /// The most the package's XML parts may inflate to: the cap on any file resolint reads. A resolution's parts
    /// inflate to a few MB at most; a zip bomb's to gigabytes.
    /// </summary>
    public const long MaxInflatedBytes = RegularFile.MaxBytes;

    /// <summary>A package with more parts than this is no Word draft (a resolution's has a few dozen).</summary>
    private const int MaxEntries = 10_000;

    /// <summary>The signature of an OLE compound file: what Word writes for an encrypted .docx and for a .doc.</summary>
    private static ReadOnlySpan<byte> CompoundFileSignature => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    private static ReadOnlySpan<byte> ZipSignature => [0x50, 0x4B, 0x03, 0x04];

    /// <exception cref="DocumentFormatException">The bytes are no package resolint may open.</exception>
    public static void Check(byte[] bytes)
    {
        if (bytes.AsSpan().StartsWith(CompoundFileSignature))
        {
            throw new DocumentFormatException("it is password-protected (encrypted) or an old binary Word file (.doc); save it as a .docx without a password");
        }

        if (!bytes.AsSpan().StartsWith(ZipSignature))
        {
            throw new DocumentFormatException("it is not a Word document: a .docx file is a zip package, and this file is not one");
        }

        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            if (zip.Entries.Count > MaxEntries)
            {
                throw new DocumentFormatException($"it holds more than {MaxEntries} parts, which no Word draft does");
            }

            long inflated = 0;
            byte[] buffer = new byte[81920];
            foreach (ZipArchiveEntry entry in zip.Entries)
            {
                // Only the XML parts are ever inflated (pictures and embedded files are not read): count what they really give.
                if (!entry.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) && !entry.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                using Stream part = entry.Open();
                int read;
                while ((read = part.Read(buffer, 0, buffer.Length)) > 0)
                {
                    inflated += read;
                    if (inflated > MaxInflatedBytes)
                    {
                        throw new DocumentFormatException($"its parts inflate to more than {MaxInflatedBytes / (1024 * 1024)} MB, the most resolint reads from one file (a zip bomb?)");
                    }
                }
            }
        }
        catch (InvalidDataException ex)
        {
            throw new DocumentFormatException($"it is a damaged zip package ({ex.Message})");
        }
    }
}
