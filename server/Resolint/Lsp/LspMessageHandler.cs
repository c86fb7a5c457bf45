using System.Buffers;
using System.Buffers.Text;
using System.IO.Pipelines;
using System.Text;
using Microsoft.Extensions.Logging;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;
using Resolint.Lsp.Protocol;

namespace Resolint.Lsp;

/// <summary>
/// LSP's base protocol (Content-Length headers, then a JSON body) that survives bad input. StreamJsonRpc's
/// own reader drops the connection at the first malformed header or body; an editor would then lose
/// its server for one bad byte. This reader answers a body that is not JSON with a parse error (-32700)
/// and a message that is not JSON-RPC 2.0 with an invalid-request error (-32600), skips a header block
/// without a usable Content-Length, and goes on reading. It also answers, before any handler runs, a request
/// the lifecycle refuses or no handler serves, and drops a reply to a request the server never sent (StreamJsonRpc
/// would end the connection over it). Writing is left to the base class.
/// </summary>
internal sealed class LspMessageHandler : HeaderDelimitedMessageHandler
{
    /// <summary>A larger body is read and thrown away rather than held in memory.</summary>
    public const int MaxMessageBytes = 64 * 1024 * 1024;

    private static readonly byte[] HeaderEnd = "\r\n\r\n"u8.ToArray();
    private static readonly byte[] ContentLengthName = "content-length:"u8.ToArray();
    private readonly ILogger _logger;
    private readonly Func<string, (int Code, string Message)?> _refusal;

    /// <summary>The ids of the server's own requests still waiting for the client's reply.</summary>
    private readonly HashSet<RequestId> _awaitingReply = [];

    /// <remarks>
    /// The writer goes straight to the output stream: a message counts as sent once it is in the stream,
    /// not in an intermediate pipe that a process ending right after exit would never empty.
    /// </remarks>
    /// <param name="refusal">The error a request for a method gets before it is dispatched (the lifecycle's
    /// refusals, a method no handler serves), or null when it is served.</param>
    public LspMessageHandler(Stream output, Stream input, IJsonRpcMessageFormatter formatter, Func<string, (int Code, string Message)?> refusal, ILogger logger)
        : base(PipeWriter.Create(output), PipeReader.Create(input), formatter)
    {
        _refusal = refusal;
        _logger = logger;
    }

    protected override void Write(JsonRpcMessage content, CancellationToken cancellationToken)
    {
        if (content is JsonRpcRequest { IsResponseExpected: true } request)
        {
            lock (_awaitingReply)
            {
                _awaitingReply.Add(request.RequestId);
            }
        }

        base.Write(content, cancellationToken);
    }

    private PipeReader Input => Reader ?? throw new InvalidOperationException("The handler was built without an input stream.");

    protected override async ValueTask<JsonRpcMessage?> ReadCoreAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            int? length = await ReadHeaderAsync(cancellationToken).ConfigureAwait(false);
            if (length is null)
            {
                return null; // The client closed the stream.
            }

            if (length < 0)
            {
                continue; // A header block without a usable Content-Length: skipped, already logged.
            }

            if (length > MaxMessageBytes)
            {
                await DiscardAsync(length.Value, cancellationToken).ConfigureAwait(false);
                await AnswerAsync(RequestId.Null, ErrorCodes.InvalidRequest, $"Message of {length} bytes is larger than the {MaxMessageBytes} the server accepts.", cancellationToken).ConfigureAwait(false);
                continue;
            }

            byte[]? body = await ReadBodyAsync(length.Value, cancellationToken).ConfigureAwait(false);
            if (body is null)
            {
                return null;
            }

            if (TryDeserialize(body, out JsonRpcMessage? message, out int errorCode, out string? error, out RequestId errorId))
            {
                if (message is JsonRpcRequest request && _refusal(request.Method!) is { } refusal)
                {
                    if (!request.IsResponseExpected)
                    {
                        _logger.LogDebug("Ignored the notification {Method}: {Reason}", request.Method, refusal.Message);
                        continue;
                    }

                    await AnswerAsync(request.RequestId, refusal.Code, refusal.Message, cancellationToken).ConfigureAwait(false);
                    continue;
                }

                if (message is IJsonRpcMessageWithId { RequestId: var id } and (JsonRpcResult or JsonRpcError) && !TakeAwaited(id))
                {
                    _logger.LogWarning("Ignored a reply (id {Id}) to no request the server sent.", id);
                    continue;
                }

                return message;
            }

            _logger.LogWarning("Unreadable message ({Error}); answered {Code} and went on.", error, errorCode);
            await AnswerAsync(errorId, errorCode, error!, cancellationToken).ConfigureAwait(false);
        }
    }

    private bool TakeAwaited(RequestId id)
    {
        lock (_awaitingReply)
        {
            return _awaitingReply.Remove(id);
        }
    }

    /// <param name="errorId">The id an error answer carries: the message's own when it could be read, else null.</param>
    private bool TryDeserialize(byte[] body, out JsonRpcMessage? message, out int errorCode, out string? error, out RequestId errorId)
    {
        message = null;
        errorCode = 0;
        error = null;
        errorId = RequestId.Null;
        try
        {
            // The body is a copy owned by the message: the formatter reads parameters lazily, after this returns.
            message = Formatter.Deserialize(new ReadOnlySequence<byte>(body));
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Only now is the body read a second time, to tell bad JSON from JSON that is no JSON-RPC message.
            bool json = IsJson(body);
            (errorCode, error) = json
                ? (ErrorCodes.InvalidRequest, "Invalid request: the message is not a JSON-RPC request or notification (" + ex.Message + ")")
                : (ErrorCodes.ParseError, "Parse error: the message body is not valid JSON (" + ex.Message + ")");
            errorId = json ? TopLevelId(body) : RequestId.Null;
            return false;
        }

        if (message is JsonRpcRequest { Method: null or "" })
        {
            errorCode = ErrorCodes.InvalidRequest;
            error = "Invalid request: the message has no method.";
            return false;
        }

        if (!SaysJsonRpc20(body))
        {
            errorId = message is JsonRpcRequest { IsResponseExpected: true } request ? request.RequestId : RequestId.Null;
            errorCode = ErrorCodes.InvalidRequest;
            error = "Invalid request: the message does not say \"jsonrpc\": \"2.0\".";
            return false;
        }

        return true;
    }

    /// <summary>The "id" of a JSON object that did not read as a message, when it is a number or a string.</summary>
    private static RequestId TopLevelId(byte[] body)
    {
        var reader = new System.Text.Json.Utf8JsonReader(body);
        if (!reader.Read() || reader.TokenType != System.Text.Json.JsonTokenType.StartObject)
        {
            return RequestId.Null;
        }

        while (reader.Read() && reader.TokenType == System.Text.Json.JsonTokenType.PropertyName)
        {
            bool isId = TextEquals(ref reader, "id"u8);
            reader.Read();
            if (isId)
            {
                return reader.TokenType switch
                {
                    System.Text.Json.JsonTokenType.Number when reader.TryGetInt64(out long number) => new RequestId(number),
                    System.Text.Json.JsonTokenType.String => StringId(ref reader),
                    _ => RequestId.Null,
                };
            }

            reader.Skip();
        }

        return RequestId.Null;
    }

    /// <summary>Whether the message's top-level object carries "jsonrpc": "2.0", as every JSON-RPC 2.0 message must.</summary>
    private static bool SaysJsonRpc20(byte[] body)
    {
        var reader = new System.Text.Json.Utf8JsonReader(body);
        if (!reader.Read() || reader.TokenType != System.Text.Json.JsonTokenType.StartObject)
        {
            return false;
        }

        // Top-level properties only: a parameter's value is skipped whole, whatever its size.
        while (reader.Read() && reader.TokenType == System.Text.Json.JsonTokenType.PropertyName)
        {
            bool isVersion = TextEquals(ref reader, "jsonrpc"u8);
            reader.Read();
            if (isVersion)
            {
                return reader.TokenType == System.Text.Json.JsonTokenType.String && TextEquals(ref reader, "2.0"u8);
            }

            reader.Skip();
        }

        return false;
    }

    /// <summary>Whether a name or string is this text; false for one that is no text (invalid UTF-8, a lone surrogate escape), on which the reader throws.</summary>
    private static bool TextEquals(ref System.Text.Json.Utf8JsonReader reader, ReadOnlySpan<byte> utf8)
    {
        try
        {
            return reader.ValueTextEquals(utf8);
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>A string id, or null when it is no text: the error answer still goes out, with a null id.</summary>
    private static RequestId StringId(ref System.Text.Json.Utf8JsonReader reader)
    {
        try
        {
            return new RequestId(reader.GetString());
        }
        catch (InvalidOperationException)
        {
            return RequestId.Null;
        }
    }

    private static bool IsJson(byte[] body)
    {
        try
        {
            var reader = new System.Text.Json.Utf8JsonReader(body);
            while (reader.Read())
            {
            }

            return true;
        }
        catch (System.Text.Json.JsonException)
        {
            return false;
        }
    }

    private Task AnswerAsync(RequestId id, int code, string message, CancellationToken cancellationToken) =>
        WriteAsync(
            new JsonRpcError
            {
                RequestId = id,
                Error = new JsonRpcError.ErrorDetail { Code = (JsonRpcErrorCode)code, Message = message },
            },
            cancellationToken).AsTask();

    /// <summary>
    /// Reads one header block. Returns its Content-Length, -1 for a block to skip, or null at the end of
    /// the stream. After a malformed block the reader re-synchronises on the next "Content-Length:".
    /// </summary>
    private async ValueTask<int?> ReadHeaderAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            ReadResult read = await Input.ReadAsync(cancellationToken).ConfigureAwait(false);
            ReadOnlySequence<byte> buffer = read.Buffer;
            SequencePosition? end = Find(buffer, HeaderEnd);
            if (end is null)
            {
                if (read.IsCompleted)
                {
                    Input.AdvanceTo(buffer.End);
                    return null;
                }

                Input.AdvanceTo(buffer.Start, buffer.End);
                continue;
            }

            ReadOnlySequence<byte> header = buffer.Slice(0, end.Value);
            int? length = ParseContentLength(header);
            if (length is null)
            {
                // Read before AdvanceTo: after it the buffer belongs to the pipe again.
                _logger.LogWarning("Skipped a header block without a valid Content-Length: {Header}", Printable(header));
            }

            Input.AdvanceTo(buffer.GetPosition(HeaderEnd.Length, end.Value));
            return length ?? -1;
        }
    }

    /// <summary>
    /// The Content-Length of a header block; the last header line that names one counts. Header names are
    /// case-insensitive (LSP takes them from HTTP), so "content-length:" counts too.
    /// </summary>
    private static int? ParseContentLength(ReadOnlySequence<byte> header)
    {
        byte[] bytes = header.ToArray();
        System.Text.Ascii.ToLowerInPlace(bytes, out _);
        int at = bytes.AsSpan().LastIndexOf(ContentLengthName);
        if (at < 0)
        {
            return null;
        }

        ReadOnlySpan<byte> rest = bytes.AsSpan(at + ContentLengthName.Length);
        int lineEnd = rest.IndexOf((byte)'\r');
        ReadOnlySpan<byte> value = (lineEnd < 0 ? rest : rest[..lineEnd]).Trim((byte)' ');
        return Utf8Parser.TryParse(value, out int length, out int consumed) && consumed == value.Length && length >= 0
            ? length
            : null;
    }

    private async ValueTask<byte[]?> ReadBodyAsync(int length, CancellationToken cancellationToken)
    {
        ReadResult read = await Input.ReadAtLeastAsync(length, cancellationToken).ConfigureAwait(false);
        if (read.Buffer.Length < length)
        {
            Input.AdvanceTo(read.Buffer.End);
            return null;
        }

        ReadOnlySequence<byte> slice = read.Buffer.Slice(0, length);
        byte[] body = slice.ToArray();
        Input.AdvanceTo(slice.End);
        return body;
    }

    private async ValueTask DiscardAsync(long length, CancellationToken cancellationToken)
    {
        while (length > 0)
        {
            ReadResult read = await Input.ReadAsync(cancellationToken).ConfigureAwait(false);
            long take = Math.Min(length, read.Buffer.Length);
            Input.AdvanceTo(read.Buffer.GetPosition(take));
            length -= take;
            if (read.IsCompleted && take == 0)
            {
                return;
            }
        }
    }

    private static SequencePosition? Find(ReadOnlySequence<byte> buffer, byte[] value)
    {
        var reader = new SequenceReader<byte>(buffer);
        if (reader.TryReadTo(out ReadOnlySequence<byte> _, value, advancePastDelimiter: false))
        {
            return reader.Position;
        }

        return null;
    }

    private static string Printable(ReadOnlySequence<byte> header)
    {
        string text = Encoding.UTF8.GetString(header.Length > 200 ? header.Slice(0, 200) : header);
        return text.ReplaceLineEndings(" | ");
    }
}
