using Resolint.Core.Checking;
using Resolint.Core.Drafts;
using Resolint.Core.Parsing;
using Resolint.Core.Text;

namespace Resolint.Lsp;

/// <summary>
/// One version of an open document. Immutable: its draft is parsed at most once and checked at most
/// once per configuration, on first use, whichever thread asks first; later readers share the result.
/// </summary>
internal sealed class DocumentSnapshot
{
    private readonly Lazy<Draft> _draft;
    private readonly Lazy<CheckResult> _check;

    /// <summary>Shared by every version of the document: a new version reads only the paragraphs that changed.</summary>
    private readonly ParseCache _cache;

    /// <summary>Shared by every version of the document: a new version's check runs the passage rules only on the passages that changed.</summary>
    private readonly CheckCache _checkCache;

    public DocumentSnapshot(string uri, int version, SourceText text, DraftForm? form, Analysis analysis)
        : this(uri, version, text, form, analysis, new ParseCache(), new CheckCache())
    {
    }

    private DocumentSnapshot(string uri, int version, SourceText text, DraftForm? form, Analysis analysis, ParseCache cache, CheckCache checkCache)
        : this(uri, version, text, form, analysis, cache, checkCache, new Lazy<Draft>(() => DraftParser.Parse(text, form, cache)))
    {
    }

    private DocumentSnapshot(string uri, int version, SourceText text, DraftForm? form, Analysis analysis, ParseCache cache, CheckCache checkCache, Lazy<Draft> draft)
    {
        _cache = cache;
        _checkCache = checkCache;
        Uri = uri;
        Version = version;
        Text = text;
        Form = form;
        Analysis = analysis;
        _draft = draft;
        _check = new Lazy<CheckResult>(() => analysis.Checker.Check(_draft.Value, checkCache));
    }

    public string Uri { get; }

    public int Version { get; }

    public SourceText Text { get; }

    public DraftForm? Form { get; }

    public Analysis Analysis { get; }

    public Draft Draft => _draft.Value;

    public CheckResult Check => _check.Value;

    /// <summary>An identifier of this version's diagnostics: the text version and the configuration.</summary>
    public string ResultId => $"{Version}.{Analysis.Generation}";

    public DocumentSnapshot WithText(int version, SourceText text) => new(Uri, version, text, Form, Analysis, _cache, _checkCache);

    /// <summary>The same text under another configuration: the parsed draft is kept, only the check is redone.</summary>
    public DocumentSnapshot WithAnalysis(Analysis analysis) => new(Uri, Version, Text, Form, analysis, _cache, _checkCache, _draft);
}
