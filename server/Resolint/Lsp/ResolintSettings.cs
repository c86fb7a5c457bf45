using System.Text.Json;
using Resolint.Core.Checking;

namespace Resolint.Lsp;

/// <summary>
/// The editor's "resolint" settings section:
/// <code>{ "rules": { "RES201": "off|info|warning|error" }, "corpus": ["dir", ...], "catalogue": ["file or pattern", ...], "italics": "corpus|always|off" }</code>
/// They lie over each document's <c>.resolint.json</c> (see <see cref="Over"/>). Values that cannot be understood
/// are reported and left out; they never fail the server.
/// </summary>
internal sealed record ResolintSettings(IReadOnlyDictionary<string, RuleLevel> RuleLevels, ItalicsPolicy? Italics, IReadOnlyList<string> CorpusFolders)
{
    public static ResolintSettings Default { get; } = new(new Dictionary<string, RuleLevel>(), null, []);

    /// <summary>Catalogue files or patterns the editor names, besides the configuration file's.</summary>
    public IReadOnlyList<string> CatalogueFiles { get; init; } = [];

    /// <summary>True when both settings check alike (the same levels, italics policy and corpus).</summary>
    public bool SameAs(ResolintSettings other) =>
        Italics == other.Italics
        && CorpusFolders.SequenceEqual(other.CorpusFolders)
        && CatalogueFiles.SequenceEqual(other.CatalogueFiles)
        && RuleLevels.Count == other.RuleLevels.Count
        && RuleLevels.All(level => other.RuleLevels.TryGetValue(level.Key, out RuleLevel same) && same == level.Value);

    /// <summary>
    /// How a document under <paramref name="file"/> is checked in the editor: the file's settings, then the
    /// editor's on top (a rule the editor names takes the editor's level; the editor's italics policy, where it
    /// gives one; the corpus folders of both). With no editor settings this is exactly what the command line uses.
    /// </summary>
    public CheckOptions Over(Configuration file)
    {
        var levels = new Dictionary<string, RuleLevel>(file.RuleLevels, StringComparer.OrdinalIgnoreCase);
        foreach ((string rule, RuleLevel level) in RuleLevels)
        {
            levels[rule] = level;
        }

        return new CheckOptions { RuleLevels = levels, Italics = Italics ?? file.Italics };
    }

    /// <summary>The corpus folders a document under <paramref name="file"/> learns from, in a stable order.</summary>
    public IReadOnlyList<string> CorpusOver(Configuration file) =>
        file.CorpusFolders.Concat(CorpusFolders).Distinct().Order(StringComparer.Ordinal).ToList();

    /// <summary>The catalogue files and patterns a document under <paramref name="file"/> knows, in a stable order.</summary>
    public IReadOnlyList<string> CatalogueOver(Configuration file) =>
        file.Catalogue.Concat(CatalogueFiles).Distinct().Order(StringComparer.Ordinal).ToList();

    public static ResolintSettings Read(JsonElement? section, ICollection<string> problems)
    {
        if (section is not { ValueKind: JsonValueKind.Object } settings)
        {
            if (section is { ValueKind: not (JsonValueKind.Null or JsonValueKind.Undefined) })
            {
                problems.Add($"The \"resolint\" settings must be an object, not {section.Value.ValueKind}.");
            }

            return Default;
        }

        var levels = new Dictionary<string, RuleLevel>(StringComparer.OrdinalIgnoreCase);
        if (settings.TryGetProperty("rules", out JsonElement rules))
        {
            if (rules.ValueKind == JsonValueKind.Object)
            {
                foreach (JsonProperty rule in rules.EnumerateObject())
                {
                    if (rule.Value.ValueKind == JsonValueKind.String && Enum.TryParse(rule.Value.GetString(), ignoreCase: true, out RuleLevel level)
                        && Enum.IsDefined(level))
                    {
                        levels[rule.Name] = level;
                    }
                    else
                    {
                        problems.Add($"resolint.rules.{rule.Name}: expected \"off\", \"info\", \"warning\" or \"error\", not {rule.Value.GetRawText()}.");
                    }
                }
            }
            else
            {
                problems.Add("resolint.rules must be an object of rule ids and levels.");
            }
        }

        ItalicsPolicy? italics = null;
        if (settings.TryGetProperty("italics", out JsonElement italicsValue) && italicsValue.ValueKind != JsonValueKind.Null)
        {
            if (italicsValue.ValueKind == JsonValueKind.String && Enum.TryParse(italicsValue.GetString(), ignoreCase: true, out ItalicsPolicy policy)
                && Enum.IsDefined(policy))
            {
                italics = policy;
            }
            else
            {
                problems.Add($"resolint.italics: expected \"corpus\", \"always\" or \"off\", not {italicsValue.GetRawText()}.");
            }
        }

        var catalogue = new List<string>();
        if (settings.TryGetProperty("catalogue", out JsonElement catalogueFiles))
        {
            if (catalogueFiles.ValueKind == JsonValueKind.Array)
            {
                foreach (JsonElement file in catalogueFiles.EnumerateArray())
                {
                    if (file.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(file.GetString()))
                    {
                        catalogue.Add(file.GetString()!);
                    }
                    else
                    {
                        problems.Add($"resolint.catalogue: ignored {file.GetRawText()}, which is not a file name or pattern.");
                    }
                }
            }
            else
            {
                problems.Add("resolint.catalogue must be an array of files or patterns.");
            }
        }

        var corpus = new List<string>();
        if (settings.TryGetProperty("corpus", out JsonElement folders))
        {
            if (folders.ValueKind == JsonValueKind.Array)
            {
                foreach (JsonElement folder in folders.EnumerateArray())
                {
                    if (folder.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(folder.GetString()))
                    {
                        corpus.Add(folder.GetString()!);
                    }
                    else
                    {
                        problems.Add($"resolint.corpus: ignored {folder.GetRawText()}, which is not a folder name.");
                    }
                }
            }
            else
            {
                problems.Add("resolint.corpus must be an array of folders.");
            }
        }

        return new ResolintSettings(levels, italics, corpus) { CatalogueFiles = catalogue };
    }
}
