using System.Text;
using System.Text.Json.Nodes;

namespace Resolint.Testing;

/// <summary>
/// Reads the language server's framed messages one by one: the tests and the fuzzer write raw bytes to the server,
/// and read back what it sends, which is always well formed (one Content-Length header, a JSON body).
/// </summary>
internal sealed class ServerMessageReader(Stream stream)
{
    private readonly byte[] _buffer = new byte[1 << 16];
    private readonly MemoryStream _pending = new();

    /// <summary>The next message the server sends.</summary>
    /// <exception cref="EndOfStreamException">The server closed the connection.</exception>
    public async Task<JsonNode> NextAsync(CancellationToken cancel)
    {
        while (true)
        {
            if (TryTake(out JsonNode? message))
            {
                return message!;
            }

            int read = await stream.ReadAsync(_buffer, cancel);
            if (read == 0)
            {
                throw new EndOfStreamException("The server closed the connection.");
            }

            _pending.Write(_buffer, 0, read);
        }
    }

    private bool TryTake(out JsonNode? message)
    {
        message = null;
        byte[] bytes = _pending.ToArray();
        int headerEnd = bytes.AsSpan().IndexOf("\r\n\r\n"u8);
        if (headerEnd < 0)
        {
            return false;
        }

        string head = Encoding.ASCII.GetString(bytes, 0, headerEnd);
        int length = int.Parse(head[(head.IndexOf(':') + 1)..].Split('\r')[0].Trim(), System.Globalization.CultureInfo.InvariantCulture);
        int end = headerEnd + 4 + length;
        if (bytes.Length < end)
        {
            return false;
        }

        message = JsonNode.Parse(bytes.AsSpan(headerEnd + 4, length));
        _pending.SetLength(0);
        _pending.Write(bytes, end, bytes.Length - end);
        return true;
    }
}
