using System.Text;
using CsCheck;
using Resolint.Core.Checking;
using Resolint.Core.Rules;

namespace Resolint.Fuzz;

/// <summary>The configuration reader on mutated `.resolint.json` bytes: it may accept them or throw a <see cref="ConfigurationException"/>, nothing else.</summary>
internal sealed class ConfigTarget : Target<byte[]>
{
    /// <summary>Past any depth System.Text.Json reads by default (64), so depth is the reader's problem, not the parser's.</summary>
    private const int DeepNesting = 300;

    private static readonly string[] Bases =
    [
        """{"rules":{"RES201":"off","RES305":"error","RES900":"error"},"corpus":["../adopted","reference/third"],"forms":{"markdown":[".md",".res.md"],"text":[".txt"]},"italics":"corpus","extensions":[".draft"]}""",
        "{\n  // comment\n  \"rules\": { \"RES101\": \"warning\", },\n  /* block */ \"italics\": \"always\",\n}\n",
        """{"$schema":"https://example.org/s.json","corpus":[],"extensions":[]}""",
        """{"rules":{"RES101":"loud"},"italic":"off"}""",
        "{}",
    ];

    private static readonly byte[][] Insertions =
    [
        [0xFF], [0xC3, 0x28], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82], [0x00],
        [0xEF, 0xBB, 0xBF], "\\uD800"u8.ToArray(), "\\uDC00\\uD800"u8.ToArray(), "\\u0000"u8.ToArray(), "\\"u8.ToArray(),
        "99999999999999999999999999"u8.ToArray(), "1e99999"u8.ToArray(), "-0"u8.ToArray(), "null"u8.ToArray(), "\"\""u8.ToArray(),
        "[]"u8.ToArray(), "{}"u8.ToArray(), ","u8.ToArray(), ":"u8.ToArray(), "/*"u8.ToArray(), "//"u8.ToArray(), "\n"u8.ToArray(),
        "\"RES101\""u8.ToArray(), "\"[z-a]*.md\""u8.ToArray(), "\"a*a*a*a*a*b\""u8.ToArray(), "\"..\\u0000/x\""u8.ToArray(),
        Encoding.UTF8.GetBytes(new string('[', DeepNesting)), Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("{\"a\":", DeepNesting))),
    ];

    private static readonly IReadOnlyCollection<string> KnownRules = ConfigurationReader.KnownRuleIds(RuleCatalogue.Descriptors);

    public override string Name => "config";

    public override Gen<byte[]> Inputs { get; } =
        Gen.Select(Gen.Int[0, Bases.Length - 1], Gen.Select(Gen.Int[0, 6], Gen.Int[0, int.MaxValue], Gen.Int[0, int.MaxValue], Gen.Byte).Array[1, 8])
            .Select((b, mutations) => mutations.Aggregate(Encoding.UTF8.GetBytes(Bases[b]), (bytes, m) => Mutate(bytes, m.Item1, m.Item2, m.Item3, m.Item4)));

    public override void Run(byte[] input)
    {
        try
        {
            ConfigurationReader.Parse(input, "/fuzz/.resolint.json", KnownRules);
        }
        catch (ConfigurationException)
        {
        }
    }

    public override int Size(byte[] input) => input.Length;

    public override IEnumerable<byte[]> Smaller(byte[] input)
    {
        for (int chunk = Math.Max(1, input.Length / 2); chunk >= 1; chunk /= 2)
        {
            for (int at = 0; at + chunk <= input.Length; at += chunk)
            {
                yield return [.. input.Take(at), .. input.Skip(at + chunk)];
            }
        }
    }

    public override string Write(byte[] input, string folder)
    {
        string path = Path.Combine(folder, $"config-{DateTime.UtcNow:yyyyMMdd-HHmmss-fff}.resolint.json");
        File.WriteAllBytes(path, input);
        return path;
    }

    private static byte[] Mutate(byte[] bytes, int kind, int a, int b, byte value)
    {
        int at = a % (bytes.Length + 1);
        switch (kind)
        {
            case 0 when bytes.Length > 0: // flip a byte
                byte[] flipped = [.. bytes];
                flipped[Math.Min(at, bytes.Length - 1)] = value;
                return flipped;
            case 1: // insert a telling sequence: invalid UTF-8, a lone surrogate escape, a NUL, deep nesting, a huge number
                return [.. bytes.Take(at), .. Insertions[b % Insertions.Length], .. bytes.Skip(at)];
            case 2: // delete a stretch
                return [.. bytes.Take(at), .. bytes.Skip(at + (b % 12))];
            case 3: // duplicate a stretch
                int length = Math.Min(b % 40, bytes.Length - at);
                return [.. bytes.Take(at + length), .. bytes.Skip(at).Take(length), .. bytes.Skip(at + length)];
            case 4: // a string's content replaced by one of the insertions, inside its quotes
                int quote = Array.IndexOf(bytes, (byte)'"', at == bytes.Length ? 0 : at);
                return quote < 0 ? bytes : [.. bytes.Take(quote + 1), .. Insertions[b % Insertions.Length], .. bytes.Skip(quote + 1)];
            case 5: // truncate
                return bytes[..at];
            default: // a random byte inserted
                return [.. bytes.Take(at), value, .. bytes.Skip(at)];
        }
    }
}
