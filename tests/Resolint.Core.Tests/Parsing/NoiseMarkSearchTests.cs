using CsCheck;
using Resolint.Core.Drafts;
using Resolint.Core.Parsing;
using Resolint.Core.Text;

namespace Resolint.Core.Tests.Parsing;

/// <summary>
/// The marks, the page footer's words among them, are found from one of their characters ("&lt;", "/", "-", "y"): a line
/// must be classified as when it is asked about them all, whatever stands next to those characters.
/// </summary>
public sealed class NoiseMarkSearchTests
{
    /// <summary>The marks whole, cut, doubled, glued to their characters and in other cases, with the long s that ignoring case reads as "s".</summary>
    private static readonly string[] Pieces =
    [
        "<<ODS", "<<<ODS", "<ODS", "<<OD", "<", "/RES/", "//RES/", "/RES", "RES/", "/", "resolint-", "resolint--", "-resolint-",
        "resolint", "-", "esolint-", "<!-- ", " -->", "%% ", "disable", " RES201", "A", "1", " ", "Please recycle", "Pleaſe recycle",
        "PLEASE RECYCLE", "Please recycl", "lease recycle", "please recyYcle", "yY", "\u212A", "ſ", "é", "\t",
    ];

    /// <summary>Characters of the marks, so that they are made and broken at random.</summary>
    private static readonly Gen<string> Scrap = Gen.Char["</-resolintODSRE Plaecyſ%!"].Array[1, 12].Select(chars => new string(chars));

    private static readonly Gen<string> AnyLine = Gen.OneOf(Gen.OneOf(Pieces), Scrap).Array[0, 8].Select(string.Concat);

    private static readonly Gen<string> AnyText =
        Gen.Select(AnyLine.Array[0, 20], Gen.OneOf("\n", "\r\n", "\r"))
            .Select((lines, lineBreak) => string.Join(lineBreak, lines));

    [Fact]
    public void Each_line_is_classified_as_when_it_is_asked_about_every_mark()
    {
        AnyText.Sample(text =>
        {
            var source = SourceText.From(text);
            NoiseKind?[] noise = Classified(source);
            for (int line = 0; line < source.LineCount; line++)
            {
                TextSpan span = source.LineSpan(line);
                Assert.Equal(NoiseFilter.Classify(text.AsSpan(span.Start, span.Length), marked: true), noise[line]);
            }
        });
    }

    [Theory]
    [InlineData("x<<ODS JOB NO>>")]
    [InlineData("<<<ODS JOB NO>>N1345678E")]
    [InlineData("A//RES/68/171")]
    [InlineData("<!--resolint-disable RES201 -->")]
    [InlineData("PLEASE Recycle")]
    public void A_mark_next_to_another_of_its_characters_is_found(string line)
    {
        NoiseKind?[] noise = Classified(SourceText.From("Text\n" + line));

        Assert.Equal(NoiseFilter.Classify(line, marked: true), noise[1]);
        Assert.NotNull(noise[1]);
    }

    private static NoiseKind?[] Classified(SourceText source)
    {
        var noise = new NoiseKind?[source.LineCount];
        NoiseFilter.ClassifyLines(source, 0, source.LineCount, noise);
        return noise;
    }
}
