using CsCheck;
using Resolint.Core.Drafts;
using Resolint.Core.Parsing;
using Resolint.Core.Text;

namespace Resolint.Core.Tests.Parsing;

/// <summary>
/// The noise of a text's lines, found with one search through them for the marks, the suppression comments' marker among
/// them: only a line that holds one is asked about them, and each must be classified as when every line is asked.
/// </summary>
public sealed class NoiseFilterTests
{
    private static readonly string[] Lines =
    [
        "Recalling its resolution 68/171,",
        "<<ODS JOB NO>>N1345678E<<ODS JOB NO>>",
        "<<ODS DOC SYMBOL1>>A/RES/68/171<<ODS DOC SYMBOL1>>",
        "",
        "A/RES/68/171",
        "13-44971 (E)",
        "please RECYCLE",
        "1. Decides to remain seized of the matter; see A/RES/68/1 and <<ods too.",
        "<!-- resolint-disable-next-line RES201 -->",
        "%% resolint-disable RES101",
        "The word resolint-disable in a sentence is text.",
        "   ",
        "Please recycle",
    ];

    [Fact]
    public void Each_line_is_classified_as_it_is_alone()
    {
        string text = string.Join("\n", Lines);
        NoiseKind?[] together = Classified(text);

        Assert.Equal(Lines.Length, together.Length);
        for (int line = 0; line < Lines.Length; line++)
        {
            Assert.Equal(Classified(Lines[line])[0], together[line]);
        }

        Assert.Equal(NoiseKind.OdsMarker, together[1]);
        Assert.Equal(NoiseKind.RunningHeader, together[4]);
        Assert.Equal(NoiseKind.PageFooter, together[6]);
        Assert.Null(together[7]);
        Assert.Equal(NoiseKind.SuppressionComment, together[8]);
        Assert.Equal(NoiseKind.SuppressionComment, together[9]);
        Assert.Null(together[10]);
        Assert.Equal(NoiseKind.PageFooter, together[12]);
    }

    [Fact]
    public void Lines_from_the_middle_are_classified_as_in_the_whole()
    {
        var text = SourceText.From(string.Join("\r\n", Lines));
        NoiseKind?[] whole = Classified(text.Text);
        var middle = new NoiseKind?[text.LineCount];
        NoiseFilter.ClassifyLines(text, 5, 10, middle);

        Assert.Equal(whole[5..10], middle[5..10]);
    }

    /// <summary>Lines of every kind of noise, each one as it stands in a draft.</summary>
    private static readonly string[] NoiseLines =
    [
        "<!-- resolint-disable-next-line RES201 -->", "%% resolint-disable RES101, RES102 -- reason", "  <!--resolint-enable-->",
        "<<ODS JOB NO>>N1345678E<<ODS JOB NO>>", "[DU1]", "[Start2]", "_____", "-- -- --", "Please recycle", "please RECYCLE ♲",
        "4/5", "17-233316/6", "13-44971 (E)", "17-23331 (E)    300118", "GE.17-17799(E)", "*1344971*", "* 1 7 1 7 7 9 9 *",
        "A/RES/68/171", "A/RES/68/171National institutions", "human rightsA/RES/68/171", "A/RES/68/171 ab",
        "United NationsA/RES/68/171General AssemblyDistr.: General", "23 January 2014Sixty-eighth session",
        "Distr.: General", "Original: English",
    ];

    /// <summary>Pieces of the marks, whole, in other cases and cut short, and of the text around them.</summary>
    private static readonly string[] Fragments =
    [
        "<<ODS", "<<ods", "<<OD", "/RES/", "/res/", "/RES", "A", "Please recycle", "please RECYCLE", "Please recycl", "resolint-",
        "RESOLINT-", "resolint", "<!-- ", " -->", "%% ", "disable", " RES201", "Recalling its resolution", " ", "  ", "\t", "é",
    ];

    /// <summary>A line of noise, of pieces, or of both, so that marks stand alone, first, last and amid text.</summary>
    private static readonly Gen<string> AnyLine = Gen.OneOf(
        Gen.OneOf(NoiseLines),
        Gen.OneOf(Fragments).Array[0, 8].Select(string.Concat),
        Gen.Select(Gen.OneOf(NoiseLines), Gen.OneOf(Fragments).Array[0, 3].Select(string.Concat), Gen.Bool)
            .Select((noise, text, before) => before ? text + noise : noise + text));

    private static readonly Gen<string> AnyText =
        Gen.Select(AnyLine.Array[0, 30], Gen.OneOf("\n", "\r\n", "\r", "\n\n"))
            .Select((lines, lineBreak) => string.Join(lineBreak, lines));

    [Fact]
    public void Each_line_is_classified_as_when_every_line_is_asked_about_the_marks()
    {
        Gen.Select(AnyText, Gen.Int[0, 1000], Gen.Int[0, 1000])
            .Sample((text, a, b) =>
            {
                var source = SourceText.From(text);
                int first = Math.Min(a, b) % (source.LineCount + 1);
                int last = first + (Math.Max(a, b) % (source.LineCount + 1 - first));
                var noise = new NoiseKind?[source.LineCount];
                NoiseFilter.ClassifyLines(source, first, last, noise);

                for (int line = 0; line < source.LineCount; line++)
                {
                    TextSpan span = source.LineSpan(line);
                    NoiseKind? asked = line >= first && line < last ? NoiseFilter.Classify(text.AsSpan(span.Start, span.Length), marked: true) : null;
                    Assert.Equal(asked, noise[line]);
                }
            });
    }

    private static NoiseKind?[] Classified(string text)
    {
        var source = SourceText.From(text);
        var noise = new NoiseKind?[source.LineCount];
        NoiseFilter.ClassifyLines(source, 0, source.LineCount, noise);
        return noise;
    }
}
