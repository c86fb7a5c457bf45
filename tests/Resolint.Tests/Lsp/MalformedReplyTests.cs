namespace Resolint.Tests.Lsp;

/// <summary>Replies whose id or names are no text, found by the fuzzing harness (tests/fuzz): the server reads on.</summary>
public sealed class MalformedReplyTests
{
    /// <remarks>An id of invalid UTF-8, and a name with a lone surrogate escape: reading either once closed the connection.</remarks>
    [Theory]
    [InlineData(new byte[] { 0xFF, 0xFE, (byte)'s' }, "id")]
    [InlineData(new byte[] { (byte)'1' }, "\\uD800id")]
    public async Task A_reply_whose_id_or_name_is_no_text_is_answered_and_the_server_goes_on(byte[] id, string name)
    {
        await using RawLspConnection connection = await RawLspConnection.InitializedAsync();
        bool quoted = id[0] != (byte)'1';
        byte[] body = [.. System.Text.Encoding.UTF8.GetBytes($"{{\"jsonrpc\":\"2.0\",\"{name}\":" + (quoted ? "\"" : string.Empty)), .. id,
            .. System.Text.Encoding.UTF8.GetBytes((quoted ? "\"" : string.Empty) + ",\"result\":null}")];

        await connection.SendAsync(body);

        Assert.True(await connection.ServesAsync(1));
    }
}
