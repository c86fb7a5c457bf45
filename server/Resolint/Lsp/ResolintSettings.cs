using System.Text.Json;
using Resolint.Core.Checking;

namespace Resolint.Lsp;

/// <summary>
/// The editor's "resolint" settings section:
/// <code>{ "rules": { "RES201": "off|info|warning|error" }, "corpus": ["dir", ...], "italics": "corpus|always|off" }</code>
/// Values that cannot be understood are reported and left at their defaults; they never fail the server.
/// </summary>
internal sealed record ResolintSettings(CheckOptions CheckOptions, IReadOnlyList<string> CorpusFolders)
{
    public static ResolintSettings Default { get; } = new(CheckOptions.Default, []);

    /// <summary>True when both settings check alike (the same levels, italics policy and corpus).</summary>
    public bool SameAs(ResolintSettings other) =>
        CheckOptions.Italics == other.CheckOptions.Italics
        && CorpusFolders.SequenceEqual(other.CorpusFolders)
        && CheckOptions.RuleLevels.Count == other.CheckOptions.RuleLevels.Count
        && CheckOptions.RuleLevels.All(level => other.CheckOptions.RuleLevels.TryGetValue(level.Key, out RuleLevel same) && same == level.Value);

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

        var italics = ItalicsPolicy.Corpus;
        if (settings.TryGetProperty("italics", out JsonElement italicsValue))
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

        return new ResolintSettings(new CheckOptions { RuleLevels = levels, Italics = italics }, corpus);
    }
}
