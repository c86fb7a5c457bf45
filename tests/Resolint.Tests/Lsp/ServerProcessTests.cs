using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;

namespace Resolint.Tests.Lsp;

/// <summary>`resolint lsp` as an editor starts it: a process whose stdout carries the protocol and nothing else.</summary>
public sealed class ServerProcessTests
{
    [Fact]
    public async Task Stdout_carries_only_protocol_messages_and_an_orderly_exit_returns_0()
    {
        (int exitCode, byte[] stdout, string stderr) = await RunAsync(
            """{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{}}}""",
            """{"jsonrpc":"2.0","method":"initialized","params":{}}""",
            """{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///d.md","languageId":"markdown","version":1,"text":"The General Assembly,\n\n2. *Decides* to act."}}}""",
            """{"jsonrpc":"2.0","id":2,"method":"textDocument/hover","params":{"textDocument":{"uri":"file:///d.md"},"position":{"line":2,"character":5}}}""",
            """{"jsonrpc":"2.0","id":3,"method":"shutdown"}""",
            """{"jsonrpc":"2.0","method":"exit"}""");

        List<JsonNode> messages = Frames(stdout);
        Assert.Equal(0, exitCode);
        Assert.Contains(messages, m => (int?)m["id"] == 1 && m["result"]!["capabilities"] is not null);
        Assert.Contains(messages, m => (int?)m["id"] == 3 && m.AsObject().ContainsKey("result"));
        Assert.Contains(messages, m => (int?)m["id"] == 2 && m.AsObject().ContainsKey("result")); // answered before shutdown
        Assert.DoesNotContain("Content-Length", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Exit_without_shutdown_returns_1()
    {
        (int exitCode, byte[] stdout, _) = await RunAsync(
            """{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{}}}""",
            """{"jsonrpc":"2.0","method":"exit"}""");

        Assert.Equal(1, exitCode);
        Assert.Single(Frames(stdout));
    }

    private static async Task<(int ExitCode, byte[] Stdout, string Stderr)> RunAsync(params string[] messages)
    {
        string dll = Path.Combine(AppContext.BaseDirectory, "resolint.dll");
        var start = new ProcessStartInfo("dotnet", [dll, "lsp"])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using Process process = Process.Start(start)!;
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        var stdout = new MemoryStream();
        Task copying = process.StandardOutput.BaseStream.CopyToAsync(stdout);
        Stream input = process.StandardInput.BaseStream;
        foreach (string message in messages)
        {
            byte[] body = Encoding.UTF8.GetBytes(message);
            await input.WriteAsync(Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n"));
            await input.WriteAsync(body);
            await input.FlushAsync();
            await Task.Delay(50); // let the server read them as separate arrivals, as from an editor
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await process.WaitForExitAsync(timeout.Token);
        await copying;
        return (process.ExitCode, stdout.ToArray(), await stderr);
    }

    /// <summary>Splits stdout into messages, failing on any byte that is not part of a framed message.</summary>
    private static List<JsonNode> Frames(byte[] stdout)
    {
        var messages = new List<JsonNode>();
        int at = 0;
        while (at < stdout.Length)
        {
            string rest = Encoding.ASCII.GetString(stdout, at, Math.Min(64, stdout.Length - at));
            Assert.StartsWith("Content-Length: ", rest, StringComparison.Ordinal);
            int headerEnd = Encoding.ASCII.GetString(stdout, at, stdout.Length - at).IndexOf("\r\n\r\n", StringComparison.Ordinal);
            int length = int.Parse(Encoding.ASCII.GetString(stdout, at + 16, headerEnd - 16), System.Globalization.CultureInfo.InvariantCulture);
            messages.Add(JsonNode.Parse(stdout.AsSpan(at + headerEnd + 4, length))!);
            at += headerEnd + 4 + length;
        }

        return messages;
    }
}
