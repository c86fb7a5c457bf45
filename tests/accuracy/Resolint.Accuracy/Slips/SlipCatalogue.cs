using System.Globalization;
using System.Text.RegularExpressions;

namespace Resolint.Accuracy.Slips;

/// <summary>
/// Every kind of slip the harness injects, one or more for each rule of the catalogue a single edit can trip.
/// Each kind finds its places in the injector's own <see cref="Layout"/> of a text and makes one edit there.
/// </summary>
public static partial class SlipCatalogue
{
    public static readonly IReadOnlyList<SlipKind> All =
    [
        new("numbering-skipped", "an operative number skipped (2, 4, 5 …)", ["RES101"], NumberingSkipped),
        new("numbering-duplicated", "an operative number given twice (2, 2, 4 …)", ["RES101"], NumberingDuplicated),
        new("sub-paragraph-label-skipped", "a sub-paragraph label skipped ((a), (c))", ["RES102"], SubParagraphLabelSkipped),
        new("preambular-comma-missing", "a preambular paragraph without its comma", ["RES301"], l => Ending(l, l.Preambular, ',')),
        new("operative-semicolon-missing", "an operative paragraph without its semicolon", ["RES302"], l => Ending(l, l.Operatives.SkipLast(1).Select(o => o.Block), ';')),
        new("final-full-stop-missing", "the last operative paragraph without its full stop", ["RES303"], l => Ending(l, l.Operatives.TakeLast(1).Select(o => o.Block), '.')),
        new("colon-missing", "a paragraph that introduces sub-paragraphs without its colon", ["RES304"], l => Ending(l, IntroducingBlocks(l), ':')),
        new("sub-paragraph-semicolon-missing", "a sub-paragraph (not the last) without its semicolon", ["RES305"], l => Ending(l, SubParagraphsFollowed(l), ';')),
        new("opener-misspelt", "a preambular opener misspelt (\"Recallig\")", ["RES201", "RES601"], OpenerMisspelt),
        new("operative-verb-not-third-person", "an operative verb not in the third person (\"Request\")", ["RES202"], OperativeVerbNotThirdPerson),
        new("opener-lower-case", "a preambular opener in lower case (\"recalling\")", ["RES201"], OpenerLowerCase),
        new("italics-dropped", "a preambular opener not in italics (Markdown)", ["RES203"], ItalicsDropped) { MarkdownOnly = true },
        new("further-before-also", "\"Further\" on a verb's first use (\"Further requests\" before any \"Requests\")", ["RES204"], FurtherBeforeAlso),
        new("footnote-text-removed", "a footnote text removed (its marker stays)", ["RES401"], FootnoteTextRemoved),
        new("footnote-marker-removed", "a footnote marker removed (its text stays)", ["RES402"], FootnoteMarkerRemoved),
        new("footnote-order-swapped", "two footnote markers swapped", ["RES403"], FootnoteOrderSwapped),
        new("footnote-full-stop-dropped", "a footnote text without its full stop", ["RES405"], FootnoteFullStopDropped),
        new("date-wrong-form", "a date as \"December 19, 2011\"", ["RES502"], DateWrongForm),
        new("date-repeated", "a resolution dated again at a later mention", ["RES503"], DateRepeated),
        new("date-outside-session", "a resolution's date ten years off its session", ["RES504", "RES505"], DateOutsideSession),
        new("resolution-number-malformed", "a resolution number of a session that has not met (\"174/93\")", ["RES501"], ResolutionNumberMalformed),
        new("document-symbol-malformed", "a document symbol with a doubled slash (\"A//72/439\")", ["RES506"], DocumentSymbolMalformed),
        new("official-records-session-wrong", "an Official Records session one off its document symbol", ["RES507"], OfficialRecordsSessionWrong),
        new("supplement-no-missing", "\"Supplement 53\" for \"Supplement No. 53\"", ["RES508"], SupplementNoMissing),
        new("paragraph-reference-wrong-side", "\"paragraph N above\" for one below (and the reverse)", ["RES509"], ParagraphReferenceWrongSide),
        new("spelling-variant", "a spelling the corpus does not use (\"program\")", ["RES601"], SpellingVariant),
        new("letter-in-number", "a letter inside a number (\"l993\", \"2O19\")", ["RES602"], LetterInNumber),
        new("doubled-space", "a doubled space between words", ["RES603"], DoubledSpace),
        new("bracket-unbalanced", "a closing bracket dropped", ["RES604"], BracketUnbalanced),
        new("organ-line-removed", "the organ line removed", ["RES701"], OrganLineRemoved) { DraftLevel = true },
        new("operative-part-removed", "every operative paragraph removed", ["RES702"], OperativePartRemoved) { DraftLevel = true },
        new("text-after-adoption-line", "a paragraph left below the closing lines", ["RES703"], TextAfterAdoptionLine) { DraftLevel = true },
    ];

    /// <summary>The variants a drafter might type for a spelling of the United Nations (Oxford spelling, fixed forms).</summary>
    private static readonly (string Right, string Wrong)[] SpellingVariants =
        [("programme", "program"), ("Programme", "Program"), ("Secretary-General", "Secretary General"), ("labour", "labor"), ("centre", "center"), ("favour", "favor"), ("behaviour", "behavior")];

    /// <summary>Ordinals as the Official Records spell a session's last part ("Seventy-second"), each with the next.</summary>
    private static readonly string[] OrdinalUnits = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"];

    /// <summary>How many years a shifted date lies off its session: more than any session lasts.</summary>
    private const int YearsOffSession = 10;

    private static SlipPlace InBlock(Layout l, Block b, int at, int length, string replacement) =>
        SlipPlace.At(b.FirstLine, b.LastLine, (at, length, replacement));

    private static SlipPlace OnLine(Layout l, int at, int length, string replacement)
    {
        int line = l.LineOf(at);
        return SlipPlace.At(line, line, (at, length, replacement));
    }

    private static IReadOnlyList<SlipPlace> NumberingSkipped(Layout l) =>
        l.Operatives.Skip(1).Select((o, i) =>
        {
            var edits = l.Operatives.Skip(i + 1).Select(later => (later.NumberAt, later.NumberLength, (later.Number + 1).ToString(CultureInfo.InvariantCulture))).ToArray();
            return SlipPlace.At(o.Block.FirstLine, o.Block.LastLine, edits);
        }).ToList();

    private static IReadOnlyList<SlipPlace> NumberingDuplicated(Layout l) =>
        l.Operatives.Skip(1).Select(o => InBlock(l, o.Block, o.NumberAt, o.NumberLength, (o.Number - 1).ToString(CultureInfo.InvariantCulture))).ToList();

    private static IReadOnlyList<SlipPlace> SubParagraphLabelSkipped(Layout l)
    {
        // The last label of each run (a), (b) … moved one letter on; never onto a letter that reads as a roman numeral.
        var slips = new List<SlipPlace>();
        List<Block> body = l.Body;
        for (int i = 0; i < body.Count; i++)
        {
            if (SubParagraphLabel().Match(body[i].Text) is not { Success: true } label || label.Groups["l"].Value[0] == 'a'
                || (i + 1 < body.Count && SubParagraphLabel().IsMatch(body[i + 1].Text)))
            {
                continue;
            }

            char next = (char)(label.Groups["l"].Value[0] + 1);
            if (next is not ('i' or 'v' or 'x') && next <= 'z')
            {
                slips.Add(InBlock(l, body[i], body[i].Start + label.Groups["l"].Index, 1, next.ToString()));
            }
        }

        return slips;
    }

    /// <summary>The blocks given that end with <paramref name="mark"/>, each with the mark removed.</summary>
    private static IReadOnlyList<SlipPlace> Ending(Layout l, IEnumerable<Block> blocks, char mark) =>
        blocks.Where(b => b.LastChar == mark).Select(b => InBlock(l, b, b.LastCharAt, 1, string.Empty)).ToList();

    private static IEnumerable<Block> IntroducingBlocks(Layout l) =>
        l.Body.Where((b, i) => i + 1 < l.Body.Count && SubParagraphLabel().Match(l.Body[i + 1].Text) is { Success: true } m && m.Groups["l"].Value == "a");

    private static IEnumerable<Block> SubParagraphsFollowed(Layout l) =>
        l.Body.Where((b, i) => SubParagraphLabel().IsMatch(b.Text) && i + 1 < l.Body.Count && SubParagraphLabel().IsMatch(l.Body[i + 1].Text));

    private static IReadOnlyList<SlipPlace> OpenerMisspelt(Layout l) =>
        l.Preambular.Select(b => (b, at: Layout.OpeningWordAt(b.Text), word: Layout.OpeningWord(b.Text)))
            .Where(p => p.word.Length >= 7 && p.word.EndsWith("ing", StringComparison.Ordinal))
            .Select(p => InBlock(l, p.b, p.b.Start + p.at + p.word.Length - 2, 1, string.Empty))
            .ToList();

    private static IReadOnlyList<SlipPlace> OperativeVerbNotThirdPerson(Layout l)
    {
        var slips = new List<SlipPlace>();
        foreach (Operative o in l.Operatives)
        {
            Match verb = OperativeVerb().Match(o.Block.Text);
            string word = verb.Groups["verb"].Value;
            if (!verb.Success || word.Length < 5 || !word.EndsWith('s') || word.EndsWith("ss", StringComparison.Ordinal))
            {
                continue;
            }

            // "Expresses" → "Express", "Requests" → "Request", "Emphasizes" → "Emphasize".
            int cut = word.EndsWith("sses", StringComparison.Ordinal) || word.EndsWith("shes", StringComparison.Ordinal)
                || word.EndsWith("ches", StringComparison.Ordinal) || word.EndsWith("xes", StringComparison.Ordinal) ? 2 : 1;
            slips.Add(InBlock(l, o.Block, o.Block.Start + verb.Groups["verb"].Index + word.Length - cut, cut, string.Empty));
        }

        return slips;
    }

    private static IReadOnlyList<SlipPlace> OpenerLowerCase(Layout l) =>
        l.Preambular.Select(b => (b, at: Layout.OpeningWordAt(b.Text)))
            .Where(p => p.at >= 0 && char.IsUpper(p.b.Text[p.at]))
            .Select(p => InBlock(l, p.b, p.b.Start + p.at, 1, char.ToLowerInvariant(p.b.Text[p.at]).ToString()))
            .ToList();

    private static IReadOnlyList<SlipPlace> ItalicsDropped(Layout l) =>
        !l.IsMarkdown ? [] : l.Preambular
            .Select(b => (b, m: ItalicOpener().Match(b.Text)))
            .Where(p => p.m.Success)
            .Select(p => SlipPlace.At(p.b.FirstLine, p.b.LastLine, (p.b.Start + p.m.Index, 1, string.Empty), (p.b.Start + p.m.Index + p.m.Length - 1, 1, string.Empty)))
            .ToList();

    /// <summary>
    /// "Further" on the first use of an operative verb that opens a later paragraph too ("Further requests" before
    /// any "Requests" or "Also requests"): "Further" repeats a form used before, and here none was. Only where the
    /// verb stands in no earlier operative paragraph at all, so no earlier clause ("…, and requests") could be the
    /// form it repeats.
    /// </summary>
    private static IReadOnlyList<SlipPlace> FurtherBeforeAlso(Layout l)
    {
        var verbs = l.Operatives.Select(o => OperativeVerb().Match(o.Block.Text)).ToList();
        var slips = new List<SlipPlace>();
        for (int i = 0; i < verbs.Count; i++)
        {
            Match verb = verbs[i];
            Block block = l.Operatives[i].Block;
            if (verb.Success && !verb.Groups["adverb"].Success)
            {
                string word = verb.Groups["verb"].Value;
                string lower = word.ToLowerInvariant();
                bool repeatedLater = verbs.Skip(i + 1).Any(v => v.Success && v.Groups["verb"].Value.Equals(word, StringComparison.OrdinalIgnoreCase));
                int from = l.Operatives[0].Block.Start;
                bool usedBefore = Regex.IsMatch(l.Text[from..block.Start], $@"\b{Regex.Escape(lower)}\b", RegexOptions.IgnoreCase);
                if (repeatedLater && !usedBefore)
                {
                    slips.Add(InBlock(l, block, block.Start + verb.Groups["verb"].Index, word.Length, "Further " + lower));
                }
            }
        }

        return slips;
    }

    private static IReadOnlyList<SlipPlace> FootnoteTextRemoved(Layout l) =>
        l.FootnoteTexts
            .Select(n => (n, marker: l.SoleMarker(n.Number)))
            .Where(p => p.marker is not null)
            .Select(p =>
            {
                Block marked = l.BlockAt(p.marker!.Value)!;
                int length = Math.Min(p.n.Block.Text.Length + 1, l.Text.Length - p.n.Block.Start);
                return SlipPlace.At(marked.FirstLine, marked.LastLine, (p.n.Block.Start, length, string.Empty));
            })
            .ToList();

    private static IReadOnlyList<SlipPlace> FootnoteMarkerRemoved(Layout l) =>
        l.FootnoteTexts
            .Select(n => (n, marker: l.SoleMarker(n.Number)))
            .Where(p => p.marker is not null)
            .Select(p => SlipPlace.At(p.n.Block.FirstLine, p.n.Block.FirstLine, (p.marker!.Value, MarkerText(l, p.n.Number).Length, string.Empty)))
            .ToList();

    private static IReadOnlyList<SlipPlace> FootnoteOrderSwapped(Layout l)
    {
        var slips = new List<SlipPlace>();
        var numbers = l.FootnoteTexts.Select(n => n.Number).ToHashSet();
        foreach (FootnoteText note in l.FootnoteTexts)
        {
            if (!numbers.Contains(note.Number + 1) || l.SoleMarker(note.Number) is not int first || l.SoleMarker(note.Number + 1) is not int second || second < first)
            {
                continue;
            }

            string a = MarkerText(l, note.Number), b = MarkerText(l, note.Number + 1);
            slips.Add(SlipPlace.At(l.LineOf(first), l.LineOf(second), (first, a.Length, b), (second, b.Length, a)));
        }

        return slips;
    }

    private static string MarkerText(Layout l, int number) => l.IsMarkdown ? $"[^{number}]" : Layout.Superscript(number);

    private static IReadOnlyList<SlipPlace> FootnoteFullStopDropped(Layout l) =>
        l.FootnoteTexts.Where(n => n.Block.LastChar == '.').Select(n => InBlock(l, n.Block, n.Block.LastCharAt, 1, string.Empty)).ToList();

    /// <summary>Each match of a pattern in the body's paragraphs, with the block it stands in.</summary>
    private static IEnumerable<(Block Block, Match Match)> InBody(Layout l, Regex pattern) =>
        l.Body.SelectMany(b => pattern.Matches(b.Text).Select(m => (b, m)));

    private static IReadOnlyList<SlipPlace> DateWrongForm(Layout l) =>
        InBody(l, FullDate())
            .Select(p => OnLine(l, p.Block.Start + p.Match.Index, p.Match.Length, $"{p.Match.Groups["month"].Value} {p.Match.Groups["day"].Value}, {p.Match.Groups["year"].Value}"))
            .ToList();

    /// <summary>
    /// The date of a resolution's dated mention written again at its next mention, when that stands within
    /// <see cref="Resolint.Core.Rules.Citations.RES503DateAtFirstMention.NearbyParagraphs"/> paragraphs: farther on,
    /// adopted texts date a resolution again now and then, and their editors leave it, so a date there is no slip.
    /// </summary>
    private static IReadOnlyList<SlipPlace> DateRepeated(Layout l)
    {
        var slips = new List<SlipPlace>();
        var dated = new Dictionary<string, (string Date, int Block)>(StringComparer.Ordinal);
        var blockIndex = l.Body.Select((b, i) => (b, i)).ToDictionary(p => p.b, p => p.i);
        foreach ((Block block, Match m) in InBody(l, ResolutionCitation()))
        {
            string number = m.Groups["number"].Value;
            int at = blockIndex[block];
            if (m.Groups["date"].Success)
            {
                dated[number] = (m.Groups["date"].Value, at);
            }
            else if (dated.Remove(number, out (string Date, int Block) first)
                && at - first.Block <= Resolint.Core.Rules.Citations.RES503DateAtFirstMention.NearbyParagraphs)
            {
                slips.Add(OnLine(l, block.Start + m.Index + m.Length, 0, " of " + first.Date));
            }
        }

        return slips;
    }

    private static IReadOnlyList<SlipPlace> DateOutsideSession(Layout l) =>
        InBody(l, ResolutionCitation())
            .Where(p => p.Match.Groups["date"].Success)
            .Select(p =>
            {
                Group year = p.Match.Groups["year"];
                string shifted = (int.Parse(year.Value, CultureInfo.InvariantCulture) - YearsOffSession).ToString(CultureInfo.InvariantCulture);
                return OnLine(l, p.Block.Start + year.Index, year.Length, shifted);
            })
            .ToList();

    private static IReadOnlyList<SlipPlace> ResolutionNumberMalformed(Layout l) =>
        InBody(l, ResolutionCitation())
            .Select(p => OnLine(l, p.Block.Start + p.Match.Groups["number"].Index, 0, "1"))
            .ToList();

    private static IReadOnlyList<SlipPlace> DocumentSymbolMalformed(Layout l) =>
        DocumentSymbol().Matches(l.Text).Select(m => OnLine(l, m.Groups["slash"].Index, 1, "//")).ToList();

    private static IReadOnlyList<SlipPlace> OfficialRecordsSessionWrong(Layout l) =>
        OfficialRecordsSession().Matches(l.Text)
            .Select(m => (m, unit: Array.IndexOf(OrdinalUnits, m.Groups["unit"].Value)))
            .Where(p => p.unit >= 0 && p.unit + 1 < OrdinalUnits.Length)
            .Select(p => OnLine(l, p.m.Groups["unit"].Index, p.m.Groups["unit"].Length, OrdinalUnits[p.unit + 1]))
            .ToList();

    private static IReadOnlyList<SlipPlace> SupplementNoMissing(Layout l) =>
        SupplementNo().Matches(l.Text).Select(m => OnLine(l, m.Groups["no"].Index, m.Groups["no"].Length, string.Empty)).ToList();

    private static IReadOnlyList<SlipPlace> ParagraphReferenceWrongSide(Layout l) =>
        InBody(l, ParagraphReference())
            .Select(p => (p.Block, side: p.Match.Groups["side"]))
            .Select(p => OnLine(l, p.Block.Start + p.side.Index, p.side.Length, p.side.Value == "above" ? "below" : "above"))
            .ToList();

    private static IReadOnlyList<SlipPlace> SpellingVariant(Layout l) =>
        SpellingVariants
            .SelectMany(v => l.Body.SelectMany(b => AllIndexes(b.Text, v.Right).Select(at => (b, at, v))))
            .Select(p => OnLine(l, p.b.Start + p.at, p.v.Right.Length, p.v.Wrong))
            .ToList();

    private static IEnumerable<int> AllIndexes(string text, string word)
    {
        for (int at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            // A word start; and a form ending in "e" ("centre") only whole or plural, as "centred" has no variant "centerd".
            int end = at + word.Length;
            bool whole = end >= text.Length || !char.IsLetter(text[end]) || !word.EndsWith('e') || text[end] == 's';
            if ((at == 0 || !char.IsLetter(text[at - 1])) && whole)
            {
                yield return at;
            }
        }
    }

    private static IReadOnlyList<SlipPlace> LetterInNumber(Layout l) =>
        InBody(l, Year())
            .Select(p => p.Match.Value[0] == '1'
                ? OnLine(l, p.Block.Start + p.Match.Index, 1, "l")
                : OnLine(l, p.Block.Start + p.Match.Index + 1, 1, "O"))
            .ToList();

    private static IReadOnlyList<SlipPlace> DoubledSpace(Layout l) =>
        l.Preambular.Concat(l.Operatives.Select(o => o.Block))
            .Select(b => (b, gaps: WordGap().Matches(b.Text)))
            .Where(p => p.gaps.Count > 0)
            .Select(p => OnLine(l, p.b.Start + p.gaps[p.gaps.Count / 2].Index + 1, 0, " "))
            .ToList();

    private static IReadOnlyList<SlipPlace> BracketUnbalanced(Layout l) =>
        InBody(l, Parenthesis())
            .Select(p => InBlock(l, p.Block, p.Block.Start + p.Match.Index + p.Match.Length - 1, 1, string.Empty))
            .ToList();

    private static IReadOnlyList<SlipPlace> OrganLineRemoved(Layout l)
    {
        if (l.OrganLine is not { } organ || l.Body.Count == 0)
        {
            return [];
        }

        return [SlipPlace.At(organ.FirstLine, organ.LastLine, (organ.Start, l.Body[0].Start - organ.Start, string.Empty))];
    }

    private static IReadOnlyList<SlipPlace> OperativePartRemoved(Layout l)
    {
        if (l.Operatives.Count == 0)
        {
            return [];
        }

        Block first = l.Operatives[0].Block, last = l.Body[^1];
        return [SlipPlace.At(first.FirstLine, last.LastLine, (first.Start, last.End - first.Start, string.Empty))];
    }

    private static IReadOnlyList<SlipPlace> TextAfterAdoptionLine(Layout l)
    {
        if (l.Closing is not { } closing)
        {
            return [];
        }

        // After the closing lines and what belongs to them ("[Adopted without a vote.]"), before any footnotes.
        int after = l.Blocks.IndexOf(closing);
        while (after + 1 < l.Blocks.Count && l.Blocks[after + 1].Text.TrimStart('*').StartsWith('['))
        {
            after++;
        }

        Block last = l.Blocks[after];
        int line = last.LastLine + 2;
        return [SlipPlace.At(line, line, (last.End, 0, "\n\nDecides to remain seized of the matter."))];
    }

    [GeneratedRegex(@"^\s*\((?<l>[a-z])\)[ \t]")]
    private static partial Regex SubParagraphLabel();

    /// <summary>An operative paragraph's verb, after its number, italics and an "Also"/"Further".</summary>
    [GeneratedRegex(@"^\s*\d{1,3}\.[ \t]+\**(?:(?<adverb>Also|Further|Again) \**)?(?<verb>[A-Za-z]+)")]
    private static partial Regex OperativeVerb();

    [GeneratedRegex(@"^\*[A-Z][^*\n]{2,60}\*")]
    private static partial Regex ItalicOpener();

    /// <summary>A full date, not the end of a range ("18 and 19 April", "20 to 22 March"), which a slip would turn into a half-changed range.</summary>
    [GeneratedRegex(@"(?<!(?:and|to|\d|–|-) ?)\b(?<day>\d{1,2}) (?<month>January|February|March|April|May|June|July|August|September|October|November|December) (?<year>(?:19|20)\d\d)\b")]
    private static partial Regex FullDate();

    /// <summary>"resolution 74/93", dated or not ("resolution 74/93 of 13 December 2019"), not followed by a letter (parts) or further numbers.</summary>
    [GeneratedRegex(@"\bresolution (?<number>\d{2}/\d{1,3})(?![\d/]| [A-Z]\b)(?: of (?<date>\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December) (?<year>(?:19|20)\d\d))\b)?")]
    private static partial Regex ResolutionCitation();

    [GeneratedRegex(@"\b[AES](?<slash>/)(?:\d{2,4}|[A-Z]{2,5}(?:\.\d+)?)/[\w./]*\d")]
    private static partial Regex DocumentSymbol();

    /// <summary>"Seventy-second Session, Supplement No. 23 (A/72/23)": a session named in words beside the symbol that gives its number.</summary>
    [GeneratedRegex(@"\b(?:Twenty|Thirty|Forty|Fifty|Sixty|Seventy|Eighty)-(?<unit>[a-z]+) Session,\*? Supplement No\. \d+[A-Z]?\*? \(A/\d+/")]
    private static partial Regex OfficialRecordsSession();

    [GeneratedRegex(@"Supplement (?<no>No\. )\d+")]
    private static partial Regex SupplementNo();

    [GeneratedRegex(@"\bparagraph \d{1,3} (?<side>above|below)\b")]
    private static partial Regex ParagraphReference();

    [GeneratedRegex(@"(?<![\w/])(?:19|20)\d\d(?![\w/])")]
    private static partial Regex Year();

    [GeneratedRegex(@"(?<=[a-z]) (?=[a-z])")]
    private static partial Regex WordGap();

    /// <summary>A bracketed aside on one line, nothing bracketed inside it.</summary>
    [GeneratedRegex(@"\([^()\n]{1,80}\)")]
    private static partial Regex Parenthesis();
}
