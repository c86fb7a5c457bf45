using Microsoft.Extensions.Logging;
using Resolint.Lsp.Protocol;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace Resolint.Lsp;

/// <summary>
/// StreamJsonRpc's connection with LSP's rules added: the server knows when every request has had its answer,
/// and a handler's failure reaches the client as a plain message, never with a .NET stack trace. (Requests the
/// lifecycle refuses never get here: <see cref="LspMessageHandler"/> answers them.)
/// </summary>
internal sealed class LspJsonRpc : JsonRpc
{
    private readonly ILogger _logger;
    private readonly object _answers = new();
    private int _unanswered;
    private TaskCompletionSource? _drained;

    public LspJsonRpc(IJsonRpcMessageHandler handler, ILogger logger)
        : base(handler)
    {
        _logger = logger;
    }

    /// <summary>
    /// Completes when every request received so far has had its answer written: after exit, the process
    /// must not end with an answer still in the pipe (the client would wait for it forever).
    /// </summary>
    public Task AllAnswered()
    {
        lock (_answers)
        {
            if (_unanswered == 0)
            {
                return Task.CompletedTask;
            }

            _drained ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            return _drained.Task;
        }
    }

    protected override void OnResponseSent(JsonRpcMessage response)
    {
        base.OnResponseSent(response);
        lock (_answers)
        {
            if (--_unanswered == 0)
            {
                _drained?.TrySetResult();
                _drained = null;
            }
        }
    }

    protected override ValueTask<JsonRpcMessage> DispatchRequestAsync(JsonRpcRequest request, TargetMethod targetMethod, CancellationToken cancellationToken)
    {
        if (!request.IsNotification)
        {
            lock (_answers)
            {
                _unanswered++;
            }
        }

        return base.DispatchRequestAsync(request, targetMethod, cancellationToken);
    }

    protected override JsonRpcError.ErrorDetail CreateErrorDetails(JsonRpcRequest request, Exception exception)
    {
        if (exception is LocalRpcException local)
        {
            return new JsonRpcError.ErrorDetail { Code = (JsonRpcErrorCode)local.ErrorCode, Message = local.Message, Data = local.ErrorData };
        }

        if (exception is System.Text.Json.JsonException || exception.InnerException is System.Text.Json.JsonException)
        {
            // The parameters did not fit the method: the client's mistake, said as such.
            return new JsonRpcError.ErrorDetail
            {
                Code = (JsonRpcErrorCode)ErrorCodes.InvalidParams,
                Message = $"Invalid params for {request.Method}: {(exception as System.Text.Json.JsonException ?? exception.InnerException)!.Message}",
            };
        }

        // The stack goes to the log, where a developer can read it; the client gets one sentence.
        _logger.LogError(exception, "{Method} failed", request.Method);
        return new JsonRpcError.ErrorDetail
        {
            Code = (JsonRpcErrorCode)ErrorCodes.InternalError,
            Message = $"resolint could not answer {request.Method}: {exception.Message}",
        };
    }
}
