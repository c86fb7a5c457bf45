using System.Text;
using Resolint.Core.Drafts;

namespace Resolint.Cli;

/// <summary>Reading drafts from disk: a clear message instead of a crash, and no text lost to bad bytes.</summary>
public static class DraftFile
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads a draft as UTF-8 (a BOM is honoured); invalid bytes fall back to Windows-1252-like Latin-1 so no text is lost.</summary>
    public static bool TryRead(string path, TextWriter error, out string text)
    {
        text = string.Empty;
        try
        {
            byte[] bytes = File.ReadAllBytes(path);
            text = Decode(bytes);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            error.WriteLine($"resolint: cannot read '{path}': {ex.Message}");
            return false;
        }
    }

    public static string Decode(byte[] bytes)
    {
        int offset = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        try
        {
            return StrictUtf8.GetString(bytes, offset, bytes.Length - offset);
        }
        catch (DecoderFallbackException)
        {
            // Not UTF-8: read it as Latin-1, which maps every byte to a character, so nothing is dropped.
            return Encoding.Latin1.GetString(bytes, offset, bytes.Length - offset);
        }
    }

    /// <summary>The form a file's extension promises; null lets the parser decide from the text.</summary>
    public static DraftForm? FormFromExtension(string path) =>
        Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".md" or ".markdown" => DraftForm.Markdown,
            _ => null,
        };
}
