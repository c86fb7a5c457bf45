using Resolint.Core.Drafts;
using Resolint.Core.Parsing;
using Resolint.Core.Text;

namespace Resolint.Core.Tests.Parsing;

/// <summary>The noise of a text's lines, found with one search through them for the marks and the suppression comments' marker.</summary>
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

    private static NoiseKind?[] Classified(string text)
    {
        var source = SourceText.From(text);
        var noise = new NoiseKind?[source.LineCount];
        NoiseFilter.ClassifyLines(source, 0, source.LineCount, noise);
        return noise;
    }
}
