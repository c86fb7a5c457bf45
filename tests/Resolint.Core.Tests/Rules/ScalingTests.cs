using Resolint.Core.Checking;
using Resolint.Core.Drafts;
using Resolint.Core.Parsing;
using Resolint.Core.Rules;

namespace Resolint.Core.Tests.Rules;

/// <summary>
/// Parsing and checking the shapes that once took super-linear time or memory (issue 14) allocate in
/// proportion to the draft: four times the text, about four times the memory, never sixteen. Allocations
/// are counted, not time, so the check holds on a loaded machine. A quadratic walk (the symbol check reading
/// back over a whole glued run, the footnote look-ahead copying what it had met) allocated in proportion to
/// the square of the text.
/// </summary>
public sealed class ScalingTests
{
    /// <summary>How many times the larger draft repeats the smaller one's unit.</summary>
    private const int Growth = 4;

    /// <summary>
    /// The most the allocations may grow for <see cref="Growth"/> times the text: linear growth plus room for
    /// the runtime's fixed costs and list doubling, far below the sixteen of quadratic growth.
    /// </summary>
    private const double MostGrowth = Growth * 1.75;

    private const string Heading = "Resolution adopted by the General Assembly on 18 December 2013\n\n68/999. A large draft\n\nThe General Assembly,\n\n";

    public static TheoryData<string, string, string> Shapes => new()
    {
        // Footnote markers glued to words with no space anywhere: "rights1;rights1;…".
        { "glued markers", "rights1;", "\n\n1. Decides.\n\n__________________\n\n1 A/68/1.\n" },

        // Markers out of turn that appear again later: every one makes the sequence look ahead.
        { "repeated markers", "rights2, rights1, rights2, rights1, ", "\n\n1. Decides.\n\n__________________\n\n1 A/68/1.\n2 A/68/2.\n" },

        // Brackets opened and never closed, square ones carried from paragraph to paragraph.
        { "unclosed brackets", "( [ “ the text ] ) ] ,\n\nRecalling ", "\n\n1. Decides.\n" },

        // Doubled spaces between words.
        { "doubled spaces", "a  b   ", ",\n\n1. Decides.\n" },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Checking_allocates_in_proportion_to_the_draft(string shape, string unit, string ending)
    {
        const int Small = 2_000;
        long small = AllocatedChecking(Draft(unit, Small, ending));
        long large = AllocatedChecking(Draft(unit, Small * Growth, ending));

        double growth = (double)large / small;
        Assert.True(growth <= MostGrowth, $"{shape}: {Growth} times the text allocated {growth:F1} times the memory ({small:N0} → {large:N0} bytes).");
    }

    private static string Draft(string unit, int times, string ending) =>
        Heading + "Recalling " + string.Concat(Enumerable.Repeat(unit, times)) + ending;

    private static long AllocatedChecking(string text)
    {
        var checker = new Checker(TestConventions.Model, CheckOptions.Default, RuleCatalogue.All);

        // Once to load what is loaded once (the lexicon, the rules' tables), then counted.
        checker.Check(DraftParser.Parse(text, DraftForm.PlainText));
        long before = GC.GetAllocatedBytesForCurrentThread();
        Draft draft = DraftParser.Parse(text, DraftForm.PlainText);
        IReadOnlyList<Diagnostic> found = checker.Check(draft).Diagnostics;
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.NotNull(found);
        return allocated;
    }
}
