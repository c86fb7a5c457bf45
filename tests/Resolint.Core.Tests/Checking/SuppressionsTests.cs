using Resolint.Core.Checking;
using Resolint.Core.Corpus;
using Resolint.Core.Drafts;
using Resolint.Core.Parsing;
using Resolint.Core.Rules;
using Resolint.Core.Text;

namespace Resolint.Core.Tests.Checking;

public class SuppressionsTests
{
    private static readonly Rule Programme = new WordRule("RES001", "program", "programme");
    private static readonly Rule SecretaryGeneral = new WordRule("RES002", "Secretary General", "Secretary-General");

    private static CheckResult Check(string text, CheckOptions? options = null, DraftForm form = DraftForm.Markdown) =>
        new Checker(ConventionModel.Empty, options, [Programme, SecretaryGeneral]).Check(DraftParser.Parse(text, form));

    /// <summary>Each finding as "line:id", lines 1-based, to read like the drafts below.</summary>
    private static string[] Lines(CheckResult result, IEnumerable<Diagnostic>? diagnostics = null) =>
        (diagnostics ?? result.Diagnostics).Select(d => $"{result.Draft.Text.LineOf(d.Span.Start) + 1}:{d.Id}").ToArray();

    [Fact]
    public void NextLineSilencesTheNamedRuleOnTheNextLineOnly()
    {
        CheckResult result = Check("""
            <!-- resolint-disable-next-line RES001 -->
            1. Requests the Secretary General to fund the program;
            2. Decides to review the program;
            """);

        Assert.Equal(["2:RES002", "3:RES001"], Lines(result));
        Assert.Equal(["2:RES001"], Lines(result, result.Suppressed));
    }

    [Fact]
    public void NextLinePassesOverBlankLinesAndOtherComments()
    {
        CheckResult result = Check("""
            <!-- resolint-disable-next-line RES001 -->

            <!-- resolint-disable-next-line RES002 -->
            1. Requests the Secretary General to fund the program;
            """);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(2, result.Suppressed.Count);
    }

    [Fact]
    public void DisableWithoutRulesSilencesEveryRuleUntilEnable()
    {
        CheckResult result = Check("""
            1. Takes note of the program;
            <!-- resolint-disable -->
            2. Requests the Secretary General to fund the program;
            <!-- resolint-enable -->
            3. Decides to review the program;
            """);

        Assert.Equal(["1:RES001", "5:RES001"], Lines(result));
        Assert.Equal(["3:RES002", "3:RES001"], Lines(result, result.Suppressed).Order().Reverse().ToArray());
    }

    [Fact]
    public void EnablingOneRuleLeavesTheOthersSilenced()
    {
        CheckResult result = Check("""
            <!-- resolint-disable -->
            1. Requests the Secretary General to fund the program;
            <!-- resolint-enable RES002 -->
            2. Requests the Secretary General to fund the program;
            """);

        Assert.Equal(["4:RES002"], Lines(result));
    }

    [Fact]
    public void DisableWithoutEnableRunsToTheEnd()
    {
        CheckResult result = Check("""
            1. Takes note of the program;
            <!-- resolint-disable RES001, RES002 -->
            2. Requests the Secretary General to fund the program;

            3. Decides to review the program.
            """);

        Assert.Equal(["1:RES001"], Lines(result));
    }

    [Fact]
    public void PlainTextFormWorksInPlainTextDrafts()
    {
        CheckResult result = Check(
            "1.\tTakes note of the program;\n%% resolint-disable-next-line RES001 -- quoted from resolution 70/1\n2.\tRecalls its program;\n",
            form: DraftForm.PlainText);

        Assert.Equal(["1:RES001"], Lines(result));
        Assert.Equal(["3:RES001"], Lines(result, result.Suppressed));
    }

    [Fact]
    public void RuleNamesAreReadWithoutRegardToCaseAndAJustificationMayFollow()
    {
        CheckResult result = Check("<!-- resolint-disable-next-line res001 -- the name of the fund, as adopted -->\n1. The program;\n");

        Assert.Empty(result.Diagnostics);
    }

    [Theory]
    [InlineData("1. Recalls the program <!-- resolint-disable-next-line RES001 -->")]
    [InlineData("<!-- resolint-disable-next-line RES001 --> 1. Recalls the program")]
    [InlineData("% resolint-disable-next-line RES001")]
    [InlineData("<!-- resolint-silence RES001 -->")]
    public void ACommentThatDoesNotFillItsLineIsText(string line)
    {
        Assert.False(Core.Parsing.SuppressionComments.IsDirectiveLine(line));
        CheckResult result = Check(line + "\n2. Decides on the program;\n");
        Assert.Empty(result.Suppressed);
    }

    [Theory]
    [InlineData("<!-- resolint-disable-next-line RES001 -->")]
    [InlineData("  <!--resolint-disable-->  ")]
    [InlineData("<!-- resolint-enable RES001 RES002 -- end of quotation -->")]
    [InlineData("%% resolint-disable")]
    [InlineData("%%resolint-enable RES001")]
    public void DirectiveLinesAreRecognisedForTheParserToSetAside(string line) =>
        Assert.True(Core.Parsing.SuppressionComments.IsDirectiveLine(line));

    [Fact]
    public void UnusedNamedRuleIsReportedOnItsNameWithAFixThatRemovesOnlyTheName()
    {
        const string text = "<!-- resolint-disable-next-line RES001, RES002 -->\n1. Recalls the program;\n";
        CheckResult result = Check(text);

        Diagnostic unused = Assert.Single(result.UnusedSuppressions);
        Assert.Equal("RES900", unused.Id);
        Assert.Equal(Severity.Warning, unused.Severity);
        Assert.Equal("RES002", result.Draft.Text.Slice(unused.Span));
        Assert.Equal(DiagnosticTags.Unnecessary, unused.Tags);
        Assert.Equal(
            "<!-- resolint-disable-next-line RES001 -->\n1. Recalls the program;\n",
            SourceText.ApplyEdits(text, unused.Fix!.Edits));
    }

    [Fact]
    public void CommentThatSilencesNothingIsRemovedWholeByItsFix()
    {
        const string text = "1. Recalls resolution 70/1;\n<!-- resolint-disable-next-line RES001 -->\n2. Decides to remain seized of the matter.\n";
        CheckResult result = Check(text);

        Diagnostic unused = Assert.Single(result.UnusedSuppressions);
        string fixedText = SourceText.ApplyEdits(text, unused.Fix!.Edits);
        Assert.Equal("1. Recalls resolution 70/1;\n2. Decides to remain seized of the matter.\n", fixedText);
        Assert.Empty(Check(fixedText).UnusedSuppressions);
    }

    [Fact]
    public void CommentForAllRulesThatSilencesNothingIsReportedOnTheComment()
    {
        CheckResult result = Check("<!-- resolint-disable -->\n1. Decides to remain seized of the matter.\n");

        Diagnostic unused = Assert.Single(result.UnusedSuppressions);
        Assert.Equal("<!-- resolint-disable -->", result.Draft.Text.Slice(unused.Span));
    }

    [Fact]
    public void NextLineCommentWithNothingAfterItIsUnused()
    {
        CheckResult result = Check("1. Decides to remain seized of the matter.\n<!-- resolint-disable-next-line -->\n");

        Assert.Single(result.UnusedSuppressions);
    }

    [Fact]
    public void EnableCommentsAreNeverReportedUnused()
    {
        CheckResult result = Check("<!-- resolint-enable RES001 -->\n1. Decides to remain seized of the matter.\n");

        Assert.Empty(result.UnusedSuppressions);
    }

    [Fact]
    public void UnusedSuppressionFollowsItsConfiguredLevel()
    {
        const string text = "<!-- resolint-disable -->\n1. Decides.\n";
        var error = new CheckOptions { RuleLevels = new Dictionary<string, RuleLevel> { ["RES900"] = RuleLevel.Error } };
        var off = new CheckOptions { RuleLevels = new Dictionary<string, RuleLevel> { ["RES900"] = RuleLevel.Off } };

        Assert.Equal(Severity.Error, Assert.Single(Check(text, error).UnusedSuppressions).Severity);
        Assert.Empty(Check(text, off).UnusedSuppressions);
    }

    [Fact]
    public void DraftWithoutCommentsKeepsEveryFinding()
    {
        CheckResult result = Check("1. Requests the Secretary General to fund the program;\n");

        Assert.Equal(["1:RES001", "1:RES002"], Lines(result).Order().ToArray());
        Assert.Empty(result.Suppressed);
        Assert.Empty(Suppressions.Read(result.Draft.Text).Directives);
    }

    /// <summary>A draft's comments are looked for in its text only where the parser set a line aside as one: it finds every one the text holds.</summary>
    [Theory]
    [InlineData("<!-- resolint-disable-next-line RES001 -->\n1. Requests the program;\n", DraftForm.Markdown)]
    [InlineData("<!-- resolint-disable RES001 -->\r\n1. Requests the program;\r\n", DraftForm.Markdown)]
    [InlineData("\t<!-- resolint-disable RES001, RES002 -- quoted -->  \n1. Requests the program;\n", DraftForm.Markdown)]
    [InlineData("\u00A0<!-- resolint-disable RES001 -->\n1. Requests the program;\n", DraftForm.Markdown)]
    [InlineData("1. Requests the program; <!-- resolint-disable RES001 -->\n", DraftForm.Markdown)]
    [InlineData("1. Requests the program;\n\n```\n<!-- resolint-enable -->\n```\n", DraftForm.Markdown)]
    [InlineData("%% resolint-disable-next-line\r\n1. Requests the program;\r\n", DraftForm.PlainText)]
    [InlineData("1. Requests the program;\n    %% resolint-enable RES001\n", DraftForm.PlainText)]
    [InlineData("1. Requests the resolint-disable program;\n", DraftForm.PlainText)]
    public void A_draft_has_the_comments_its_text_has(string text, DraftForm form)
    {
        Draft draft = DraftParser.Parse(text, form);

        Assert.Equal(Suppressions.Read(draft.Text).Directives, Suppressions.Read(draft).Directives, (a, b) => a.Span == b.Span && a.Kind == b.Kind && a.Target == b.Target);
    }
}
