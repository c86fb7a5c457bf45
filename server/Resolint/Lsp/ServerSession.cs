using Resolint.Lsp.Protocol;

namespace Resolint.Lsp;

/// <summary>Where the server stands in LSP's lifecycle, and what the client said about itself.</summary>
internal sealed class ServerSession
{
    private readonly TaskCompletionSource _exit = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public LifecycleState State { get; private set; } = LifecycleState.Starting;

    public ClientCapabilities Capabilities { get; private set; } = new();

    public InitializeParams? InitializeParams { get; private set; }

    /// <summary>Completes when the client sends exit.</summary>
    public Task Exited => _exit.Task;

    /// <summary>0 when exit follows shutdown, 1 otherwise (LSP's rule).</summary>
    public int ExitCode => State == LifecycleState.ShutDown ? 0 : 1;

    /// <summary>The local folder of the first workspace folder (or the root URI), where relative settings start.</summary>
    public string? WorkspaceRoot =>
        (InitializeParams?.WorkspaceFolders is [var first, ..] ? first.Uri : InitializeParams?.RootUri) is { } uri
        && Uri.TryCreate(uri, UriKind.Absolute, out Uri? parsed) && parsed.IsFile
            ? parsed.LocalPath
            : null;

    public bool ClientPullsConfiguration => Capabilities.Workspace?.Configuration == true;

    public bool ClientPullsDiagnostics => Capabilities.TextDocument?.Diagnostic is not null;

    public bool ClientAppliesEdits => Capabilities.Workspace?.ApplyEdit == true;

    /// <summary>True when the client watches files the server names (.resolint.json) and says when they change.</summary>
    public bool ClientWatchesFiles => Capabilities.Workspace?.DidChangeWatchedFiles?.DynamicRegistration == true;

    /// <summary>Markdown unless the client says it renders plain text only (Eglot 1.9 does).</summary>
    public bool ClientRendersMarkdown => Capabilities.TextDocument?.Hover?.ContentFormat is not { } formats || formats.Contains(MarkupKind.Markdown);

    public bool ClientSupportsSnippets => Capabilities.TextDocument?.Completion?.CompletionItem?.SnippetSupport == true;

    /// <summary>How often the client's process is looked for, once the client named it.</summary>
    public static readonly TimeSpan ParentCheckInterval = TimeSpan.FromSeconds(3);

    public void Initialize(InitializeParams parameters)
    {
        InitializeParams = parameters;
        Capabilities = parameters.Capabilities ?? new ClientCapabilities();
        State = LifecycleState.Running;
        if (parameters.ProcessId is { } parent)
        {
            _ = WatchParentAsync(parent);
        }
    }

    public void Shutdown() => State = LifecycleState.ShutDown;

    public void Exit() => _exit.TrySetResult();

    /// <summary>
    /// An editor that crashed never sends exit: the server would live on as an orphan. When the process the
    /// client named is gone, the server exits as if told to (code 1 without shutdown).
    /// </summary>
    private async Task WatchParentAsync(int processId)
    {
        while (!Exited.IsCompleted)
        {
            if (!IsAlive(processId))
            {
                Exit();
                return;
            }

            await Task.WhenAny(Exited, Task.Delay(ParentCheckInterval)).ConfigureAwait(false);
        }
    }

    private static bool IsAlive(int processId)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false; // No such process.
        }
        catch (InvalidOperationException)
        {
            return false;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return true; // It exists, but this user may not look at it.
        }
    }

    /// <summary>
    /// The error a message gets at this point of the lifecycle, or null when it may be handled. Before
    /// initialize only initialize and exit are served; after shutdown only exit.
    /// </summary>
    public (int Code, string Message)? Refusal(string method) => State switch
    {
        _ when method is "exit" || method.StartsWith("$/", StringComparison.Ordinal) => null,
        LifecycleState.Starting when method != "initialize" => (ErrorCodes.ServerNotInitialized, $"The server is not initialized yet: '{method}' must follow initialize."),
        LifecycleState.Running when method == "initialize" => (ErrorCodes.InvalidRequest, "The server is already initialized."),
        LifecycleState.ShutDown => (ErrorCodes.InvalidRequest, $"The server is shutting down: '{method}' is refused after shutdown."),
        _ => null,
    };
}

internal enum LifecycleState
{
    Starting,
    Running,
    ShutDown,
}
