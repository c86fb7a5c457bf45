namespace Resolint.Core.Tests.Corpus;

/// <summary>Small resolutions in the seeds' plain-text form, for corpora the tests build.</summary>
internal static class SampleResolutions
{
    /// <summary>A General Assembly resolution with the given number, date, openers and words.</summary>
    public static string GeneralAssembly(
        string number = "75/1",
        string date = "21 September 2020",
        string title = "Declaration on the commemoration of the seventy-fifth anniversary of the United Nations",
        string preambularOpener = "Deeply alarmed",
        string operativeVerb = "Proclaims",
        string words = "the programme of work") =>
        $"""
        Resolution adopted by the General Assembly on {date}
        [without reference to a Main Committee (A/75/L.1)]
        {number}.	{title}
        	The General Assembly,
        	{preambularOpener} by {words},
        	Recalling its work,
        	1.	{operativeVerb} the declaration;
        	2.	Requests the Secretary-General to report on {words}.

        3rd plenary meeting
        {date}
        """;
}
