using System.Text;
using System.Text.Json;
using Resolint.Core.Drafts;
using Resolint.Core.Rules;

namespace Resolint.Core.Checking;

/// <summary>
/// Reads a <c>.resolint.json</c>. Every unknown key and bad value is reported with its line and column, never
/// ignored: a setting silently dropped is a rule silently on (or off) in CI. Reads with Utf8JsonReader, which keeps
/// the positions and needs no reflection.
/// </summary>
public static class ConfigurationReader
{
    private static readonly string[] Keys = ["rules", "corpus", "catalogue", "forms", "italics", "extensions"];

    private static readonly JsonReaderOptions ReaderOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <summary>The ids a configuration may name: every rule, and the suppression step's own finding.</summary>
    public static IReadOnlyCollection<string> KnownRuleIds(IEnumerable<RuleDescriptor> rules) =>
        rules.Select(r => r.Id).Append(Suppressions.UnusedSuppression.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Reads a configuration file; throws <see cref="ConfigurationException"/> naming every mistake.</summary>
    public static Configuration Read(string path, IReadOnlyCollection<string> knownRules)
    {
        byte[] bytes;
        try
        {
            bytes = Files.RegularFile.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ConfigurationException([new ConfigurationError(path, 0, 0, $"cannot read the configuration: {ex.Message}")]);
        }

        return Parse(bytes, path, knownRules);
    }

    /// <summary>Reads a configuration from its bytes; relative corpus folders are taken from the folder of <paramref name="path"/>.</summary>
    public static Configuration Parse(byte[] utf8, string path, IReadOnlyCollection<string> knownRules)
    {
        int bom = utf8.Length >= 3 && utf8[0] == 0xEF && utf8[1] == 0xBB && utf8[2] == 0xBF ? 3 : 0;
        var context = new Context(utf8.AsMemory(bom), Path.GetFullPath(path), knownRules);
        var reader = new Utf8JsonReader(context.Json.Span, ReaderOptions);
        try
        {
            Configuration configuration = ReadRoot(ref reader, context);
            if (context.Errors.Count > 0)
            {
                throw new ConfigurationException(context.Errors);
            }

            return configuration;
        }
        catch (JsonException ex)
        {
            // The syntax error comes last: what was read before it is reported too.
            int line = (int)(ex.LineNumber ?? 0);
            context.Errors.Add(context.ErrorAtLine(line, (int)(ex.BytePositionInLine ?? 0), SyntaxMessage(ex)));
            throw new ConfigurationException(context.Errors);
        }
    }

    private static Configuration ReadRoot(ref Utf8JsonReader reader, Context context)
    {
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            context.Error(reader, "the configuration must be a JSON object: { \"rules\": { … } }");
            return Configuration.Default;
        }

        var configuration = new Configuration { File = context.File };
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            long keyAt = reader.TokenStartIndex;
            string? key = context.Text(reader, "a setting's name");
            reader.Read();
            if (key is null)
            {
                reader.Skip();
                continue;
            }

            if (!seen.Add(key) && Keys.Contains(key))
            {
                context.Error(keyAt, $"\"{key}\" is given twice");
            }

            switch (key)
            {
                case "$schema":
                    reader.Skip();
                    break;
                case "rules":
                    configuration = configuration with { RuleLevels = ReadRules(ref reader, context) };
                    break;
                case "corpus":
                    configuration = configuration with { CorpusFolders = ReadCorpus(ref reader, context) };
                    break;
                case "catalogue":
                    configuration = configuration with { Catalogue = ReadCatalogue(ref reader, context) };
                    break;
                case "forms":
                    configuration = configuration with { Forms = ReadForms(ref reader, context) };
                    break;
                case "italics":
                    configuration = configuration with { Italics = ReadItalics(ref reader, context) };
                    break;
                case "extensions":
                    configuration = configuration with { Extensions = ReadEndings(ref reader, context, "extensions") };
                    break;
                default:
                    context.Error(keyAt, $"unknown setting \"{key}\"; the settings are {string.Join(", ", Keys.Select(k => $"\"{k}\""))}");
                    reader.Skip();
                    break;
            }
        }

        // Reading on past the object makes the reader reject anything but white space and comments after it.
        reader.Read();
        return configuration;
    }

    private static Dictionary<string, RuleLevel> ReadRules(ref Utf8JsonReader reader, Context context)
    {
        var levels = new Dictionary<string, RuleLevel>(StringComparer.OrdinalIgnoreCase);
        if (!context.Expect(ref reader, JsonTokenType.StartObject, "\"rules\" must be an object of rule ids and levels: { \"RES201\": \"off\" }"))
        {
            return levels;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            long idAt = reader.TokenStartIndex;
            string? id = context.Text(reader, "a rule id");
            reader.Read();
            if (id is null)
            {
                reader.Skip();
                continue;
            }

            if (!context.KnownRules.Contains(id))
            {
                context.Error(idAt, $"unknown rule \"{id}\" (`resolint rules` lists them)");
                reader.Skip();
                continue;
            }

            RuleLevel? level = reader.TokenType == JsonTokenType.String
                ? context.Text(reader, $"the level of {id}") switch
                {
                    "off" => RuleLevel.Off,
                    "info" => RuleLevel.Info,
                    "warning" => RuleLevel.Warning,
                    "error" => RuleLevel.Error,
                    _ => null,
                }
                : null;
            if (level is null)
            {
                context.Error(reader, $"the level of {id} must be \"off\", \"info\", \"warning\" or \"error\"");
                reader.Skip();
            }
            else
            {
                levels[id.ToUpperInvariant()] = level.Value;
            }
        }

        return levels;
    }

    private static List<string> ReadCorpus(ref Utf8JsonReader reader, Context context)
    {
        var folders = new List<string>();
        if (!context.Expect(ref reader, JsonTokenType.StartArray, "\"corpus\" must be an array of folders: [\"adopted\"]"))
        {
            return folders;
        }

        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            string? given = reader.TokenType == JsonTokenType.String ? context.Text(reader, "a corpus folder") : null;
            if (string.IsNullOrWhiteSpace(given))
            {
                if (reader.TokenType != JsonTokenType.String || given is not null)
                {
                    context.Error(reader, "a corpus folder must be a non-empty string");
                }

                reader.Skip();
                continue;
            }

            string folder;
            try
            {
                folder = Path.GetFullPath(given, Path.GetDirectoryName(context.File)!);
            }
            catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
            {
                context.Error(reader, $"corpus folder \"{given}\" is not a valid path: {e.Message}");
                continue;
            }

            if (Directory.Exists(folder))
            {
                folders.Add(folder);
            }
            else
            {
                context.Error(reader, $"corpus folder \"{given}\" does not exist (looked for {folder})");
            }
        }

        return folders;
    }

    /// <summary>
    /// Catalogue files, folders or patterns ("catalogue/*.json"), relative to the configuration's folder. A file or
    /// folder named outright must exist; a pattern is matched when the catalogue is loaded.
    /// </summary>
    private static List<string> ReadCatalogue(ref Utf8JsonReader reader, Context context)
    {
        var files = new List<string>();
        if (!context.Expect(ref reader, JsonTokenType.StartArray, "\"catalogue\" must be an array of files or patterns: [\"catalogue/*.json\"]"))
        {
            return files;
        }

        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            string? given = reader.TokenType == JsonTokenType.String ? context.Text(reader, "a catalogue file") : null;
            if (string.IsNullOrWhiteSpace(given))
            {
                if (reader.TokenType != JsonTokenType.String || given is not null)
                {
                    context.Error(reader, "a catalogue entry must be a non-empty string: a file or a pattern");
                }

                reader.Skip();
                continue;
            }

            string full;
            try
            {
                full = Path.GetFullPath(given, Path.GetDirectoryName(context.File)!);
            }
            catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
            {
                context.Error(reader, $"catalogue file \"{given}\" is not a valid path: {e.Message}");
                continue;
            }

            if (given.AsSpan().IndexOfAny("*?[{") < 0 && !System.IO.File.Exists(full) && !Directory.Exists(full))
            {
                context.Error(reader, $"catalogue file \"{given}\" does not exist (looked for {full})");
                continue;
            }

            files.Add(full);
        }

        return files;
    }

    private static List<(string Ending, DraftForm Form)> ReadForms(ref Utf8JsonReader reader, Context context)
    {
        var forms = new List<(string Ending, DraftForm Form)>();
        if (!context.Expect(ref reader, JsonTokenType.StartObject, "\"forms\" must be an object: { \"markdown\": [\".md\"], \"text\": [\".txt\"] }"))
        {
            return forms;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            long nameAt = reader.TokenStartIndex;
            string? name = context.Text(reader, "a form's name");
            reader.Read();
            if (name is null)
            {
                reader.Skip();
                continue;
            }

            DraftForm? form = name switch
            {
                "markdown" => DraftForm.Markdown,
                "text" => DraftForm.PlainText,
                _ => null,
            };
            if (form is null)
            {
                context.Error(nameAt, $"unknown form \"{name}\"; the forms are \"markdown\" and \"text\"");
                reader.Skip();
                continue;
            }

            foreach (string ending in ReadEndings(ref reader, context, $"forms.{name}"))
            {
                if (forms.Any(f => string.Equals(f.Ending, ending, StringComparison.OrdinalIgnoreCase)))
                {
                    context.Error(nameAt, $"\"{ending}\" is given more than one form");
                }
                else
                {
                    forms.Add((ending, form.Value));
                }
            }
        }

        return forms;
    }

    private static List<string> ReadEndings(ref Utf8JsonReader reader, Context context, string setting)
    {
        var endings = new List<string>();
        if (!context.Expect(ref reader, JsonTokenType.StartArray, $"\"{setting}\" must be an array of file-name endings: [\".md\"]"))
        {
            return endings;
        }

        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            string? ending = reader.TokenType == JsonTokenType.String ? context.Text(reader, $"an entry of \"{setting}\"") : null;
            if (ending is null || ending.Length < 2 || ending[0] != '.' || ending.IndexOfAny(['/', '\\', '*', '?']) >= 0)
            {
                context.Error(reader, $"an entry of \"{setting}\" must be a file-name ending that starts with a dot, like \".md\" or \".res.md\"");
                reader.Skip();
                continue;
            }

            endings.Add(ending.ToLowerInvariant());
        }

        return endings;
    }

    private static ItalicsPolicy ReadItalics(ref Utf8JsonReader reader, Context context)
    {
        ItalicsPolicy? policy = reader.TokenType == JsonTokenType.String
            ? context.Text(reader, "\"italics\"") switch
            {
                "corpus" => ItalicsPolicy.Corpus,
                "always" => ItalicsPolicy.Always,
                "off" => ItalicsPolicy.Off,
                _ => null,
            }
            : null;
        if (policy is null)
        {
            context.Error(reader, "\"italics\" must be \"corpus\", \"always\" or \"off\"");
            reader.Skip();
            return ItalicsPolicy.Corpus;
        }

        return policy.Value;
    }

    /// <summary>The reader's message without its own position suffix: the position is printed the compilers' way.</summary>
    private static string SyntaxMessage(JsonException ex)
    {
        string message = ex.Message;
        int cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return "invalid JSON: " + (cut > 0 ? message[..cut] : message);
    }

    /// <summary>The file being read, what it may name, and the mistakes found so far.</summary>
    private sealed class Context(ReadOnlyMemory<byte> json, string file, IReadOnlyCollection<string> knownRules)
    {
        public ReadOnlyMemory<byte> Json { get; } = json;

        public string File { get; } = file;

        public HashSet<string> KnownRules { get; } = knownRules.ToHashSet(StringComparer.OrdinalIgnoreCase);

        public List<ConfigurationError> Errors { get; } = [];

        public void Error(Utf8JsonReader reader, string message) => Error(reader.TokenStartIndex, message);

        /// <summary>
        /// The string (or property name) the reader stands on; null, with the mistake reported where it stands,
        /// when it is no text: invalid UTF-8, a lone surrogate escape ("\ud800") or a NUL character.
        /// </summary>
        public string? Text(Utf8JsonReader reader, string what)
        {
            string value;
            try
            {
                value = reader.GetString()!;
            }
            catch (InvalidOperationException)
            {
                Error(reader, $"{what} is not valid text (invalid UTF-8 or a lone surrogate escape)");
                return null;
            }

            if (value.Contains('\0', StringComparison.Ordinal))
            {
                Error(reader, $"{what} contains a NUL character");
                return null;
            }

            return value;
        }

        public void Error(long byteOffset, string message)
        {
            ReadOnlySpan<byte> before = Json.Span[..(int)Math.Min(byteOffset, Json.Length)];
            int lineStart = before.LastIndexOf((byte)'\n') + 1;
            int line = before.Count((byte)'\n') + 1;
            Errors.Add(new ConfigurationError(File, line, Encoding.UTF8.GetCharCount(before[lineStart..]) + 1, message));
        }

        /// <summary>A position given as a 0-based line and a byte offset in it, as the JSON reader reports syntax errors.</summary>
        public ConfigurationError ErrorAtLine(int line, int bytePosition, string message)
        {
            ReadOnlySpan<byte> rest = Json.Span;
            for (int i = 0; i < line && rest.IndexOf((byte)'\n') is int next and >= 0; i++)
            {
                rest = rest[(next + 1)..];
            }

            int column = Encoding.UTF8.GetCharCount(rest[..Math.Min(bytePosition, rest.Length)]) + 1;
            return new ConfigurationError(File, line + 1, column, message);
        }

        /// <summary>True when the value read is of the kind a setting needs; otherwise reports it and skips it.</summary>
        public bool Expect(ref Utf8JsonReader reader, JsonTokenType kind, string message)
        {
            if (reader.TokenType == kind)
            {
                return true;
            }

            Error(reader, message);
            reader.Skip();
            return false;
        }
    }
}
