using System.Text.Json;
using Microsoft.Extensions.Logging;
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

    /// <summary>The conventions of each set of corpus folders, learned once (or being learned).</summary>
    private readonly Dictionary<string, Task<ConventionModel>> _conventions = new(StringComparer.Ordinal);

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
    /// name, as on the command line; a document with no file (an unsaved one) takes <paramref name="unsavedForm"/>.
    /// </summary>
    public (Analysis Analysis, DraftForm? Form) For(string uri, DraftForm? unsavedForm)
    {
        string? path = LocalPath(uri);
        Configuration configuration = path is null ? Configuration.Default : ConfigurationOf(path);
        return (AnalysisFor(configuration), path is null ? unsavedForm : configuration.FormOf(path));
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

        settings = settings with { CorpusFolders = settings.CorpusFolders.Select(Resolve).ToList() };
        await _applying.WaitAsync().ConfigureAwait(false);
        try
        {
            // Corpus files may have changed since they were learned: every corpus is asked again (the cache behind
            // LoadConventions answers at once, with the same model, while its files are unchanged). The settings'
            // own corpus is learned before any report: most documents follow no file of their own.
            Task<ConventionModel>? before;
            lock (_gate)
            {
                before = _conventions.GetValueOrDefault(string.Join('\n', settings.CorpusOver(Configuration.Default)));
                _conventions.Clear();
            }

            ConventionModel conventions = await LearnAsync(settings.CorpusOver(Configuration.Default)).ConfigureAwait(false);
            lock (_gate)
            {
                if (settings.SameAs(_settings) && _documents.Configured.IsCompleted
                    && before is { IsCompletedSuccessfully: true } && ReferenceEquals(before.Result, conventions))
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
            _conventions.Clear();
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

            IReadOnlyList<string> corpus = _settings.CorpusOver(configuration);
            Task<ConventionModel> learning = LearnAsync(corpus);
            ConventionModel conventions;
            if (learning.IsCompletedSuccessfully)
            {
                conventions = learning.Result;
            }
            else
            {
                // Meanwhile the document is checked with the settings' corpus; it is checked again once its own is learned.
                Task<ConventionModel> settingsCorpus = LearnAsync(_settings.CorpusOver(Configuration.Default));
                conventions = settingsCorpus.IsCompletedSuccessfully ? settingsCorpus.Result : ConventionModel.Empty;
                _ = learning.ContinueWith(_ => ConventionsLearned(), CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
            }

            var analysis = new Analysis(++_generation, configuration, _settings.Over(configuration), conventions, _options.Rules);
            _analyses[configuration] = analysis;
            return analysis;
        }
    }

    /// <summary>A corpus is learned: the analyses that were made without it are made again, the others kept.</summary>
    private void ConventionsLearned()
    {
        lock (_gate)
        {
            foreach ((Configuration configuration, Analysis analysis) in _analyses.ToArray())
            {
                if (_conventions.GetValueOrDefault(string.Join('\n', _settings.CorpusOver(configuration))) is { IsCompletedSuccessfully: true } learning
                    && !ReferenceEquals(learning.Result, analysis.Conventions))
                {
                    _analyses.Remove(configuration);
                }
            }
        }

        Reconfigure();
    }

    /// <summary>The conventions of a set of corpus folders, learned once, off the dispatcher's thread.</summary>
    private Task<ConventionModel> LearnAsync(IReadOnlyList<string> folders)
    {
        string key = string.Join('\n', folders);
        lock (_gate)
        {
            if (!_conventions.TryGetValue(key, out Task<ConventionModel>? learning))
            {
                learning = Task.Run(() => Learn(folders));
                _conventions[key] = learning;
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
            return folders.Count > 0 ? LearnAsync([]).GetAwaiter().GetResult() : ConventionModel.Empty;
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

    private static string? LocalPath(string uri) =>
        Uri.TryCreate(uri, UriKind.Absolute, out Uri? parsed) && parsed.IsFile ? parsed.LocalPath : null;
}
