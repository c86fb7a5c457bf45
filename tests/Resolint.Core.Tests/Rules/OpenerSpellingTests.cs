using Resolint.Core.Corpus;
using Resolint.Core.Rules.OpeningWords;

namespace Resolint.Core.Tests.Rules;

/// <summary>The repair of a misspelt head of opening words (<see cref="OpenerSpelling"/>).</summary>
public sealed class OpenerSpellingTests
{
    [Fact]
    public void A_head_one_letter_off_a_form_of_its_part_is_repaired_as_written()
    {
        Assert.Equal("Recalling", OpenerSpelling.Correction("Recallig", operative: false, BundledConventions.Model));
        Assert.Equal("Requests", OpenerSpelling.Correction("Requets", operative: true, BundledConventions.Model));
        Assert.Null(OpenerSpelling.Correction("Recalling", operative: false, BundledConventions.Model));
        Assert.Null(OpenerSpelling.Correction("recallig", operative: false, BundledConventions.Model));
    }

    /// <summary>The same heads stand in draft after draft: a head's repair is worked out once per part and conventions.</summary>
    [Fact]
    public void A_head_is_judged_once_per_part_and_conventions()
    {
        string first = OpenerSpelling.Correction("Midnful", operative: false, BundledConventions.Model)!;

        Assert.Equal("Mindful", first);
        Assert.Same(first, OpenerSpelling.Correction("Midnful", operative: false, BundledConventions.Model));
        Assert.Equal("Mindful", OpenerSpelling.Correction("Midnful", operative: true, BundledConventions.Model));
    }
}
