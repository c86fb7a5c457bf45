using System.Text.Json;
using Microsoft.Extensions.Logging;
using Resolint.Core.Corpus;
using Resolint.Lsp.Protocol;
using StreamJsonRpc;

namespace Resolint.Lsp;

/// <summary>
/// Reads the "resolint" settings section (pulled with workspace/configuration where the client can answer,
/// else taken from didChangeConfiguration or initializationOptions) and puts every open document under
/// the resulting analysis.
/// </summary>
internal sealed class WorkspaceConfiguration
{
    public const string Section = "resolint";

    private readonly SemaphoreSlim _applying = new(1, 1);
    private readonly ServerSession _session;
    private readonly DocumentStore _documents;
    private readonly DiagnosticsPublisher _publisher;
    private readonly ServerOptions _options;
    private readonly ILogger _logger;

    public WorkspaceConfiguration(DocumentStore documents, DiagnosticsPublisher publisher, ServerSession session, ServerOptions options, ILogger logger)
    {
        _session = session;
        _documents = documents;
        _publisher = publisher;
        _options = options;
        _logger = logger;
    }

    /// <summary>Asks the client for the section; a client that fails to answer leaves the settings as they are.</summary>
    public async Task PullAsync(JsonRpc rpc)
    {
        JsonElement[] answer;
        try
        {
            answer = await rpc.InvokeWithParameterObjectAsync<JsonElement[]>(
                "workspace/configuration",
                new ConfigurationParams([new ConfigurationItem(Section)])).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is RemoteInvocationException or ConnectionLostException or JsonException or RemoteSerializationException)
        {
            _logger.LogWarning("The client did not give the \"{Section}\" settings: {Message}", Section, ex.Message);
            _documents.MarkConfigured();
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

        await _applying.WaitAsync().ConfigureAwait(false);
        try
        {
            settings = settings with { CorpusFolders = settings.CorpusFolders.Select(Resolve).ToList() };
            ConventionModel conventions = await LoadConventionsAsync(settings.CorpusFolders).ConfigureAwait(false);
            Analysis current = _documents.Analysis;
            if (settings.SameAs(current.Settings) && ReferenceEquals(conventions, current.Conventions))
            {
                // Nothing that checks differently: keep every result, and the client's cached reports valid.
                _documents.MarkConfigured();
                return;
            }

            _documents.Reconfigure(new Analysis(current.Generation + 1, settings, conventions, _options.Rules));
        }
        finally
        {
            _applying.Release();
        }

        _documents.MarkConfigured();
        _publisher.QueueAll();
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

    private async Task<ConventionModel> LoadConventionsAsync(IReadOnlyList<string> folders)
    {
        ConventionModel model;
        try
        {
            // Learning reads and parses files: never on the dispatcher's thread.
            model = await Task.Run(() => _options.LoadConventions(folders)).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A corpus that cannot be read must not cost the drafter the checks: the last conventions stay.
            _logger.LogError(ex, "Could not learn from the corpus ({Folders}): {Message}", string.Join(", ", folders), ex.Message);
            return _documents.Analysis.Conventions;
        }

        if (!ReferenceEquals(model, _documents.Analysis.Conventions))
        {
            foreach (string problem in model.Problems)
            {
                _logger.LogWarning("Corpus: {Problem}", problem);
            }

            _logger.LogInformation("Conventions learned from {Files} corpus files.", model.Files.Count);
        }

        return model;
    }

}
