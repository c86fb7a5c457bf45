using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Resolint.Cli;

/// <summary>
/// One JSON document written to a text writer piece by piece: what is written between two <see cref="Flush"/>es is
/// held, and then printed, so a report of many drafts holds one draft's JSON at a time.
/// </summary>
internal sealed class StreamedJson : IDisposable
{
    private static readonly JsonWriterOptions WriterOptions = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly ArrayBufferWriter<byte> _buffer = new();
    private readonly TextWriter _output;

    public StreamedJson(TextWriter output)
    {
        _output = output;
        Json = new Utf8JsonWriter(_buffer, WriterOptions);
    }

    public Utf8JsonWriter Json { get; }

    /// <summary>Prints what was written since the last flush; a flush falls between tokens, never inside a character.</summary>
    public void Flush()
    {
        Json.Flush();
        _output.Write(Encoding.UTF8.GetString(_buffer.WrittenSpan));
        _buffer.ResetWrittenCount();
    }

    /// <summary>Prints the rest and ends the document's line.</summary>
    public void Finish()
    {
        Flush();
        _output.WriteLine();
    }

    public void Dispose() => Json.Dispose();
}
