using System.Text;
using CsCheck;
using Resolint.Cli;

namespace Resolint.Tests.Cli;

public class DraftFileTests
{
    [Theory]
    [InlineData(new byte[] { 0x61, 0xC3, 0xA9 }, "aé", DraftEncoding.Utf8)]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF, 0x61 }, "a", DraftEncoding.Utf8WithBom)]
    [InlineData(new byte[] { 0xFF, 0xFE, 0x61, 0x00 }, "a", DraftEncoding.Utf16LittleEndian)]
    [InlineData(new byte[] { 0xFE, 0xFF, 0x00, 0x61 }, "a", DraftEncoding.Utf16BigEndian)]
    [InlineData(new byte[] { 0x93, 0x61, 0x94, 0xE9 }, "\u201Ca\u201Dé", DraftEncoding.Windows1252)]
    public void DecodesByWhatTheBytesShow(byte[] bytes, string text, DraftEncoding encoding)
    {
        Assert.Equal(new DecodedDraft(text, encoding), DraftFile.Decode(bytes));
        Assert.Equal(bytes, DraftFile.Encode(text, encoding, out _));
    }

    [Fact]
    public void AnyBytesDecodeAndEncodeBackToThemselves()
    {
        Gen.Byte.Array[0, 200].Sample(bytes =>
        {
            DecodedDraft draft = DraftFile.Decode(bytes);
            Assert.Equal(bytes, DraftFile.Encode(draft.Text, draft.Encoding, out _));
        });
    }

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The runtime's strict reading of UTF-8: the text, or null where the bytes are not UTF-8.</summary>
    private static string? RuntimeUtf8(byte[] bytes)
    {
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    [Fact]
    public void Utf8ReadsAsTheRuntimeReadsIt()
    {
        // Texts of ASCII stretches of any length (across a vector's width) and other characters, whole or cut anywhere,
        // and bytes of any kind: the same text, or null exactly where the runtime refuses them.
        Gen<string> piece = Gen.OneOf(Gen.String[Gen.Char['\0', '\x7F'], 0, 40], Gen.String[0, 4], Gen.Const("\u2019"), Gen.Const("é"), Gen.Const("𝒜"), Gen.Const("\uD800"));
        Gen<byte[]> text = piece.List[0, 12].Select(Gen.Int[0, 3], (pieces, cut) =>
        {
            byte[] bytes = Encoding.UTF8.GetBytes(string.Concat(pieces));
            return bytes[..Math.Max(0, bytes.Length - cut)];
        });
        Gen.OneOf(text, Gen.Byte.Array[0, 100]).Sample(bytes => Assert.Equal(RuntimeUtf8(bytes), DraftFile.TryDecodeUtf8(bytes)), iter: 20_000);
    }

    [Fact]
    public void Windows1252MapsEveryByteToItsOwnCharacter()
    {
        byte[] all = [.. Enumerable.Range(0, 256).Select(b => (byte)b)];
        string text = Windows1252.Decode(all);

        Assert.Equal(256, text.Distinct().Count());
        Assert.Equal('€', text[0x80]);
        Assert.Equal('\u2014', text[0x97]);
        Assert.Equal(all, Windows1252.Encode(text, out _));
    }

    [Theory]
    [InlineData("Secretary\u2011General", '\u2011')]
    [InlineData("\u0085", '\u0085')]
    [InlineData("𝒜", '\uD835')]
    public void TextALegacyEncodingCannotHoldIsRefusedNamingTheCharacter(string text, char expected)
    {
        Assert.Null(DraftFile.Encode(text, DraftEncoding.Windows1252, out char unencodable));
        Assert.Equal(expected, unencodable);
    }

    [Fact]
    public void LoneSurrogateCannotBeWrittenAsUtf8()
    {
        Assert.Null(DraftFile.Encode("a\uD800b", DraftEncoding.Utf8, out char unencodable));
        Assert.Equal('\uD800', unencodable);
    }

    [Fact]
    public void AtomicWriteReplacesTheWholeFile()
    {
        string folder = Directory.CreateTempSubdirectory("resolint-write-").FullName;
        try
        {
            string file = Path.Combine(folder, "draft.md");
            File.WriteAllText(file, "a much longer text than what replaces it");

            DraftFile.Write(file, Encoding.UTF8.GetBytes("short"));

            Assert.Equal("short", File.ReadAllText(file));
            Assert.Equal(["draft.md"], Directory.GetFiles(folder).Select(f => Path.GetFileName(f)));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void UnreadableFileIsNamedNotThrown()
    {
        var error = new StringWriter();

        Assert.False(DraftFile.TryRead("/no/such/draft.md", error, out _));
        Assert.StartsWith("resolint: cannot read '/no/such/draft.md': ", error.ToString(), StringComparison.Ordinal);
    }
}
