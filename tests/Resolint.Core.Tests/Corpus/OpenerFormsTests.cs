using Resolint.Core.Corpus;

namespace Resolint.Core.Tests.Corpus;

public sealed class OpenerFormsTests
{
    [Theory]
    [InlineData("Requests", "Requests", Repetition.Plain)]
    [InlineData("Also requests", "Requests", Repetition.Also)]
    [InlineData("Further requests", "Requests", Repetition.Further)]
    [InlineData("Also calls upon", "Calls upon", Repetition.Also)]
    [InlineData("Recalling also", "Recalling", Repetition.Also)]
    [InlineData("Recalling further", "Recalling", Repetition.Further)]
    [InlineData("Gravely concerned also", "Gravely concerned", Repetition.Also)]
    [InlineData("Taking note also with appreciation", "Taking note with appreciation", Repetition.Also)]
    [InlineData("Takes  note", "Takes note", Repetition.Plain)]
    [InlineData("Also", "Also", Repetition.Plain)]
    [InlineData("", "", Repetition.Plain)]
    public void An_opener_splits_into_its_plain_form_and_repetition(string opener, string plain, Repetition repetition)
    {
        Assert.Equal((plain, repetition), OpenerForms.Split(opener));
    }
}
