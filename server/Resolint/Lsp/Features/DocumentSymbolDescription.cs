namespace Resolint.Lsp.Features;

/// <summary>
/// Says what a United Nations document symbol names: the organ that issued it, the session or year,
/// and the kind of document ("A/HRC/23/27" is a Human Rights Council document of its 23rd session).
/// </summary>
internal static class DocumentSymbolDescription
{
    private static readonly string[] CommitteeNames = ["First", "Second", "Third", "Fourth", "Fifth", "Sixth"];

    public static string Describe(string symbol)
    {
        string[] parts = symbol.Split('/', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length == 0)
        {
            return symbol;
        }

        string issuer = parts[0] switch
        {
            "A" => "the General Assembly",
            "S" => "the Security Council",
            "E" => "the Economic and Social Council",
            "T" => "the Trusteeship Council",
            "ST" => "the Secretariat",
            _ => "an organ with the series " + parts[0],
        };

        string kind = "document";
        int? session = null;
        for (int i = 1; i < parts.Length; i++)
        {
            string part = parts[i];
            if (part == "HRC")
            {
                issuer = "the Human Rights Council";
            }
            else if (part.StartsWith("C.", StringComparison.Ordinal) && int.TryParse(part.AsSpan(2), out int committee) && committee is >= 1 and <= 6)
            {
                issuer = $"the {CommitteeNames[committee - 1]} Committee of the General Assembly";
            }
            else if (part.StartsWith("CONF.", StringComparison.Ordinal))
            {
                issuer = "a United Nations conference (" + part + ")";
            }
            else if (part == "CN.4")
            {
                issuer = "the Commission on Human Rights";
            }
            else if (part == "RES")
            {
                kind = "resolution";
            }
            else if (part == "DEC")
            {
                kind = "decision";
            }
            else if (part == "PRST")
            {
                kind = "statement by the President";
            }
            else if (part.StartsWith("L.", StringComparison.Ordinal))
            {
                kind = "draft (limited distribution)";
            }
            else if (Suffix(part) is { } suffix)
            {
                kind = suffix;
            }
            else if (session is null && int.TryParse(part, out int number) && part.Length <= 4)
            {
                session = number;
            }
        }

        string when = session switch
        {
            null => string.Empty,
            >= 1945 => $", {session}",
            _ => $", session {session}",
        };
        string article = "aeiou".Contains(kind[0], StringComparison.Ordinal) ? "an" : "a";
        return $"{symbol}: {article} {kind} of {issuer}{when}";
    }

    private static string? Suffix(string part) =>
        part.StartsWith("Add.", StringComparison.Ordinal) ? "addendum"
        : part.StartsWith("Corr.", StringComparison.Ordinal) ? "corrigendum"
        : part.StartsWith("Rev.", StringComparison.Ordinal) ? "revised document"
        : null;
}
