namespace Resolint.Core.Parsing.Roles;

/// <summary>
/// Remains of running headers after the adoption line in extracted texts ("Agenda item 69 (b)", a session, a date, a
/// body's name, a symbol): production noise the line filter could not tell from text on its own.
/// </summary>
internal static class NoiseRole
{
    public const string Reason = "a running header's remains after the adoption line";

    public const string SymbolReason = "the resolution's symbol alone among its paragraphs: a running header";

    /// <summary>
    /// A symbol alone among the paragraphs ("S/RES/1454 (2002)" at the top of a page) is a running header. A symbol opens
    /// with its organ's letter and a slash: the words of nearly every paragraph, which do not, are given to no regex.
    /// </summary>
    public static bool IsRunningHeader(string words) =>
        words.Length > 1 && words[0] is 'A' or 'E' or 'S' && words[1] == '/' && HeadingLines.Symbol().IsMatch(words);

    public static bool IsRunningHeaderRemains(string words) =>
        HeadingLines.Session().IsMatch(words) || HeadingLines.AgendaItem().IsMatch(words) || HeadingLines.Date().IsMatch(words)
        || HeadingLines.BodyName().IsMatch(words) || HeadingLines.Symbol().IsMatch(words);
}
