using System.Text.RegularExpressions;
using Resolint.Core.Drafts;
using Resolint.Core.Parsing;
using Resolint.Core.Rules;
using Resolint.Core.Text;

namespace Resolint.Core.Checking;

/// <summary>What a suppression comment asks for.</summary>
public enum SuppressionKind
{
    /// <summary>Silence the next line of text (blank lines and other suppression comments are passed over).</summary>
    DisableNextLine,

    /// <summary>Silence everything after the comment, until a matching enable comment.</summary>
    Disable,

    /// <summary>End what an earlier disable comment silenced.</summary>
    Enable,
}

/// <summary>A rule named in a suppression comment, and where its name stands (to point at it when it silences nothing).</summary>
public sealed record SuppressedRule(string Id, TextSpan Span);

/// <summary>
/// One suppression comment. It stands alone on its line, in the Markdown form
/// <c>&lt;!-- resolint-disable-next-line RES201 --&gt;</c> or the plain-text form <c>%% resolint-disable-next-line RES201</c>.
/// </summary>
public sealed record SuppressionDirective(SuppressionKind Kind, TextSpan Span, TextSpan Line, IReadOnlyList<SuppressedRule> Rules)
{
    /// <summary>For a next-line comment: the line it silences; null when no text follows it.</summary>
    public TextSpan? Target { get; init; }

    /// <summary>A comment that names no rule applies to every rule.</summary>
    public bool AppliesToAll => Rules.Count == 0;

    public bool AppliesTo(string ruleId) =>
        AppliesToAll || Rules.Any(r => string.Equals(r.Id, ruleId, StringComparison.OrdinalIgnoreCase));
}

/// <summary>What the suppressions of a draft did to its findings.</summary>
public sealed record SuppressionOutcome(IReadOnlyList<Diagnostic> Reported, IReadOnlyList<Diagnostic> Suppressed, IReadOnlyList<Diagnostic> Unused);

/// <summary>
/// The suppression comments of a draft, and how they silence findings. A drafter who keeps a wording on purpose
/// (a quotation of an adopted text, say) marks it so, and CI stays green without turning the rule off everywhere.
/// </summary>
public sealed class Suppressions
{
    /// <summary>The finding for a suppression comment that silenced nothing: reported by this step, not by a rule.</summary>
    public static RuleDescriptor UnusedSuppression { get; } = new(
        "RES900",
        "Unused suppression",
        Severity.Warning,
        RuleCategory.Suppressions,
        "A resolint-disable comment silences nothing: no finding of the rules it names is reported where it applies. Remove it, so that it does not hide a later slip.");

    private const string Marker = "resolint-";

    private static readonly Regex RuleName = new("[A-Za-z]+[0-9]+", RegexOptions.CultureInvariant);

    private readonly SourceText _text;

    private Suppressions(SourceText text, IReadOnlyList<SuppressionDirective> directives)
    {
        _text = text;
        Directives = directives;
    }

    public IReadOnlyList<SuppressionDirective> Directives { get; }

    /// <summary>
    /// Finds the suppression comments of a parsed draft: none without a search of the text where the parser set no line
    /// aside as one (it reads every line, and reads a line with spaces around it as one where this reads it as one).
    /// </summary>
    public static Suppressions Read(Draft draft)
    {
        foreach (NoiseLine line in draft.Noise)
        {
            if (line.Kind == NoiseKind.SuppressionComment)
            {
                return Read(draft.Text);
            }
        }

        return new Suppressions(draft.Text, []);
    }

    /// <summary>Finds the suppression comments of a text. Cheap when there are none: one scan for "resolint-".</summary>
    public static Suppressions Read(SourceText text)
    {
        if (!text.Text.Contains(Marker, StringComparison.Ordinal))
        {
            return new Suppressions(text, []);
        }

        var directives = new List<SuppressionDirective>();
        for (int line = 0; line < text.LineCount; line++)
        {
            TextSpan span = text.LineSpan(line);
            string lineText = text.Slice(span);
            if (!lineText.Contains(Marker, StringComparison.Ordinal))
            {
                continue;
            }

            Match match = SuppressionComments.Match(lineText);
            if (match.Success)
            {
                directives.Add(ReadDirective(text, line, span, match));
            }
        }

        var commentLines = directives.Select(d => text.LineOf(d.Span.Start)).ToHashSet();
        for (int i = 0; i < directives.Count; i++)
        {
            if (directives[i].Kind == SuppressionKind.DisableNextLine)
            {
                directives[i] = directives[i] with { Target = NextTextLine(text, text.LineOf(directives[i].Span.Start), commentLines) };
            }
        }

        return new Suppressions(text, directives);
    }

    /// <summary>
    /// Sorts findings into those reported and those suppressed, and reports (at the level the options give
    /// <see cref="UnusedSuppression"/>) every disable comment, or rule named in one, that silenced nothing.
    /// </summary>
    public SuppressionOutcome Apply(IReadOnlyList<Diagnostic> diagnostics, CheckOptions options)
    {
        if (Directives.Count == 0)
        {
            return new SuppressionOutcome(diagnostics, [], []);
        }

        var reported = new List<Diagnostic>();
        var suppressed = new List<Diagnostic>();

        // (directive index, rule id named in it, or "" for a comment that names none) that silenced something.
        var used = new HashSet<(int Directive, string Rule)>();
        foreach (Diagnostic diagnostic in diagnostics)
        {
            if (SuppressorOf(diagnostic) is int index)
            {
                suppressed.Add(diagnostic);
                SuppressionDirective directive = Directives[index];
                used.Add((index, directive.AppliesToAll ? string.Empty : directive.Rules.First(r => string.Equals(r.Id, diagnostic.Id, StringComparison.OrdinalIgnoreCase)).Id));
            }
            else
            {
                reported.Add(diagnostic);
            }
        }

        return new SuppressionOutcome(reported, suppressed, UnusedFindings(used, options));
    }

    /// <summary>The index of the directive that silences a finding, or null.</summary>
    private int? SuppressorOf(Diagnostic diagnostic)
    {
        int at = diagnostic.Span.Start;
        int line = _text.LineOf(at);
        for (int i = 0; i < Directives.Count; i++)
        {
            SuppressionDirective d = Directives[i];
            if (d.Kind == SuppressionKind.DisableNextLine && d.Target is { } target && _text.LineOf(target.Start) == line && d.AppliesTo(diagnostic.Id))
            {
                return i;
            }
        }

        // The last disable or enable before the finding that concerns its rule decides.
        for (int i = Directives.Count - 1; i >= 0; i--)
        {
            SuppressionDirective d = Directives[i];
            if (d.Kind != SuppressionKind.DisableNextLine && d.Span.End <= at && d.AppliesTo(diagnostic.Id))
            {
                return d.Kind == SuppressionKind.Disable ? i : null;
            }
        }

        return null;
    }

    private List<Diagnostic> UnusedFindings(HashSet<(int Directive, string Rule)> used, CheckOptions options)
    {
        var unused = new List<Diagnostic>();
        if (options.SeverityOf(UnusedSuppression) is not { } severity)
        {
            return unused;
        }

        for (int i = 0; i < Directives.Count; i++)
        {
            SuppressionDirective d = Directives[i];
            if (d.Kind == SuppressionKind.Enable)
            {
                continue;
            }

            if (d.AppliesToAll)
            {
                if (!used.Contains((i, string.Empty)))
                {
                    unused.Add(Unused(severity, d.Span, "This suppression comment silences nothing: no finding is reported where it applies.", RemoveLine(d)));
                }

                continue;
            }

            List<SuppressedRule> idle = d.Rules.Where(r => !used.Contains((i, r.Id))).ToList();
            foreach (SuppressedRule rule in idle)
            {
                Fix fix = idle.Count == d.Rules.Count ? RemoveLine(d) : RemoveName(rule);
                unused.Add(Unused(severity, rule.Span, $"{rule.Id} is suppressed here, but reports nothing where this comment applies.", fix));
            }
        }

        return unused;
    }

    private static Diagnostic Unused(Severity severity, TextSpan span, string message, Fix fix) =>
        new(UnusedSuppression, severity, span, message) { Fix = fix, Tags = DiagnosticTags.Unnecessary };

    private static Fix RemoveLine(SuppressionDirective directive) =>
        new("Remove the unused suppression comment", [new TextEdit(directive.Line, string.Empty)]);

    /// <summary>Removes one name and the separator before it, leaving the rest of the comment as it was.</summary>
    private Fix RemoveName(SuppressedRule rule)
    {
        int start = rule.Span.Start;
        while (start > 0 && _text.Text[start - 1] is ' ' or '\t' or ',')
        {
            start--;
        }

        return new Fix($"Remove {rule.Id} from the suppression comment", [new TextEdit(TextSpan.FromBounds(start, rule.Span.End), string.Empty)]);
    }

    private static SuppressionDirective ReadDirective(SourceText text, int line, TextSpan span, Match match)
    {
        SuppressionKind kind = match.Groups["kind"].Value switch
        {
            "disable-next-line" => SuppressionKind.DisableNextLine,
            "disable" => SuppressionKind.Disable,
            _ => SuppressionKind.Enable,
        };

        Group rulesGroup = match.Groups["rules"];
        var rules = new List<SuppressedRule>();
        foreach (Match name in RuleName.Matches(rulesGroup.Value))
        {
            rules.Add(new SuppressedRule(name.Value.ToUpperInvariant(), new TextSpan(span.Start + rulesGroup.Index + name.Index, name.Length)));
        }

        // The whole line with its break: what removing the comment takes away.
        int lineEnd = line + 1 < text.LineCount ? text.LineStart(line + 1) : text.Length;
        return new SuppressionDirective(kind, span, TextSpan.FromBounds(span.Start, lineEnd), rules);
    }

    /// <summary>The first line after the comment that is neither blank nor another suppression comment.</summary>
    private static TextSpan? NextTextLine(SourceText text, int commentLine, HashSet<int> commentLines)
    {
        for (int line = commentLine + 1; line < text.LineCount; line++)
        {
            if (!commentLines.Contains(line) && !string.IsNullOrWhiteSpace(text.LineText(line)))
            {
                return text.LineSpan(line);
            }
        }

        return null;
    }
}
