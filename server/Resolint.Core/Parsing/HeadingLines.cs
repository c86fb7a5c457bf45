using System.Text.RegularExpressions;

namespace Resolint.Core.Parsing;

/// <summary>
/// The shapes of the lines that make a resolution's heading and closing. Simple anchored patterns over a
/// single short line (no nested quantifiers), compiled once by the source generator.
/// </summary>
internal static partial class HeadingLines
{
    private const string Month = "(?:January|February|March|April|May|June|July|August|September|October|November|December)";

    /// <summary>"Resolution adopted by the General Assembly on 18 December 2013".</summary>
    [GeneratedRegex(@"^Resolution adopted by (?:the )?(?<body>[A-Z][A-Za-z ]+?)(?: on (?<date>\d{1,2} " + Month + @" \d{4}))?\.?$")]
    public static partial Regex AdoptedBy();

    /// <summary>"Adopted by the Security Council at its 7853rd meeting, on 23 December 2016" (the date may stand on the next line).</summary>
    [GeneratedRegex(@"^Adopted by (?:the )?(?<body>[A-Z][A-Za-z ]+?) at its (?<meeting>\d+(?:st|nd|rd|th)) meeting,?(?: on (?<date>\d{1,2} " + Month + @" \d{4}))?$")]
    public static partial Regex AdoptedAtMeeting();

    /// <summary>"[on the report of the Third Committee (A/68/456/Add.2)]", "[without reference to a Main Committee (A/74/L.1)]".</summary>
    [GeneratedRegex(@"^\[(?:on the report of |on the recommendation of |without reference to )(?<report>.+)\]$")]
    public static partial Regex OnReportOf();

    /// <summary>"68/171.<TAB>Title", "S-8/1. Title", "2019/5. Title", "57/270 B. Title".</summary>
    [GeneratedRegex(@"^(?<number>(?:E?S-)?\d{1,4}/\d{1,4}(?: [A-Z])?)\.\s+(?<title>\S.*)$")]
    public static partial Regex NumberAndTitle();

    /// <summary>"Resolution 2334 (2016)", the Security Council's number line.</summary>
    [GeneratedRegex(@"^(?:Resolution|RESOLUTION) (?<number>\d{1,4} \(\d{4}\))$")]
    public static partial Regex SecurityCouncilNumber();

    /// <summary>"122 (1957). Resolution of 24 January 1957": the Security Council's older number line.</summary>
    [GeneratedRegex(@"^(?<number>\d{1,4} \(\d{4}\))\.\s+Resolution\b")]
    public static partial Regex SecurityCouncilNumberFirst();

    /// <summary>
    /// The Security Council's closing: "Adopted unanimously at the 1270th meeting.", "Adopted at the 765th meeting by
    /// 10 votes to none, with 1 abstention (…).", "Adopted without a vote at the 2001st meeting." (OCR: "ai the", "meet- ing").
    /// </summary>
    [GeneratedRegex(@"^Adopted (?<how>unanimously |without a vote |by consensus )?a[ti] (?:the |its )?(?<meeting>[\dIl ]{1,7}(?:st|nd|rd|th)) meet-? ?ing\b(?<vote>[^\]]*)$")]
    public static partial Regex SecurityCouncilAdoption();

    /// <summary>"Seventy-fourth session", "Thirty-sixth session", "Sixty-eighth session".</summary>
    [GeneratedRegex(@"^(?<session>[A-Z][a-z]+(?:-[a-z]+)?(?: special| emergency special)? session)$")]
    public static partial Regex Session();

    /// <summary>"Agenda item 70 (b)", "Agenda items 14 and 117".</summary>
    [GeneratedRegex(@"^Agenda items? (?<item>.+)$")]
    public static partial Regex AgendaItem();

    /// <summary>"A/RES/68/171", "A/HRC/RES/36/29", "S/RES/2334 (2016)", "E/RES/2019/5".</summary>
    [GeneratedRegex(@"^(?<symbol>[AES](?:/[A-Z]{2,5})?/RES/[A-Z0-9\-]+(?:/\d+)?(?: \(\d{4}\))?)$")]
    public static partial Regex Symbol();

    /// <summary>"&lt;&lt;ODS DOC SYMBOL1&gt;&gt;A/RES/68/171&lt;&lt;ODS DOC SYMBOL1&gt;&gt;".</summary>
    [GeneratedRegex(@"<<ODS DOC SYMBOL1>>(?<symbol>[^<]+)<<ODS DOC SYMBOL1>>")]
    public static partial Regex OdsSymbol();

    /// <summary>"The General Assembly,", "The Human Rights Council,", "The Commission on the Status of Women,".</summary>
    [GeneratedRegex(@"^The (?<body>[A-Z][A-Za-z’' ]{2,80}?),$")]
    public static partial Regex OrganLine();

    /// <summary>"The General Assembly" without its comma: taken as the organ line only for a principal organ's name.</summary>
    [GeneratedRegex(@"^The (?<body>General Assembly|Security Council|Economic and Social Council|Human Rights Council)$")]
    public static partial Regex OrganLineWithoutComma();

    /// <summary>"70th plenary meeting", "55th (resumed) plenary meeting", "42nd meeting", optionally followed by the date on the same line.</summary>
    [GeneratedRegex(@"^(?<meeting>\d{1,4}(?:st|nd|rd|th) (?:\(resumed\) )?(?:plenary )?meeting)(?:\s+(?<date>\d{1,2} " + Month + @" \d{4}))?\.?$")]
    public static partial Regex Meeting();

    /// <summary>"[Adopted without a vote.]", "[Adopted by a recorded vote of 31 to 14, with 2 abstentions. …]".</summary>
    [GeneratedRegex(@"^\[Adopted (?<how>[^\]]*)\]?$")]
    public static partial Regex AdoptedNote();

    /// <summary>"18 December 2013", alone.</summary>
    [GeneratedRegex(@"^\d{1,2} " + Month + @" \d{4}$")]
    public static partial Regex Date();

    /// <summary>"on 25 May 1993": the date of adoption on a line of its own, under "Adopted by … at its … meeting,".</summary>
    [GeneratedRegex(@"^on (?<date>\d{1,2} " + Month + @" \d{4})$")]
    public static partial Regex OnDate();

    /// <summary>"of 11 April 1980": the date of adoption under the number, as the Security Council's printed volumes give it.</summary>
    [GeneratedRegex(@"^of (?<date>\d{1,2} " + Month + @" \d{4})$")]
    public static partial Regex OfDate();

    /// <summary>"11–29 September 2017", the dates of a session.</summary>
    [GeneratedRegex(@"^\d{1,2}\s*[–-]\s*\d{1,2} " + Month + @" \d{4}$|^\d{1,2} " + Month + @"\s*[–-]\s*\d{1,2} " + Month + @" \d{4}$")]
    public static partial Regex DateRange();

    /// <summary>"General Assembly", "Security Council", "Human Rights Council": a body's name alone, a heading line.</summary>
    [GeneratedRegex(@"^(?:General Assembly|Security Council|Economic and Social Council|Human Rights Council|United Nations)$")]
    public static partial Regex BodyName();
}
