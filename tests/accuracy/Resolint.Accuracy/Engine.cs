using Resolint.Core.Checking;
using Resolint.Core.Corpus;
using Resolint.Core.Drafts;
using Resolint.Core.Parsing;
using Resolint.Core.Rules;
using Resolint.Core.Text;

namespace Resolint.Accuracy;

/// <summary>A finding as a drafter reads it in a report: the 1-based line, the rule, the message.</summary>
public sealed record Finding(int Line, string RuleId, string Message)
{
    public override string ToString() => $"{Line} {RuleId} {Message}";
}

/// <summary>
/// The engine as `resolint check` runs it on a folder with no configuration: the bundled conventions, the default
/// options, every rule of the catalogue, the form from the file name where it promises one.
/// </summary>
public static class Engine
{
    private static readonly Lazy<Checker> DefaultChecker = new(() => new Checker(BundledConventions.Model, Configuration.Default.CheckOptions, RuleCatalogue.All));

    /// <summary>The form a file name promises (".md"), or null to let the parser read it from the text, as the CLI does.</summary>
    public static DraftForm? FormOf(string fileName) => Configuration.Default.FormOf(fileName);

    /// <summary>Every finding at warning or error, in text order; an engine failure is itself a finding (rule "crash").</summary>
    public static IReadOnlyList<Finding> Check(string text, DraftForm? form)
    {
        try
        {
            var source = SourceText.From(text);
            return DefaultChecker.Value.Check(DraftParser.Parse(source, form)).Diagnostics
                .Where(d => d.Severity >= Severity.Warning)
                .Select(d => new Finding(source.LineOf(d.Span.Start) + 1, d.Id, d.Message))
                .ToList();
        }
        catch (Exception ex)
        {
            return [new Finding(1, "crash", $"{ex.GetType().Name}: {ex.Message}")];
        }
    }
}
