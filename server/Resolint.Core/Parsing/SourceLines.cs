using Resolint.Core.Drafts;
using Resolint.Core.Text;

namespace Resolint.Core.Parsing;

/// <summary>The draft's lines with the production noise among them recognised once, for both readers.</summary>
internal sealed class SourceLines
{
    /// <param name="previous">The lines of an earlier version: lines an edit left as they were keep what was found of them.</param>
    public SourceLines(SourceText text, SourceLines? previous = null)
    {
        Text = text;
        Noise = new NoiseKind?[text.LineCount];
        int first = 0;
        int last = text.LineCount;
        if (previous is not null)
        {
            // The lines before the one the edit starts in, and those after the one it ends in, read as they did.
            _previousText = previous.Text.Text;
            _change = text.ChangeFrom(_previousText);
            (int start, _, int end) = _change;
            first = text.LineOf(start);
            last = Math.Min(text.LineCount, text.LineOf(end) + 1);
            int moved = previous.Noise.Length - text.LineCount;
            Array.Copy(previous.Noise, Noise, first);
            Array.Copy(previous.Noise, last + moved, Noise, last, text.LineCount - last);
        }

        NoiseFilter.ClassifyLines(text, first, last, Noise);
    }

    public SourceText Text { get; }

    /// <summary>The earlier version's text these lines were made from, and where this one differs from it: asked once per edit.</summary>
    private readonly string? _previousText;
    private readonly TextChange _change;

    /// <summary>Where this version differs from <paramref name="old"/>: the change found when the lines were made, when made from it.</summary>
    public TextChange ChangeFrom(string old) => ReferenceEquals(old, _previousText) ? _change : Text.ChangeFrom(old);

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
