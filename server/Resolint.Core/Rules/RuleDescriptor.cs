namespace Resolint.Core.Rules;

public enum Severity
{
    Info,
    Warning,
    Error,
}

public enum RuleCategory
{
    Numbering,
    OpeningWords,
    Punctuation,
    Footnotes,
    Citations,
    Language,
    Structure,
    Suppressions,
}

/// <summary>What a rule is, once and for all: the shape of Roslyn's DiagnosticDescriptor.</summary>
public sealed record RuleDescriptor(string Id, string Title, Severity DefaultSeverity, RuleCategory Category, string Description)
{
    /// <summary>Where the rule pages are published; the same pages live in docs/rules/ of the repository.</summary>
    public const string DocsBaseUri = "https://github.com/resolint/resolint/blob/main/docs/rules/";

    public string HelpUri => DocsBaseUri + Id + ".md";
}
