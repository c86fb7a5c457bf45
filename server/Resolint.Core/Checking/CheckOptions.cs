using Resolint.Core.Rules;

namespace Resolint.Core.Checking;

/// <summary>Which opening words must be italic.</summary>
public enum ItalicsPolicy
{
    /// <summary>Follow what the corpus italicises (the seeds' Markdown italicises operative verbs only).</summary>
    Corpus,

    /// <summary>Both preambular openers and operative verbs, as the Editorial Manual prints them.</summary>
    Always,

    /// <summary>Do not check italics (plain text cannot show them anyway).</summary>
    Off,
}

/// <summary>A rule's configured level; <see cref="Off"/> silences it.</summary>
public enum RuleLevel
{
    Off,
    Info,
    Warning,
    Error,
}

/// <summary>How a check is configured: from .resolint.json, the command line or the editor's settings.</summary>
public sealed record CheckOptions
{
    public static CheckOptions Default { get; } = new();

    /// <summary>Rule id → level; a rule not named keeps its default severity.</summary>
    public IReadOnlyDictionary<string, RuleLevel> RuleLevels { get; init; } = new Dictionary<string, RuleLevel>(StringComparer.OrdinalIgnoreCase);

    public ItalicsPolicy Italics { get; init; } = ItalicsPolicy.Corpus;

    /// <summary>The severity a rule reports at, or null when it is off.</summary>
    public Severity? SeverityOf(RuleDescriptor rule) =>
        RuleLevels.TryGetValue(rule.Id, out RuleLevel level)
            ? level switch
            {
                RuleLevel.Off => null,
                RuleLevel.Info => Severity.Info,
                RuleLevel.Warning => Severity.Warning,
                _ => Severity.Error,
            }
            : rule.DefaultSeverity;
}
