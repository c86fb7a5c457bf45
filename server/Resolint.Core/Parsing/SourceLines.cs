using Resolint.Core.Drafts;
using Resolint.Core.Text;

namespace Resolint.Core.Parsing;

/// <summary>The draft's lines with the production noise among them recognised once, for both readers.</summary>
internal sealed class SourceLines
{
    public SourceLines(SourceText text)
    {
        Text = text;
        Noise = new NoiseKind?[text.LineCount];
        for (int line = 0; line < text.LineCount; line++)
        {
            TextSpan span = text.LineSpan(line);
            Noise[line] = NoiseFilter.Classify(text.Text.AsSpan(span.Start, span.Length));
        }
    }

    public SourceText Text { get; }

    /// <summary>Per line: the kind of noise it is, or null for text.</summary>
    public NoiseKind?[] Noise { get; }

    public bool IsBlank(int line)
    {
        TextSpan span = Text.LineSpan(line);
        return Text.Text.AsSpan(span.Start, span.Length).IsWhiteSpace();
    }

    public IEnumerable<NoiseLine> NoiseLines()
    {
        for (int line = 0; line < Noise.Length; line++)
        {
            if (Noise[line] is { } kind)
            {
                yield return new NoiseLine(Text.LineSpan(line), kind);
            }
        }
    }
}
