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
/// and a message that is not JSON-RPC with an invalid-request error (-32600), skips a header block
/// without a usable Content-Length, and goes on reading. Writing is left to the base class.
/// </summary>
internal sealed class LspMessageHandler : HeaderDelimitedMessageHandler
{
    /// <summary>A larger body is read and thrown away rather than held in memory.</summary>
    public const int MaxMessageBytes = 64 * 1024 * 1024;

    private static readonly byte[] HeaderEnd = "\r\n\r\n"u8.ToArray();
    private static readonly byte[] ContentLengthName = "Content-Length:"u8.ToArray();
    private readonly ILogger _logger;

    /// <remarks>
    /// The writer goes straight to the output stream: a message counts as sent once it is in the stream,
    /// not in an intermediate pipe that a process ending right after exit would never empty.
    /// </remarks>
    public LspMessageHandler(Stream output, Stream input, IJsonRpcMessageFormatter formatter, ILogger logger)
        : base(PipeWriter.Create(output), PipeReader.Create(input), formatter)
    {
        _logger = logger;
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
                await AnswerAsync(ErrorCodes.InvalidRequest, $"Message of {length} bytes is larger than the {MaxMessageBytes} the server accepts.", cancellationToken).ConfigureAwait(false);
                continue;
            }

            byte[]? body = await ReadBodyAsync(length.Value, cancellationToken).ConfigureAwait(false);
            if (body is null)
            {
                return null;
            }

            if (TryDeserialize(body, out JsonRpcMessage? message, out int errorCode, out string? error))
            {
                return message;
            }

            _logger.LogWarning("Unreadable message ({Error}); answered {Code} and went on.", error, errorCode);
            await AnswerAsync(errorCode, error!, cancellationToken).ConfigureAwait(false);
        }
    }

    private bool TryDeserialize(byte[] body, out JsonRpcMessage? message, out int errorCode, out string? error)
    {
        message = null;
        errorCode = 0;
        error = null;
        try
        {
            // The body is a copy owned by the message: the formatter reads parameters lazily, after this returns.
            message = Formatter.Deserialize(new ReadOnlySequence<byte>(body));
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Only now is the body read a second time, to tell bad JSON from JSON that is no JSON-RPC message.
            (errorCode, error) = IsJson(body)
                ? (ErrorCodes.InvalidRequest, "Invalid request: the message is not a JSON-RPC request or notification (" + ex.Message + ")")
                : (ErrorCodes.ParseError, "Parse error: the message body is not valid JSON (" + ex.Message + ")");
            return false;
        }

        if (message is JsonRpcRequest { Method: null or "" })
        {
            errorCode = ErrorCodes.InvalidRequest;
            error = "Invalid request: the message has no method.";
            return false;
        }

        return true;
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

    private Task AnswerAsync(int code, string message, CancellationToken cancellationToken) =>
        WriteAsync(
            new JsonRpcError
            {
                RequestId = RequestId.Null,
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

    /// <summary>The Content-Length of a header block; the last header line that names one counts.</summary>
    private static int? ParseContentLength(ReadOnlySequence<byte> header)
    {
        byte[] bytes = header.ToArray();
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
