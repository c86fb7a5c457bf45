using CsCheck;
using Resolint.Core.Citations;
using Resolint.Core.Drafts;
using Resolint.Core.Text;

namespace Resolint.Core.Tests.Citations;

/// <summary>
/// The scanner runs on every keystroke over whatever the drafter has typed: it must never throw, and every span
/// it returns must lie in the paragraph's source and cover exactly the citation's text.
/// </summary>
public class CitationScannerPropertyTests
{
    /// <summary>Pieces of citations, so that random text reaches deep into every reader, not just its first word.</summary>
    private static readonly string[] Fragments =
    [
        "resolution", "resolutions", "Resolution", "decision", "its", "Council", "Human Rights Council", "General Assembly",
        "Assembly", "Commission", "in", "by", "is", "adopting", " ", "  ", "\u00A0", ",", ", ", " and ", "and", "of", " of ",
        "66/169", "57/270 B", "217 A (III)", "(XXI)", "(", ")", "S-8/1", "ES-", "S-", "1757", "(2007)", "/", "//", "2005/74",
        "19", "31", "19th", "December", "Dec.", "Sept", "February", "2011", "20121", "A/", "HRC/", "A/HRC/23/27", "E/2005/23",
        "Corr.", "Corr.1", "Add.1", "L.", "(Part I)", "(Part ", "a/68/208", "HIV/AIDS", "24/7", "and/or",
        "Official Records of the", "Official", "Records", "Economic and Social Council", "Sixty-seventh", "Session",
        "Supplement No. 53", "Supplement", "No.", "53A", "and corrigendum", "Ibid.,", "Ibid", "paragraph", "paragraphs",
        "14", "0", "9999", "to", "above", "below", "(b)", ".", ";", "x", "é", "\uD83D\uDE00", "\uD800",
    ];

    /// <summary>Whole citations of every form, which the mutations below then damage.</summary>
    private static readonly string[] Examples =
    [
        "Recalling Council resolutions 62/152 of 18 December 2007, 64/163 of 18 December 2009, 66/164, 68/181 and 70/161,",
        "Council resolutions 20/14 of 5 July 2012 and 23/17 of 13 June 2013,",
        "adopted by the General Assembly in its resolution 65/281 of 17 June 2011;",
        "the Working Group is implementing its decision 7/1 of 12 December 2016,",
        "resolution 2200 A (XXI), annex, resolution 217 A (III), resolution 1757 (2007), S-8/1, ES-10/2, 57/270 B",
        "Commission on Human Rights resolution 2005/74 of December 19, 2011 and of 19th Dec. 2011",
        "See Official Records of the General Assembly, Sixty-seventh Session, Supplement No. 53 and corrigendum (A/67/53 and Corr.1), chap. IV.",
        "Official Records of the Economic and Social Council, 2005, Supplement No. 3 (E/2005/23, E/2005/23/Corr.1 and E/2005/23/Corr.2)",
        "Ibid., Seventy-first Session (A/71/53), chap. IV. Ibid., Sixty-eighth Session, Supplement 53A (A/68/53).",
        "A/CONF.157/24 (Part I), A/HRC/RES/17/4, E/2005/23 and Corr.1 and 2, A/C.3/78/L.60/Rev.1, S/PRST/1994/16.",
        "referred to in paragraphs 3, 4 and 14 (b) above and paragraphs 1 to 5 below",
    ];

    /// <summary>Citations spliced together, with characters deleted and inserted at random.</summary>
    private static readonly Gen<string> DamagedCitations =
        Gen.Select(Gen.OneOf(Examples).Array[1, 4], Gen.Int[0, 10_000].Array[0, 12], Gen.Char["/ ,.()0123456789AaSsIV-"].Array[12])
            .Select((examples, positions, inserts) =>
            {
                var text = new System.Text.StringBuilder(string.Join(" ", examples));
                for (int k = 0; k < positions.Length; k++)
                {
                    int at = positions[k] % (text.Length + 1);
                    if (k % 2 == 0 && at < text.Length)
                    {
                        text.Remove(at, 1);
                    }
                    else
                    {
                        text.Insert(at, inserts[k]);
                    }
                }

                return text.ToString();
            });

    private static readonly Gen<string> CitationSoup =
        Gen.OneOf(Fragments).Array[0, 40].Select(string.Concat);

    private static readonly Gen<string> AnyText = Gen.OneOf(
        Gen.String, Gen.String[Gen.Char["AESHRC/0123456789 .,()-ofIVX"], 0, 80], CitationSoup, DamagedCitations);

    private static readonly Gen<string?> AnyBody = Gen.OneOf<string?>(
        null, Organs.GeneralAssembly, Organs.HumanRightsCouncil, Organs.SecurityCouncil, "Open-ended Working Group", "");

    [Fact]
    public void Never_throws_and_keeps_every_span_inside_the_source()
    {
        Gen.Select(AnyText, AnyBody, Gen.Int[0, 100_000], Gen.Int[0, 3].Array[0, 300])
            .Sample((text, body, sourceStart, gaps) =>
            {
                InlineText reader = WithRemovedCharacters(text, sourceStart, gaps);
                TextSpan source = TextSpan.FromBounds(reader.ToSourceOffset(0), reader.ToSourceOffset(reader.Length));

                IReadOnlyList<Citation> found = CitationScanner.Scan(reader, body);

                int previousEnd = source.Start;
                foreach (Citation citation in found)
                {
                    Assert.True(citation.Span.Start >= previousEnd, $"{citation.Span} overlaps the citation before it.");
                    Assert.True(citation.Span.Length > 0 && citation.Span.End <= source.End, $"{citation.Span} is outside {source}.");
                    Assert.Equal(citation.Text, ReaderText.Read(reader, citation.Span));
                    foreach (TextSpan part in PartsOf(citation))
                    {
                        Assert.True(part.Start >= citation.Span.Start && part.End <= citation.Span.End, $"{part} is outside {citation.Span}.");
                    }

                    previousEnd = citation.Span.End;
                }
            },
            iter: 5_000);
    }

    [Fact]
    public void The_knowledge_functions_never_throw_on_any_text()
    {
        AnyText.Sample(text =>
        {
            CitationDates.IsWellFormed(text, out _, out _);
            CitationDates.TryParse(text, out _);
            DocumentSymbols.IsWellFormed(text, out _);
            Ordinals.TryParseWords(text, out _);
            Ordinals.TryParseNumeric(text, out _);
            RomanNumerals.TryParse(text, out _);
            if (ResolutionNumbers.TryParse(text, out ResolutionNumber number))
            {
                ResolutionNumbers.IsPlausible(number, Organs.GeneralAssembly, out _);
                ResolutionNumbers.AdoptionYears(number, Organs.HumanRightsCouncil);
            }
        });
    }

    /// <summary>Words that hold a form's keyword or a slash without starting a form, next to ones that do.</summary>
    private static readonly string[] LookAlikes =
    [
        "unofficial", "official", "Official", "OFFICIAL", "Ibidem", "ibid.,", "Ibid.,", "forbid", "indecision", "Decisions", "DECISION",
        "irresolution", "Resolutions", "PARAGRAPHS", "Paragraph", "subparagraph", "paragraphſ", "ı", "2A/68/208", "A/68/208", "_A/68/208",
        "x/", "Resolution/", "Official/A/68/1", "in/", "é/", "HIV/AIDS", " ", ", ", " and ", "12", "3/1", "(2007)", "of 5 July 2012",
        "Records of the General Assembly, Sixty-seventh Session", "above", "below", "(A/67/53)",
    ];

    [Fact]
    public void Jumping_between_possible_first_words_finds_what_trying_every_word_finds()
    {
        Gen<string> text = Gen.OneOf(Gen.OneOf(LookAlikes.Concat(Fragments).ToArray()).Array[0, 40].Select(string.Concat), DamagedCitations);
        Gen.Select(text, AnyBody).Sample((source, body) =>
        {
            InlineText reader = ReaderText.From(source);

            Assert.Equal(Describe(EveryWord(reader, body)), Describe(CitationScanner.Scan(reader, body)));
        },
        iter: 5_000);
    }

    /// <summary>The scan as the specification states it: every word that starts after the last citation is tried.</summary>
    private static List<Citation> EveryWord(InlineText text, string? body)
    {
        var found = new List<Citation>();
        bool mayHoldSymbol = text.Text.Contains('/');
        int lastEnd = 0;
        for (int i = 0; i < text.Length; i++)
        {
            if (i >= lastEnd && (i == 0 || !char.IsLetterOrDigit(text.Text[i - 1])) && char.IsLetterOrDigit(text.Text[i]))
            {
                int end = CitationScanner.ReadAt(text, body, i, found, lastEnd, mayHoldSymbol);
                lastEnd = end > i ? end : lastEnd;
            }
        }

        return found;
    }

    private static List<string> Describe(IEnumerable<Citation> citations) =>
        [.. citations.Select(c => c switch
        {
            OfficialRecordsReference o => $"{o} {string.Join(" ", o.Symbols)}",
            ParagraphReference p => $"{p} {string.Join(" ", p.Paragraphs)}",
            _ => c.ToString(),
        })];

    [Fact]
    public void Reads_a_very_long_list()
    {
        string text = "Recalling Council resolutions " + string.Join(", ", Enumerable.Range(1, 50_000).Select(n => $"{31 + (n % 40)}/{n % 1000 + 1}")) + ",";

        IReadOnlyList<Citation> found = CitationScanner.Scan(ReaderText.From(text), Organs.GeneralAssembly);

        Assert.Equal(50_000, found.Count);
        Assert.All(found, c => Assert.Equal(Organs.HumanRightsCouncil, ((ResolutionCitation)c).Organ));
    }

    /// <summary>
    /// A reader's text whose characters stand apart in the source, as they do once Markdown and markers are
    /// removed: before character i there are gaps[i] removed characters.
    /// </summary>
    private static InlineText WithRemovedCharacters(string text, int sourceStart, int[] gaps)
    {
        var offsets = new int[text.Length + 1];
        int at = sourceStart;
        for (int i = 0; i <= text.Length; i++)
        {
            at += gaps.Length > 0 ? gaps[i % gaps.Length] : 0;
            offsets[i] = at;
            at++;
        }

        return new InlineText(text, offsets, []);
    }

    private static IEnumerable<TextSpan> PartsOf(Citation citation)
    {
        switch (citation)
        {
            case ResolutionCitation r:
                yield return r.NumberSpan;
                if (r.Date is not null)
                {
                    yield return r.Date.Span;
                }

                break;
            case OfficialRecordsReference o:
                foreach (TextSpan? part in new[] { o.SessionOrdinalSpan, o.SupplementSpan, o.TitleSpan })
                {
                    if (part is TextSpan span)
                    {
                        yield return span;
                    }
                }

                foreach (DocumentSymbolCitation symbol in o.Symbols)
                {
                    yield return symbol.Span;
                }

                break;
        }
    }
}
