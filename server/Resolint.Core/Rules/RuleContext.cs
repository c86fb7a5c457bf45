using Resolint.Core.Catalogue;
using Resolint.Core.Checking;
using Resolint.Core.Corpus;
using Resolint.Core.Drafts;
using Resolint.Core.Text;

namespace Resolint.Core.Rules;

/// <summary>What a rule sees: the draft, the learned conventions, the catalogue of resolutions, the options; and where it reports.</summary>
public sealed class RuleContext
{
    /// <summary>
    /// The most findings one rule reports on one draft. A real resolution never comes near (the devset's worst has a
    /// few dozen of a rule); past it a rule has met something other than a draft, and one more finding that says so
    /// keeps the report, and its time and size, in proportion to what a person can read.
    /// </summary>
    public const int MaxFindingsPerRule = 500;

    private readonly List<Diagnostic> _sink;
    private int _reported;
    private readonly int _limit = MaxFindingsPerRule;
    private readonly RuleDescriptor _rule;
    private readonly Severity _severity;

    internal RuleContext(DraftReading reading, Draft draft, ConventionModel conventions, ResolutionCatalogue catalogue, CheckOptions options, RuleDescriptor rule, Severity severity, List<Diagnostic> sink)
    {
        Reading = reading;
        Draft = draft;
        Conventions = conventions;
        Catalogue = catalogue;
        Options = options;
        _rule = rule;
        _severity = severity;
        _sink = sink;
    }

    public Draft Draft { get; }

    public ConventionModel Conventions { get; }

    /// <summary>The resolutions the organs adopted, as the UN lists them; empty when no catalogue is configured.</summary>
    public ResolutionCatalogue Catalogue { get; }

    public CheckOptions Options { get; }

    public SourceText Text => Draft.Text;

    /// <summary>What the rules of this check share of their reading of the draft.</summary>
    internal DraftReading Reading { get; }

    /// <summary>The same check writing into <paramref name="sink"/>, uncounted: the findings of one passage, kept for the next version.</summary>
    private RuleContext(RuleContext context, List<Diagnostic> sink)
        : this(context.Reading, context.Draft, context.Conventions, context.Catalogue, context.Options, context._rule, context._severity, sink)
    {
        _limit = int.MaxValue;
    }

    /// <param name="severity">The finding's own severity where it is weaker evidence than the rule's (a mark OCR may have misread); null for the rule's.</param>
    public void Report(TextSpan span, string message, Fix? fix = null, IReadOnlyList<RelatedLocation>? related = null, DiagnosticTags tags = DiagnosticTags.None, Severity? severity = null)
    {
        if (PastLimit(span))
        {
            return;
        }

        _sink.Add(new Diagnostic(_rule, severity is { } own && own < _severity ? own : _severity, span, message)
        {
            Fix = fix,
            Related = related ?? [],
            Tags = tags,
        });
    }

    /// <summary>What one passage's words give a document rule: <see cref="DraftReading.Summarise{TState, T}"/>.</summary>
    internal T Summarise<TState, T>(PassageSummary<TState, T> kind, InlineText words, TState state, object? given = null)
        where T : class =>
        Reading.Summarise(kind, words, state, given);

    /// <summary>
    /// Runs a passage rule on every passage in order (<see cref="Language.Passages.Texts"/>); a passage that reads as
    /// in an earlier version gives that version's findings, moved to where it now stands.
    /// </summary>
    internal void CheckEachPassage(PassageRule rule)
    {
        foreach (InlineText words in Language.Passages.Texts(this))
        {
            ReportOf(rule, words, given: null, (Rule: rule, Words: words), static (context, passage) => passage.Rule.CheckPassage(context, passage.Words));
        }
    }

    /// <summary>
    /// Reports what <paramref name="find"/> finds in one passage's <paramref name="words"/>: findings that stand in the words
    /// and depend on nothing but them and <paramref name="given"/> (what of the draft beyond the words they depend on, null
    /// for nothing). Where the last version's check found them (<paramref name="kind"/>: whose findings) in words that read
    /// the same under an equal given, those are reported, moved to where the words now stand, and not made again. Findings
    /// under no given are kept on the passage; under one, by passage and given (<see cref="CheckCache.Session.TryFind"/>).
    /// </summary>
    internal void ReportOf<TState>(object kind, InlineText words, object? given, TState state, Action<RuleContext, TState> find)
    {
        if (Reading.Cache is not { } cache)
        {
            find(this, state);
            return;
        }

        CheckCache.Passage passage = Reading.PassageOf(words);
        int at = cache.FromOfLast;
        if (!(given is null ? passage.TryFind(kind, null, out object? kept) : cache.TryFind(passage, kind, given, out kept)))
        {
            var found = new List<Diagnostic>();
            find(new RuleContext(this, found), state);
            kept = new PassageFindings(at, [.. found]);
            if (given is null)
            {
                passage.Keep(kind, null, kept);
            }
            else
            {
                cache.Keep(passage, kind, given, kept);
            }
        }

        var findings = (PassageFindings)kept!;
        // Findings that may share a fix keep sharing it moved; a finding alone needs no table of the fixes moved.
        int delta = at - findings.At;
        Dictionary<Fix, Fix>? moved = delta != 0 && findings.Found.Length > 1 ? new Dictionary<Fix, Fix>(ReferenceEqualityComparer.Instance) : null;
        foreach (Diagnostic finding in findings.Found)
        {
            Diagnostic here = finding.Shifted(delta, moved);
            if (!PastLimit(here.Span))
            {
                _sink.Add(here);
            }
        }
    }

    /// <summary>Counts a finding; past <see cref="MaxFindingsPerRule"/> says once that the rule stopped, and drops the rest.</summary>
    private bool PastLimit(TextSpan span)
    {
        if (++_reported <= _limit)
        {
            return false;
        }

        if (_reported == _limit + 1)
        {
            _sink.Add(new Diagnostic(_rule, Severity.Info, span, $"{_rule.Id} stopped after {MaxFindingsPerRule} findings in this draft; mend those and check again for the rest."));
        }

        return true;
    }

    /// <summary>The findings of one passage as they stood when its words began at <paramref name="At"/>.</summary>
    private sealed record PassageFindings(int At, Diagnostic[] Found);

    /// <summary>A fix of a single replacement.</summary>
    public static Fix Replace(string title, TextSpan span, string newText) => new(title, [new TextEdit(span, newText)]);
}
