namespace Resolint.Cli;

/// <summary>
/// Windows-1252, the "ANSI" encoding in which Windows editors save drafts that are not UTF-8: Latin-1 with curly
/// quotes, dashes and the euro sign in 0x80–0x9F. Its five unassigned bytes map to the matching C1 controls, so every
/// byte has a character and decoding then encoding gives back the same bytes.
/// </summary>
public static class Windows1252
{
    private static readonly char[] HighControls =
    [
        '\u20AC', '\u0081', '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021', '\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', '\u008D', '\u017D', '\u008F',
        '\u0090', '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014', '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', '\u009D', '\u017E', '\u0178',
    ];

    private static readonly Dictionary<char, byte> HighBytes = HighControls.Select((c, i) => (c, b: (byte)(0x80 + i))).ToDictionary(p => p.c, p => p.b);

    public static string Decode(ReadOnlySpan<byte> bytes) =>
        string.Create(bytes.Length, bytes.ToArray(), static (chars, source) =>
        {
            for (int i = 0; i < source.Length; i++)
            {
                byte b = source[i];
                chars[i] = b is >= 0x80 and <= 0x9F ? HighControls[b - 0x80] : (char)b;
            }
        });

    /// <summary>The bytes of a text; null when a character has no byte (<paramref name="unencodable"/> says which).</summary>
    public static byte[]? Encode(string text, out char unencodable)
    {
        var bytes = new byte[text.Length];
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (HighBytes.TryGetValue(c, out byte high))
            {
                bytes[i] = high;
            }
            else if (c <= 0xFF && c is < (char)0x80 or > (char)0x9F)
            {
                bytes[i] = (byte)c;
            }
            else
            {
                unencodable = c;
                return null;
            }
        }

        unencodable = '\0';
        return bytes;
    }
}
