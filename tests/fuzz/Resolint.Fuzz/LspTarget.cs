using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CsCheck;
using Nerdbank.Streams;
using Resolint.Lsp;
using Resolint.Testing;

namespace Resolint.Fuzz;

/// <summary>One framed message as bytes, and whether its framing still tells where the next message starts.</summary>
internal sealed record RawMessage(byte[] Bytes, bool FramingKept);

/// <summary>The messages one fresh server gets, after an initialize handshake or without one.</summary>
internal sealed record LspInput(bool Initialized, IReadOnlyList<RawMessage> Messages);

/// <summary>
/// The language server over raw bytes: mutated headers and bodies, random methods and params, replies it never asked
/// for. Afterwards it must still answer a request (any answer: -32602 for a document not open, -32002 before
/// initialize, -32600 after shutdown), or, where the framing was broken or an `exit` sent, end cleanly when the
/// client hangs up.
/// </summary>
internal sealed class LspTarget(IReadOnlyList<SeedText> corpus) : Target<LspInput>
{
    /// <summary>An answer takes milliseconds; this leaves room for checking a mutated draft on a loaded machine.</summary>
    private static readonly TimeSpan AnswerTimeout = TimeSpan.FromSeconds(20);

    private const int ProbeId = 777_777;

    private static readonly string[] Methods =
    [
        "initialize", "initialized", "shutdown", "exit", "textDocument/didOpen", "textDocument/didChange", "textDocument/didClose",
        "textDocument/didSave", "textDocument/hover", "textDocument/documentSymbol", "textDocument/codeAction", "textDocument/completion",
        "textDocument/formatting", "textDocument/definition", "textDocument/foldingRange", "textDocument/semanticTokens/full",
        "workspace/executeCommand", "workspace/didChangeConfiguration", "workspace/didChangeWatchedFiles", "$/cancelRequest",
        "$/setTrace", "$/unknown", "unknown/method", "", "textDocument/hover\u0000", "codeAction/resolve",
    ];

    private static readonly string[] Uris = ["file:///fuzz.md", "file:///fuzz.txt", "file:///none.md", "", "not a uri", "file:///%ZZ", "untitled:Untitled-1", "file:///a/../../etc/x.md"];

    private static readonly string[] Ids = ["1", "\"s\"", "null", "-1", "2147483648", "1.5", "{}", "[]", "99999999999999999999"];

    private static readonly long[] Numbers = [0, 1, 3, -1, int.MaxValue, (long)int.MaxValue + 1, long.MinValue, 100_000];

    private readonly Gen<string> _text = Mutations.Draft(corpus).Select(d => d.Text);

    public override string Name => "lsp";

    public override Gen<LspInput> Inputs => Gen.Select(Gen.Int[0, 9], Message.Array[1, 6]).Select((i, m) => new LspInput(i != 0, m));

    private Gen<RawMessage> Message =>
        Gen.Select(Body, Gen.Int[0, 9], Gen.Int[0, int.MaxValue])
            .Select((body, header, n) => Frame(body, header, n));

    /// <summary>A JSON-RPC message: a request, notification or reply, its params built of telling values, and at times mutated after.</summary>
    private Gen<byte[]> Body =>
        Gen.Select(Gen.Int[0, Methods.Length - 1], Gen.Int[0, 9], Gen.Int[0, Ids.Length - 1], Params, Gen.Int[0, 7], Gen.Int[0, int.MaxValue])
            .Select((method, shape, id, parameters, mutation, n) =>
            {
                string json = shape switch
                {
                    0 => $$"""{"jsonrpc":"2.0","id":{{Ids[id]}},"result":null}""", // a reply the server never asked for
                    1 => $$$"""{"jsonrpc":"2.0","id":{{{Ids[id]}}},"error":{"code":-32603,"message":"x"}}""",
                    2 => $$"""{"id":{{Ids[id]}},"method":{{JsonSerializer.Serialize(Methods[method])}},"params":{{parameters}}}""", // no "jsonrpc"
                    3 or 4 or 5 => $$"""{"jsonrpc":"2.0","method":{{JsonSerializer.Serialize(Methods[method])}},"params":{{parameters}}}""",
                    _ => $$"""{"jsonrpc":"2.0","id":{{Ids[id]}},"method":{{JsonSerializer.Serialize(Methods[method])}},"params":{{parameters}}}""",
                };
                byte[] bytes = Encoding.UTF8.GetBytes(json);
                int at = n % (bytes.Length + 1);
                return mutation switch
                {
                    0 => [.. bytes.Take(at), 0xFF, 0xFE, .. bytes.Skip(at)],
                    1 => bytes[..at],
                    2 => [.. bytes.Take(at), .. "\\uD800"u8, .. bytes.Skip(at)],
                    3 => [.. bytes.Take(at), .. Encoding.UTF8.GetBytes(new string('[', 200 + (n % 5000))), .. bytes.Skip(at)],
                    _ => bytes,
                };
            });

    private Gen<string> Params =>
        Gen.Select(Gen.Int[0, Uris.Length - 1], Gen.Int[0, Numbers.Length - 1], Gen.Int[0, Numbers.Length - 1], _text, Gen.Int[0, 7])
            .Select((uri, line, character, text, shape) =>
            {
                var document = new JsonObject { ["uri"] = Uris[uri], ["languageId"] = "markdown", ["version"] = Numbers[line], ["text"] = text };
                var position = new JsonObject { ["line"] = Numbers[line], ["character"] = Numbers[character] };
                var range = new JsonObject { ["start"] = position.DeepClone(), ["end"] = new JsonObject { ["line"] = Numbers[character], ["character"] = 0 } };
                JsonNode? p = shape switch
                {
                    0 => new JsonObject { ["textDocument"] = document, ["position"] = position },
                    1 => new JsonObject { ["textDocument"] = document, ["contentChanges"] = new JsonArray(new JsonObject { ["range"] = range, ["text"] = text }) },
                    2 => new JsonObject { ["textDocument"] = document, ["range"] = range, ["context"] = new JsonObject { ["diagnostics"] = new JsonArray() } },
                    3 => new JsonObject { ["command"] = "resolint.renumber", ["arguments"] = new JsonArray(Uris[uri], Numbers[line]) },
                    4 => new JsonObject { ["settings"] = new JsonObject { ["resolint"] = new JsonObject { ["rules"] = new JsonObject { ["RES101"] = text.Length > 5 ? text[..5] : text } } } },
                    5 => new JsonObject { ["id"] = Numbers[line], ["processId"] = Numbers[character], ["capabilities"] = new JsonObject() },
                    6 => null,
                    _ => new JsonArray(Numbers[line], Uris[uri]),
                };
                return p?.ToJsonString() ?? "null";
            });

    public override void Run(LspInput input) => RunAsync(input).GetAwaiter().GetResult();

    public override int Size(LspInput input) => input.Messages.Sum(m => m.Bytes.Length);

    public override IEnumerable<LspInput> Smaller(LspInput input)
    {
        for (int i = 0; i < input.Messages.Count; i++)
        {
            yield return input with { Messages = [.. input.Messages.Take(i), .. input.Messages.Skip(i + 1)] };
        }
    }

    public override string Write(LspInput input, string folder)
    {
        // The bytes as the client sent them, the handshake included: `resolint lsp < file` replays them.
        string path = Path.Combine(folder, $"lsp-{DateTime.UtcNow:yyyyMMdd-HHmmss-fff}.bin");
        using var file = File.Create(path);
        if (input.Initialized)
        {
            file.Write(Frame("""{"jsonrpc":"2.0","id":0,"method":"initialize","params":{"capabilities":{}}}"""u8.ToArray()));
            file.Write(Frame("""{"jsonrpc":"2.0","method":"initialized","params":{}}"""u8.ToArray()));
        }

        foreach (RawMessage m in input.Messages)
        {
            file.Write(m.Bytes);
        }

        return path;
    }

    private static byte[] Frame(byte[] body) => [.. Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n"), .. body];

    /// <summary>The body under a header, well formed or not; junk that ends in a blank line leaves the framing readable.</summary>
    private static RawMessage Frame(byte[] body, int header, int n)
    {
        byte[] blank = "\r\n\r\n"u8.ToArray();
        return header switch
        {
            0 => new([.. Encoding.ASCII.GetBytes($"content-length: {body.Length}\r\n\r\n"), .. body], true),
            1 => new([.. Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n"), .. body], true),
            2 => new([.. Encoding.ASCII.GetBytes($"X-Junk\r\nContent-Length: {body.Length}\r\n\r\n"), .. body], true),
            3 => new([.. "Content-Type: x\r\n\r\n"u8, .. body, .. blank], true), // no length: header and body are junk
            4 => new([.. Encoding.ASCII.GetBytes($"Content-Length: {new[] { "-5", "99999999999999999999", "12abc", "", " 0x10" }[n % 5]}\r\n\r\n"), .. body, .. blank], true),
            5 => new([.. Encoding.ASCII.GetBytes($"Content-Length: {Math.Max(0, body.Length - 1 - (n % 8))}\r\n\r\n"), .. body], false), // a length that lies
            6 => new([.. Encoding.ASCII.GetBytes($"Content-Length: {body.Length + 1 + (n % 8)}\r\n\r\n"), .. body], false),
            7 => new([.. Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\n\n"), .. body], false),
            _ => new(Frame(body), true),
        };
    }

    private static async Task RunAsync(LspInput input)
    {
        (Stream serverSide, Stream clientSide) = FullDuplexStream.CreatePair();
        await using ServerHost server = ServerHost.Start(serverSide, serverSide, new ServerOptions());
        var reader = new ServerMessageReader(clientSide);
        using var timeout = new CancellationTokenSource(AnswerTimeout);
        if (input.Initialized)
        {
            await clientSide.WriteAsync(Frame("""{"jsonrpc":"2.0","id":0,"method":"initialize","params":{"capabilities":{}}}"""u8.ToArray()), timeout.Token);
            await AnswerAsync(reader, "0", timeout.Token);
            await clientSide.WriteAsync(Frame("""{"jsonrpc":"2.0","method":"initialized","params":{}}"""u8.ToArray()), timeout.Token);
        }

        foreach (RawMessage m in input.Messages)
        {
            await clientSide.WriteAsync(m.Bytes, timeout.Token);
        }

        bool mayEnd = input.Messages.Any(m => !m.FramingKept || m.Bytes.AsSpan().IndexOf("\"exit\""u8) >= 0);
        if (!mayEnd)
        {
            await clientSide.WriteAsync(Frame(Encoding.UTF8.GetBytes($$$$"""{"jsonrpc":"2.0","id":{{{{ProbeId}}}},"method":"textDocument/hover","params":{"textDocument":{"uri":"file:///none.md"},"position":{"line":0,"character":0}}}""")), timeout.Token);
            try
            {
                await AnswerAsync(reader, ProbeId.ToString(System.Globalization.CultureInfo.InvariantCulture), timeout.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or EndOfStreamException)
            {
                throw new FuzzFailure($"the server stopped serving: {(ex is EndOfStreamException ? "it closed the connection" : $"no answer within {AnswerTimeout.TotalSeconds} s")}"
                    + (server.Completion.IsCompleted ? $" (it ended: {server.Completion.Status} {server.Completion.Exception?.InnerException})" : string.Empty));
            }
        }

        // The client goes away: the server must end by itself, not fault.
        clientSide.Dispose();
        Task ended = await Task.WhenAny(server.Completion, Task.Delay(AnswerTimeout));
        if (ended != server.Completion)
        {
            throw new FuzzFailure($"the server did not end within {AnswerTimeout.TotalSeconds} s after the client hung up");
        }

        if (server.Completion.IsFaulted)
        {
            throw new FuzzFailure($"the server died: {server.Completion.Exception!.InnerException}");
        }
    }

    /// <summary>Waits for the server's answer to one id; other messages are passed over.</summary>
    private static async Task AnswerAsync(ServerMessageReader reader, string id, CancellationToken cancel)
    {
        while (await reader.NextAsync(cancel) is not JsonObject o || o["method"] is not null || o["id"]?.ToJsonString() != id)
        {
        }
    }
}
