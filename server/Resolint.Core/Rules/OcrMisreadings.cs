using Resolint.Core.Drafts;

namespace Resolint.Core.Rules;

/// <summary>
/// The marks OCR confuses when it reads print: marks that share a stroke (";" and ",", ";" and ":", "," and ".",
/// "." and ":"), brackets and the letters and brackets they resemble ("(" and "[" and "{", "]" and "l" or "I"). In a
/// text transcribed from print (<see cref="Draft.TranscribedFromPrint"/>) such a mark in place of the expected one is
/// as likely the reading's as the drafter's: it is still reported, as information, and a missing mark keeps the
/// rule's severity (OCR replaces a mark; it seldom loses one). The parser reads what OCR misread where the context
/// tells it (<see cref="Parsing.Roles.PrintTranscription"/>: "(6)" for the label "(b)", a marker read as "*" or "°");
/// the rules report the misreading as information too, as they do small capitals read as small letters ("s/3140").
/// </summary>
internal static class OcrMisreadings
{
    /// <summary>Said after the finding, so that the reader knows why it is only information.</summary>
    public const string Note = " (this text is transcribed from print, where OCR confuses these marks)";

    /// <summary>Whether OCR may have read <paramref name="expected"/> as <paramref name="found"/>.</summary>
    public static bool MarksConfused(char? found, char expected) => (found, expected) switch
    {
        (',', ';') or (';', ',') => true,
        (':', ';') or (';', ':') => true,
        ('.', ',') or (',', '.') => true,
        (':', '.') or ('.', ':') => true,
        _ => false,
    };

    /// <summary>Whether OCR may have read a bracket or quotation mark, or the letter under it, as <paramref name="found"/>.</summary>
    public static bool BracketConfused(char found) => found is '(' or ')' or '[' or ']' or '{' or '}';

    /// <summary>
    /// Reports a finding OCR may have caused (<paramref name="misreadable"/>): in a transcription as information, with
    /// a note that says why; elsewhere as the rule's.
    /// </summary>
    public static void Report(RuleContext context, bool misreadable, Text.TextSpan span, string message, Fix? fix = null)
    {
        if (!(misreadable && context.Draft.TranscribedFromPrint))
        {
            context.Report(span, message, fix);
            return;
        }

        string noted = message.EndsWith('.') ? message[..^1] + Note + "." : message + Note;
        context.Report(span, noted, fix, severity: Severity.Info);
    }
}
