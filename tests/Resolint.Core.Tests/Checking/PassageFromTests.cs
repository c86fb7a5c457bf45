using CsCheck;
using Resolint.Core.Checking;
using Resolint.Core.Corpus;
using Resolint.Core.Drafts;
using Resolint.Core.Parsing;
using Resolint.Core.Rules;
using Resolint.Core.Text;

namespace Resolint.Core.Tests.Checking;

/// <summary>
/// A passage's findings are moved by where its words begin now against where they began when found; that place is taken
/// from the check cache's list of the passages (<see cref="CheckCache.Session.FromOfLast"/>), not read from the words. It
/// must be where the words begin, for passages moved by an edit, changed by it, or asked for again out of order.
/// </summary>
public class PassageFromTests
{
    private static readonly Checker Checker = new(BundledConventions.Model);

    private static readonly string[] Paragraphs =
    [
        "*Recalling* its resolution 66/169,", "*Noting* the report,", "1. *Decides* to act;", "2. *Requests* a report;",
        "3. *Also requests* a study;", "4. *Further decides* to remain seized of the matter.",
    ];

    [Fact]
    public void The_place_kept_for_a_passage_is_where_its_words_begin()
    {
        Gen.Select(Gen.Int[0, Paragraphs.Length - 1].Array[2, 6], Gen.Int[0, 200], Gen.String[Gen.Char["ab ,l1"], 0, 4]).Sample((order, at, typed) =>
        {
            string before = "The General Assembly,\n\n" + string.Join("\n\n", order.Select(i => Paragraphs[i])) + "\n";
            int edit = Math.Min(at, before.Length);
            string after = before[..edit] + typed + before[edit..];
            var parses = new ParseCache();
            var checks = new CheckCache();
            Checker.Check(DraftParser.Parse(SourceText.From(before), DraftForm.Markdown, parses), checks);
            Draft draft = DraftParser.Parse(SourceText.From(after), DraftForm.Markdown, parses);
            CheckCache.Session session = checks.Begin(Checker, draft);
            var reading = new DraftReading(draft, session);
            foreach (InlineText words in reading.Texts.Concat(reading.Texts.AsEnumerable().Reverse()).Concat(reading.Texts))
            {
                reading.PassageOf(words);
                Assert.Equal(words.ToSourceOffset(0), session.FromOfLast);
            }
        }, iter: 200);
    }
}
