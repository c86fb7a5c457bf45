using Resolint.Core.Drafts;
using Resolint.Core.Text;

namespace Resolint.Core.Citations;

/// <summary>
/// United Nations document symbols: the issuing organ's letters, then parts joined by slashes, each a number or
/// a code ("A/68/208", "A/HRC/RES/17/4", "A/C.3/78/L.60/Rev.1", "E/CN.4/2005/L.10", "S/PRST/1994/16",
/// "A/CONF.157/24 (Part I)"). Reading is lenient, so that a slip ("A/68//208", "a/68/208") is still found and
/// a rule can point at it; <see cref="IsWellFormed"/> holds the grammar.
/// </summary>
public static class DocumentSymbols
{
    /// <summary>The codes of the symbol grammar, from the lexicon (<c>Data/symbol-codes.tsv</c>), by what they do.</summary>
    private static readonly Lazy<(string[] Series, string[] Numbered, string[] DocumentTypes, string[] Following)> Codes = new(() =>
    {
        IReadOnlyList<IReadOnlyDictionary<string, string>> rows = Lexicon.Table("symbol-codes");
        string[] With(string column) => [.. rows.Where(r => r[column].Length > 0).Select(r => r["code"])];
        return (With("series"), With("numbered"), With("type"), With("following"));
    });

    /// <summary>Codes that name a subsidiary body and so belong to the series ("A/HRC", "A/C.3", "E/CN.4").</summary>
    private static string[] SeriesCodes => Codes.Value.Series;

    /// <summary>Codes that carry a number after a full stop ("L.60", "Add.1", "CONF.157", "PV.9180").</summary>
    private static string[] NumberedCodes => Codes.Value.Numbered;

    /// <summary>Codes for a kind of document, which stand before the session ("A/RES/68/171", "S/PRST/1994/16").</summary>
    private static string[] DocumentTypeCodes => Codes.Value.DocumentTypes;

    /// <summary>Codes that add to or replace a document, and so follow its number ("A/53/500/Add.1").</summary>
    private static string[] FollowingCodes => Codes.Value.Following;

    /// <summary>
    /// Whether <paramref name="symbol"/> follows the symbol grammar; when not, <paramref name="reason"/> says what
    /// is wrong in a drafter's words.
    /// </summary>
    public static bool IsWellFormed(string? symbol, out string reason)
    {
        reason = Problem(symbol) ?? string.Empty;
        return reason.Length == 0;
    }

    /// <summary>The series and the session (or year) a symbol names: ("A/HRC", 23) for A/HRC/23/27.</summary>
    public static (string Series, int? Session) Describe(string symbol)
    {
        ArgumentNullException.ThrowIfNull(symbol);
        int part = symbol.IndexOf('(');
        string[] parts = (part >= 0 ? symbol[..part].TrimEnd() : symbol).Split('/');
        int i = 1;
        while (i < parts.Length && IsCode(parts[i], SeriesCodes))
        {
            i++;
        }

        string series = string.Join('/', parts, 0, i);
        bool conference = series.Contains("/CONF.", StringComparison.Ordinal);
        while (i < parts.Length && IsCode(parts[i], DocumentTypeCodes))
        {
            i++;
        }

        // Conference documents are numbered straight through: the 24 of A/CONF.157/24 is no session.
        int? session = !conference && i < parts.Length && IsNumber(parts[i]) && parts[i].Length <= 4
            ? int.Parse(parts[i], System.Globalization.CultureInfo.InvariantCulture)
            : null;
        return (series, session);
    }

    /// <summary>
    /// Reads a symbol starting at <paramref name="start"/>, with "(Part I)" when it follows and corrigenda written
    /// after it ("and Corr.1 and 2", which the citation's text includes); null when none starts there.
    /// </summary>
    internal static DocumentSymbolCitation? Read(InlineText text, int start, out int end)
    {
        string s = text.Text;
        end = start;
        if (start < 0 || start >= s.Length || (start > 0 && (Words.IsWordChar(s[start - 1]) || s[start - 1] is '/' or '.' or '-')))
        {
            return null;
        }

        int rootEnd = Words.Letters(s, start);
        if (rootEnd >= s.Length || s[rootEnd] != '/')
        {
            return null;
        }

        // Lower case is read for the one-letter organs only ("a/68/208" is a slip; "cat/2" is not a symbol).
        ReadOnlySpan<char> root = s.AsSpan(start, rootEnd - start);
        if (!IsRoot(root, StringComparison.Ordinal) && !(root.Length == 1 && IsRoot(root, StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        int symbolEnd = rootEnd;
        bool hasDigit = false;
        while (symbolEnd < s.Length && (char.IsAsciiLetterOrDigit(s[symbolEnd]) || s[symbolEnd] is '/' or '.' or '-'))
        {
            // After a number, a full stop ends the sentence ("S/PRST/1994/16.Commission") and a lower-case
            // letter starts the next word ("E/2005/23and"): no symbol component continues that way.
            if (Words.IsAsciiDigit(s[symbolEnd - 1]) && (s[symbolEnd] == '.' || char.IsAsciiLetterLower(s[symbolEnd])))
            {
                break;
            }

            hasDigit |= Words.IsAsciiDigit(s[symbolEnd]);
            symbolEnd++;
        }

        // A full stop or hyphen at the end closes the sentence or the phrase, not the symbol.
        while (s[symbolEnd - 1] is '.' or '-')
        {
            symbolEnd--;
        }

        // "A/71/53/ Add.1/Corr.1": a line may break after a slash before a code that adds to the document; the
        // symbol goes on after the space. A number after the space ("A/72/ 439") is left to be reported.
        bool brokenAfterSlash = false;
        while (s[symbolEnd - 1] == '/' && symbolEnd + 1 < s.Length && s[symbolEnd] == ' ' && StartsFollowingCode(s, symbolEnd + 1))
        {
            brokenAfterSlash = true;
            symbolEnd += 2;
            while (symbolEnd < s.Length && (char.IsAsciiLetterOrDigit(s[symbolEnd]) || s[symbolEnd] is '/' or '.' or '-')
                && !(Words.IsAsciiDigit(s[symbolEnd - 1]) && (s[symbolEnd] == '.' || char.IsAsciiLetterLower(s[symbolEnd]))))
            {
                symbolEnd++;
            }

            while (s[symbolEnd - 1] is '.' or '-')
            {
                symbolEnd--;
            }
        }

        if (!hasDigit)
        {
            return null;
        }

        symbolEnd = ReadPart(s, symbolEnd);
        end = ReadCorrigenda(s, symbolEnd);
        string symbol = brokenAfterSlash ? s[start..symbolEnd].Replace("/ ", "/", StringComparison.Ordinal) : s[start..symbolEnd];
        (string series, int? session) = Describe(symbol);
        TextSpan span = TextSpan.FromBounds(start, end);
        return new DocumentSymbolCitation(text.ToSource(span), s[start..end], symbol) { Series = series, Session = session };
    }

    /// <summary>" (Part I)" after a symbol, which belongs to it.</summary>
    private static int ReadPart(string s, int end)
    {
        int i = Words.Literal(s, Words.SkipSpaces(s, end), "(Part ", StringComparison.OrdinalIgnoreCase);
        if (i < 0)
        {
            return end;
        }

        int close = i;
        while (close < s.Length && close - i < 10 && s[close] is 'I' or 'V' or 'X' or 'L' or 'C')
        {
            close++;
        }

        return close > i && close < s.Length && s[close] == ')' ? close + 1 : end;
    }

    /// <summary>" and Corr.1", " and Corr.1 and 2", " and Corr.1, 2 and 3".</summary>
    private static int ReadCorrigenda(string s, int end)
    {
        int i = Words.Gap(s, end);
        i = Words.Word(s, i, "and");
        i = Words.Gap(s, i);
        i = Words.Literal(s, i, "Corr.");
        i = Words.Digits(s, i, 3, out _);
        if (i < 0 || !Words.EndsWord(s, i))
        {
            return end;
        }

        end = i;
        while (true)
        {
            int next = end < s.Length && s[end] == ',' ? Words.Gap(s, end + 1) : -1;
            if (next < 0)
            {
                next = Words.Gap(s, end);
                next = Words.Word(s, next, "and");
                next = Words.Gap(s, next);
            }

            next = Words.Digits(s, next, 3, out _);
            if (next < 0 || !Words.EndsWord(s, next) || (next < s.Length && s[next] is '/' or '.' && next + 1 < s.Length && char.IsAsciiLetterOrDigit(s[next + 1])))
            {
                return end;
            }

            end = next;
        }
    }

    private static string? Problem(string? symbol)
    {
        if (string.IsNullOrEmpty(symbol))
        {
            return "The symbol is empty.";
        }

        string body = symbol;
        int part = symbol.IndexOf('(');
        if (part >= 0)
        {
            string? partProblem = PartProblem(symbol, part);
            if (partProblem is not null)
            {
                return partProblem;
            }

            body = symbol[..(part - 1)];
        }

        foreach (char c in body)
        {
            if (char.IsWhiteSpace(c))
            {
                return "A document symbol has no spaces in it (\"A/HRC/23/27\").";
            }
        }

        if (body.StartsWith('/'))
        {
            return "A document symbol starts with the issuing organ's letters, not a slash (\"A/68/208\").";
        }

        if (body.EndsWith('/'))
        {
            return "The symbol ends with a slash: its last part is missing (\"A/HRC/23/27\").";
        }

        if (body.Contains("//", StringComparison.Ordinal))
        {
            return "The symbol has two slashes in a row: a part is missing between them.";
        }

        // A document issued to two organs carries both symbols joined by a hyphen: "A/55/305-S/2000/809".
        int joint = JointSymbolAt(body);
        if (joint > 0)
        {
            return Problem(body[..joint]) ?? Problem(body[(joint + 1)..]);
        }

        string[] parts = body.Split('/');
        string root = parts[0];
        if (!IsRoot(root, StringComparison.Ordinal))
        {
            return IsRoot(root, StringComparison.OrdinalIgnoreCase)
                ? $"A document symbol is written in capitals: \"{root.ToUpperInvariant()}/…\"."
                : $"\"{root}\" is not the start of a United Nations document symbol (A, E, S, ST or a treaty body).";
        }

        if (parts.Length == 1)
        {
            return "A document symbol has parts after the organ's letters (\"A/68/208\").";
        }

        bool hasNumber = false;
        for (int i = 1; i < parts.Length; i++)
        {
            string? partProblem = ComponentProblem(parts, i);
            if (partProblem is not null)
            {
                return partProblem;
            }

            // A session ("ES-10") numbers the document as well as digits do: "A/ES-10/L.22".
            // So does a numbered record: the meeting of "S/PV.9180", the draft of "A/C.3/L.60".
            hasNumber |= IsNumber(parts[i]) || parts[i].StartsWith("ES-", StringComparison.Ordinal) || parts[i].StartsWith("S-", StringComparison.Ordinal)
                || IsNumberedRecord(parts[i]) || IsNumberRange(parts[i]);
        }

        return hasNumber ? null : "The symbol has no document number (\"A/68/208\").";
    }

    /// <summary>Where the second symbol of a joint one starts ("A/73/78-E/2018/54"), at its hyphen; or -1.</summary>
    private static int JointSymbolAt(string body)
    {
        foreach (string second in (ReadOnlySpan<string>)["-S/", "-A/", "-E/"])
        {
            int at = body.IndexOf(second, StringComparison.Ordinal);
            if (at > 0)
            {
                return at;
            }
        }

        return -1;
    }

    /// <summary>What is wrong with one part between slashes, or null.</summary>
    private static string? ComponentProblem(string[] parts, int index)
    {
        string component = parts[index];
        if (IsNumberRange(component))
        {
            return null;
        }

        if (IsNumber(component))
        {
            return component.Length > 1 && component[0] == '0'
                ? $"Write \"{component.TrimStart('0')}\" without the leading zero."
                : null;
        }

        // Special and emergency special sessions: "A/HRC/RES/S-28/1", "A/S-27/19", "A/ES-10/L.22".
        if ((component.StartsWith("S-", StringComparison.Ordinal) && IsNumber(component[2..]))
            || (component.StartsWith("ES-", StringComparison.Ordinal) && IsNumber(component[3..])))
        {
            return null;
        }

        int letters = 0;
        while (letters < component.Length && char.IsAsciiLetter(component[letters]))
        {
            letters++;
        }

        string code = component[..letters];
        string rest = component[letters..];
        string? known = KnownCode(code);
        if (letters == 0 || (rest.Length > 0 && !(rest[0] == '.' && IsNumber(rest[1..])) && !IsNumber(rest)))
        {
            return $"\"{component}\" is not a part of a document symbol: each part is a number or a code such as \"Add.1\".";
        }

        if (known is null)
        {
            // Codes this grammar does not list ("GC", "NGO", "Misc.1") pass when written in capitals.
            return char.IsAsciiLetterUpper(code[0])
                ? null
                : $"\"{component}\" is not a part of a document symbol: each part is a number or a code such as \"Add.1\".";
        }

        // Treaty bodies write their committee as a bare "C" ("CCPR/C/GC/36"); elsewhere C carries its number.
        bool numbered = Array.IndexOf(NumberedCodes, known) >= 0 && !(known == "C" && parts[0].Length > 1);
        string number = rest.StartsWith('.') ? rest[1..] : rest;
        if (!numbered && rest.Length > 0)
        {
            return $"\"{known}\" takes no number.";
        }

        if (numbered && number.Length == 0)
        {
            return $"\"{known}\" needs its number: \"{known}.1\".";
        }

        string written = numbered ? $"{known}.{number}" : known;
        if (written != component)
        {
            return $"Write \"{written}\", not \"{component}\".";
        }

        if (known == "C" && index == 1 && parts[0] == "A" && rest is not (".1" or ".2" or ".3" or ".4" or ".5" or ".6"))
        {
            return "The General Assembly's Main Committees are A/C.1 to A/C.6.";
        }

        if (Array.IndexOf(FollowingCodes, known) >= 0 && index == 1)
        {
            return $"\"{component}\" follows the number of the document it amends (\"A/53/500/{component}\").";
        }

        return null;
    }

    private static string? PartProblem(string symbol, int open)
    {
        ReadOnlySpan<char> suffix = symbol.AsSpan(open);
        bool spaced = open > 0 && symbol[open - 1] == ' ' && (open < 2 || symbol[open - 2] != ' ');
        if (!spaced || !suffix.StartsWith("(Part ", StringComparison.Ordinal) || !suffix.EndsWith(")", StringComparison.Ordinal))
        {
            return "A part of a document is written after a space as \"(Part I)\".";
        }

        string numeral = suffix[6..^1].ToString();
        return RomanNumerals.TryParse(numeral, out _)
            ? null
            : $"\"{numeral}\" is not a Roman numeral; a part is written like \"(Part I)\".";
    }

    /// <summary>The code as the grammar spells it when <paramref name="code"/> matches one in any case.</summary>
    private static string? KnownCode(string code)
    {
        foreach (string[] codes in (ReadOnlySpan<string[]>)[SeriesCodes, NumberedCodes, DocumentTypeCodes])
        {
            foreach (string known in codes)
            {
                if (known.Equals(code, StringComparison.OrdinalIgnoreCase))
                {
                    return known;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// Whether <paramref name="text"/> starts a symbol: a root the lexicon knows (the General Assembly's "A", the
    /// Secretariat's "ST", the treaty bodies' "CCPR" …). Anything else with a slash ("HIV/AIDS") is not a symbol.
    /// </summary>
    private static bool IsRoot(ReadOnlySpan<char> text, StringComparison comparison)
    {
        if (comparison == StringComparison.Ordinal)
        {
            return Lexicon.SymbolRoots.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text);
        }

        foreach (string root in Lexicon.SymbolRoots)
        {
            if (text.Equals(root, comparison))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"HRC" is a series code; "C.3" too, with its number.</summary>
    private static bool IsCode(string component, string[] codes)
    {
        int dot = component.IndexOf('.');
        string code = dot >= 0 ? component[..dot] : component;
        return Array.IndexOf(codes, code) >= 0;
    }

    private static bool StartsFollowingCode(string s, int i)
    {
        foreach (string code in FollowingCodes)
        {
            if (Words.Literal(s, i, code + ".") >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The symbols in a stretch of the source that is read as it stands, with no inline markup: the heading's
    /// "[on the report of the Third Committee (A/72/439/Add.2)]".
    /// </summary>
    public static IReadOnlyList<DocumentSymbolCitation> InSource(string source, int start, int length)
    {
        ArgumentNullException.ThrowIfNull(source);
        start = Math.Clamp(start, 0, source.Length);
        length = Math.Clamp(length, 0, source.Length - start);

        // One run: every character stands at its own place in the source, the end just after the last.
        var text = new InlineText(source.Substring(start, length), [new OffsetRun(0, start)], []);
        var symbols = new List<DocumentSymbolCitation>();

        // A symbol's root runs up to a slash: the reading jumps from one such word to the next, as the scanner's does.
        for (int i = CitationScanner.NextSymbolRoot(text.Text, 0); i >= 0; i = CitationScanner.NextSymbolRoot(text.Text, i))
        {
            if (Read(text, i, out int end) is { } symbol)
            {
                symbols.Add(symbol);
                i = end;
            }
            else
            {
                i++;
            }
        }

        return symbols;
    }

    /// <summary>"25-26": the combined periodic reports of a treaty body ("CERD/C/RUS/CO/25-26").</summary>
    private static bool IsNumberRange(string component)
    {
        int hyphen = component.IndexOf('-');
        return hyphen > 0 && IsNumber(component[..hyphen]) && IsNumber(component[(hyphen + 1)..]);
    }

    /// <summary>"PV.9180", "L.60": a numbered code that is not a series ("C.3") and does not amend another document ("Add.1").</summary>
    private static bool IsNumberedRecord(string component)
    {
        int dot = component.IndexOf('.');
        if (dot <= 0 || !IsNumber(component[(dot + 1)..]))
        {
            return false;
        }

        string code = component[..dot];
        return Array.IndexOf(NumberedCodes, code) >= 0 && Array.IndexOf(SeriesCodes, code) < 0 && Array.IndexOf(FollowingCodes, code) < 0;
    }

    private static bool IsNumber(string text)
    {
        if (text.Length == 0)
        {
            return false;
        }

        foreach (char c in text)
        {
            if (!Words.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
