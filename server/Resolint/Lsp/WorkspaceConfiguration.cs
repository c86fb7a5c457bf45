using System.Text.Json;
using Microsoft.Extensions.Logging;
using Resolint.Core.Catalogue;
using Resolint.Core.Checking;
using Resolint.Core.Corpus;
using Resolint.Core.Drafts;
using Resolint.Lsp.Protocol;
using StreamJsonRpc;

namespace Resolint.Lsp;

/// <summary>
/// How each open document is checked: under the nearest <c>.resolint.json</c> of its file, found as the command
/// line finds it (its rules, italics, corpus and forms), with the editor's "resolint" settings section over it
/// (pulled with workspace/configuration where the client can answer, else taken from didChangeConfiguration or
/// initializationOptions). One analysis per configuration file; a corpus not yet learned is learned off the
/// dispatcher's thread and the documents it governs are checked again once it is. A configuration file with
/// mistakes is reported on that file, where the editor shows it, and its documents are checked under the defaults.
/// </summary>
internal sealed class WorkspaceConfiguration
{
    public const string Section = "resolint";

    private readonly object _gate = new();
    private readonly SemaphoreSlim _applying = new(1, 1);
    private readonly ServerSession _session;
    private readonly DocumentStore _documents;
    private readonly DiagnosticsPublisher _publisher;
    private readonly ServerOptions _options;
    private readonly JsonRpc _rpc;
    private readonly ILogger _logger;
    private readonly IReadOnlyCollection<string> _knownRules;

    /// <summary>One analysis per configuration file (by reference: the lookup reads each file once).</summary>
    private readonly Dictionary<Configuration, Analysis> _analyses = new(ReferenceEqualityComparer.Instance);

    /// <summary>What each set of corpus folders and catalogue files gives, learned and read once (or being so).</summary>
    private readonly Dictionary<string, Task<Knowledge>> _knowledge = new(StringComparer.Ordinal);

    /// <summary>Configuration files whose mistakes are shown in the editor now.</summary>
    private readonly HashSet<string> _reported = new(StringComparer.Ordinal);

    private ResolintSettings _settings = ResolintSettings.Default;
    private ConfigurationLookup _lookup;
    private int _generation;

    public WorkspaceConfiguration(DocumentStore documents, DiagnosticsPublisher publisher, ServerSession session, ServerOptions options, JsonRpc rpc, ILogger logger)
    {
        _session = session;
        _documents = documents;
        _publisher = publisher;
        _options = options;
        _rpc = rpc;
        _logger = logger;
        _knownRules = ConfigurationReader.KnownRuleIds((options.Rules ?? Core.Rules.RuleCatalogue.All).Select(r => r.Descriptor));
        _lookup = new ConfigurationLookup(_knownRules);
    }

    /// <summary>
    /// The analysis and form a document is checked with. A file's form is the one its configuration gives its
    /// name, as on the command line; the view of a Word or Akoma Ntoso file is its Markdown rendering, under the
    /// file's configuration; a document with no file (an unsaved one) takes <paramref name="unsavedForm"/>.
    /// </summary>
    public (Analysis Analysis, DraftForm? Form) For(string uri, DraftForm? unsavedForm)
    {
        string? path = DocumentView.LocalPath(uri);
        Configuration configuration = path is null ? Configuration.Default : ConfigurationOf(path);
        DraftForm? form = path is null ? unsavedForm : DocumentView.FileOf(uri) is null ? configuration.FormOf(path) : DraftForm.Markdown;
        return (AnalysisFor(configuration), form);
    }

    /// <summary>Asks the client for the section; a client that fails to answer leaves the settings as they are.</summary>
    public async Task PullAsync()
    {
        JsonElement[] answer;
        try
        {
            answer = await _rpc.InvokeWithParameterObjectAsync<JsonElement[]>(
                "workspace/configuration",
                new ConfigurationParams([new ConfigurationItem(Section)])).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is RemoteInvocationException or ConnectionLostException or JsonException or RemoteSerializationException)
        {
            _logger.LogWarning("The client did not give the \"{Section}\" settings: {Message}", Section, ex.Message);
            await ApplyAsync(null).ConfigureAwait(false);
            return;
        }

        await ApplyAsync(answer.Length > 0 ? answer[0] : null).ConfigureAwait(false);
    }

    /// <summary>Settings pushed by the client: either the whole settings object or just the section.</summary>
    public Task ApplyPushedAsync(JsonElement? settings) =>
        ApplyAsync(settings is { ValueKind: JsonValueKind.Object } all && all.TryGetProperty(Section, out JsonElement section) ? section : settings);

    public async Task ApplyAsync(JsonElement? section)
    {
        var problems = new List<string>();
        ResolintSettings settings = ResolintSettings.Read(section, problems);
        foreach (string problem in problems)
        {
            _logger.LogWarning("Settings: {Problem}", problem);
        }

        settings = settings with { CorpusFolders = settings.CorpusFolders.Select(Resolve).ToList(), CatalogueFiles = settings.CatalogueFiles.Select(Resolve).ToList() };
        await _applying.WaitAsync().ConfigureAwait(false);
        try
        {
            // Corpus files may have changed since they were learned: every corpus is asked again (the cache behind
            // LoadConventions answers at once, with the same model, while its files are unchanged). The settings'
            // own corpus is learned before any report: most documents follow no file of their own.
            Task<Knowledge>? before;
            lock (_gate)
            {
                before = _knowledge.GetValueOrDefault(KeyOf(settings, Configuration.Default));
                _knowledge.Clear();
            }

            Knowledge knowledge = await LearnAsync(settings, Configuration.Default).ConfigureAwait(false);
            lock (_gate)
            {
                if (settings.SameAs(_settings) && _documents.Configured.IsCompleted
                    && before is { IsCompletedSuccessfully: true } && before.Result.SameAs(knowledge))
                {
                    // Nothing that checks differently: keep every result, and the client's cached reports valid.
                    return;
                }

                _settings = settings;
                _analyses.Clear();
            }

            Reconfigure();
        }
        finally
        {
            _applying.Release();
            _documents.MarkConfigured();
        }
    }

    /// <summary>Configuration files changed on disk: each is read again and every document is checked again under it.</summary>
    public void ConfigurationFilesChanged()
    {
        lock (_gate)
        {
            _lookup = new ConfigurationLookup(_knownRules);
            _analyses.Clear();
            _knowledge.Clear();
        }

        Reconfigure();
    }

    /// <summary>Asks a client that can watch files to report changes of every <c>.resolint.json</c>.</summary>
    public async Task WatchConfigurationFilesAsync()
    {
        if (!_session.ClientWatchesFiles)
        {
            return;
        }

        try
        {
            await _rpc.InvokeWithParameterObjectAsync(
                "client/registerCapability",
                new RegistrationParams([new Registration("resolint-configuration-files", "workspace/didChangeWatchedFiles", new DidChangeWatchedFilesRegistrationOptions([new Protocol.FileSystemWatcher("**/" + Configuration.FileName)]))])).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is RemoteInvocationException or ConnectionLostException)
        {
            _logger.LogWarning("The client will not watch {File} files: {Message}", Configuration.FileName, ex.Message);
        }
    }

    private void Reconfigure()
    {
        IReadOnlyList<string> changed = _documents.Reconfigure(snapshot => For(snapshot.Uri, snapshot.Form));
        foreach (string uri in changed)
        {
            _publisher.Queue(uri);
        }
    }

    private Configuration ConfigurationOf(string path)
    {
        string folder = Path.GetDirectoryName(path) ?? path;
        ConfigurationLookup lookup;
        lock (_gate)
        {
            lookup = _lookup;
        }

        try
        {
            Configuration configuration = lookup.ForFolder(folder);
            if (configuration.File is { } file)
            {
                ReportMistakes(file, []);
            }

            return configuration;
        }
        catch (ConfigurationException ex)
        {
            foreach (IGrouping<string, ConfigurationError> mistakes in ex.Errors.GroupBy(e => e.File, StringComparer.Ordinal))
            {
                ReportMistakes(mistakes.Key, mistakes.ToList());
            }

            return Configuration.Default;
        }
    }

    private Analysis AnalysisFor(Configuration configuration)
    {
        lock (_gate)
        {
            if (_analyses.TryGetValue(configuration, out Analysis? known))
            {
                return known;
            }

            Task<Knowledge> learning = LearnAsync(_settings, configuration);
            Knowledge knowledge;
            bool provisional = !learning.IsCompletedSuccessfully;
            if (!provisional)
            {
                knowledge = learning.Result;
            }
            else
            {
                // Meanwhile the document is checked with what the settings alone give; it is checked again once its own is learned.
                Task<Knowledge> settingsAlone = LearnAsync(_settings, Configuration.Default);
                knowledge = settingsAlone.IsCompletedSuccessfully ? settingsAlone.Result : Knowledge.Empty;
                _ = learning.ContinueWith(_ => KnowledgeLearned(), CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
            }

            var analysis = new Analysis(++_generation, configuration, _settings.Over(configuration), knowledge, _options.Rules, provisional);
            _analyses[configuration] = analysis;
            return analysis;
        }
    }

    /// <summary>
    /// A corpus is learned: the analyses that were made without it are made again, the others kept. Every provisional
    /// analysis goes, not only the one whose learning ended: settings applied meanwhile may have dropped the learning
    /// it waited for, and made again it either finds its knowledge learned or waits for a learning of its own.
    /// </summary>
    private void KnowledgeLearned()
    {
        lock (_gate)
        {
            foreach ((Configuration configuration, Analysis analysis) in _analyses.ToArray())
            {
                if (analysis.Provisional
                    || (_knowledge.GetValueOrDefault(KeyOf(_settings, configuration)) is { IsCompletedSuccessfully: true } learning
                        && !learning.Result.SameAs(analysis.Knowledge)))
                {
                    _analyses.Remove(configuration);
                }
            }
        }

        Reconfigure();
    }

    private static string KeyOf(ResolintSettings settings, Configuration configuration) =>
        string.Join('\n', settings.CorpusOver(configuration)) + "\n|\n" + string.Join('\n', settings.CatalogueOver(configuration));

    /// <summary>The conventions of a document's corpus and its catalogue, learned and read once, off the dispatcher's thread.</summary>
    private Task<Knowledge> LearnAsync(ResolintSettings settings, Configuration configuration)
    {
        string key = KeyOf(settings, configuration);
        lock (_gate)
        {
            if (!_knowledge.TryGetValue(key, out Task<Knowledge>? learning))
            {
                IReadOnlyList<string> corpus = settings.CorpusOver(configuration);
                IReadOnlyList<string> catalogue = settings.CatalogueOver(configuration);
                learning = Task.Run(() => new Knowledge(Learn(corpus), ReadCatalogue(catalogue)));
                _knowledge[key] = learning;
            }

            return learning;
        }
    }

    private ConventionModel Learn(IReadOnlyList<string> folders)
    {
        try
        {
            ConventionModel model = _options.LoadConventions(folders);
            foreach (string problem in model.Problems)
            {
                _logger.LogWarning("Corpus: {Problem}", problem);
            }

            _logger.LogInformation("Conventions learned from {Files} corpus files.", model.Files.Count);
            return model;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A corpus that cannot be read must not cost the drafter the checks: the bundled conventions stay.
            _logger.LogError(ex, "Could not learn from the corpus ({Folders}): {Message}", string.Join(", ", folders), ex.Message);
            return folders.Count > 0 ? Learn([]) : ConventionModel.Empty;
        }
    }

    private ResolutionCatalogue ReadCatalogue(IReadOnlyList<string> patterns)
    {
        if (patterns.Count == 0)
        {
            return ResolutionCatalogue.Empty;
        }

        try
        {
            (IReadOnlyList<string> files, IReadOnlyList<string> unmatched) = Cli.CatalogueFiles.Expand(patterns);
            foreach (string pattern in unmatched)
            {
                _logger.LogWarning("Catalogue: no file matches '{Pattern}'.", pattern);
            }

            ResolutionCatalogue catalogue = _options.LoadCatalogue(files);
            foreach (string problem in catalogue.Problems)
            {
                _logger.LogWarning("Catalogue: {Problem}", problem);
            }

            _logger.LogInformation("Catalogue: {Count} resolutions from {Files} files.", catalogue.Count, files.Count);
            return catalogue;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            _logger.LogError(ex, "Could not read the catalogue ({Files}): {Message}", string.Join(", ", patterns), ex.Message);
            return ResolutionCatalogue.Empty;
        }
    }

    /// <summary>Shows a configuration file's mistakes on that file (an empty list clears them), and logs them.</summary>
    private void ReportMistakes(string file, IReadOnlyList<ConfigurationError> mistakes)
    {
        lock (_gate)
        {
            if (mistakes.Count == 0 ? !_reported.Remove(file) : !_reported.Add(file))
            {
                return; // Already shown (or already clear): once per file is enough.
            }
        }

        foreach (ConfigurationError mistake in mistakes)
        {
            _logger.LogWarning("Configuration: {Mistake}", mistake);
        }

        var diagnostics = mistakes.Select(m =>
        {
            var at = new Position(Math.Max(0, m.Line - 1), Math.Max(0, m.Column - 1));
            return new Protocol.Diagnostic(new Protocol.Range(at, at), m.Message) { Severity = DiagnosticSeverity.Error, Source = "resolint" };
        }).ToList();
        _ = _rpc.NotifyWithParameterObjectAsync("textDocument/publishDiagnostics", new PublishDiagnosticsParams(new Uri(file).AbsoluteUri, diagnostics))
            .ContinueWith(t => _logger.LogDebug("Could not show the configuration's mistakes: {Message}", t.Exception?.GetBaseException().Message), CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
    }

    /// <summary>A corpus folder as the user wrote it: "~" is the home folder, a relative path starts at the workspace folder.</summary>
    private string Resolve(string folder)
    {
        if (folder == "~" || folder.StartsWith("~/", StringComparison.Ordinal))
        {
            folder = Path.Join(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), folder[1..]);
        }

        string? root = _session.WorkspaceRoot;
        return Path.IsPathRooted(folder) || root is null ? folder : Path.GetFullPath(Path.Join(root, folder));
    }
}
