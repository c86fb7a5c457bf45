using System.Globalization;

namespace Resolint.Core.Citations;

/// <summary>
/// Resolution and decision numbers: reading them ("66/169", "57/270 B", "217 A (III)", "S-8/1", "ES-10/2",
/// "1757 (2007)", "2005/74") and judging whether a number has the shape its organ used in its era.
/// </summary>
public static class ResolutionNumbers
{
    /// <summary>The General Assembly numbered "session/number" from its thirty-first session (1976).</summary>
    public const int FirstSessionSlashSession = 31;

    /// <summary>The highest "number (session)" the General Assembly reached before switching (3541 (XXX)); with headroom.</summary>
    public const int LastRomanEraNumber = 3600;

    /// <summary>Reads a whole string as a number ("57/270 B" → prefix 57, sequence 270, part B).</summary>
    public static bool TryParse(string? text, out ResolutionNumber number)
    {
        number = null!;
        if (text is null || !TryRead(text, 0, out ResolutionNumber? read, out int end) || end != text.Length)
        {
            return false;
        }

        number = read;
        return true;
    }

    /// <summary>
    /// Whether <paramref name="number"/> has a shape <paramref name="organ"/> used when the number was given; when
    /// not, <paramref name="reason"/> says why in a drafter's words. Sessions that cannot have met yet count as
    /// wrong; "yet" is <paramref name="currentYear"/>, by default this year. Organs this knows nothing of pass.
    /// Decisions are numbered as their organ's resolutions are ("decision 31/301"), so the same shapes apply.
    /// </summary>
    public static bool IsPlausible(ResolutionNumber number, string? organ, out string reason, int? currentYear = null)
    {
        ArgumentNullException.ThrowIfNull(number);
        int year = currentYear ?? DateTime.UtcNow.Year;
        Body? known = Lexicon.BodyByName(organ);
        reason = known?.Numbering switch
        {
            NumberingScheme.GeneralAssembly => GeneralAssemblyProblem(number, year),
            NumberingScheme.HumanRightsCouncil => HumanRightsCouncilProblem(number, year),
            NumberingScheme.SecurityCouncil => SecurityCouncilProblem(number, year),
            NumberingScheme.CommissionOnHumanRights or NumberingScheme.EconomicAndSocialCouncil =>
                YearOrRomanProblem(number, known.Name, known.FirstYear ?? 1946, known.LastYear ?? year),
            _ => GenericProblem(number),
        } ?? string.Empty;
        return reason.Length == 0;
    }

    /// <summary>Whether the engine knows <paramref name="body"/>'s numbering well enough to judge a number by it.</summary>
    internal static bool ChecksNumbering(Body body) =>
        body.Numbering is NumberingScheme.GeneralAssembly or NumberingScheme.HumanRightsCouncil or NumberingScheme.SecurityCouncil
            or NumberingScheme.CommissionOnHumanRights or NumberingScheme.EconomicAndSocialCouncil;

    /// <summary>
    /// The bodies whose numbering the lexicon knows and that number, or numbered, in <paramref name="shape"/>: for a
    /// body inferred from earlier in the sentence, a judgement that holds for every one of them is certain.
    /// </summary>
    internal static IEnumerable<string> KnownBodiesNumberingIn(NumberShape shape) =>
        Lexicon.Bodies.Where(b => ChecksNumbering(b) && UsesShape(b.Name, shape)).Select(b => b.Name);

    /// <summary>Whether <paramref name="organ"/> numbers, or numbered, in <paramref name="shape"/>; true for an organ whose numbering is not checked.</summary>
    internal static bool UsesShape(string? organ, NumberShape shape) => Lexicon.BodyByName(organ)?.Numbering switch
    {
        NumberingScheme.GeneralAssembly => shape is NumberShape.SessionSlash or NumberShape.RomanSession or NumberShape.SpecialSession or NumberShape.EmergencySpecialSession,
        NumberingScheme.SecurityCouncil => shape is NumberShape.YearInBrackets,
        NumberingScheme.HumanRightsCouncil => shape is NumberShape.SessionSlash or NumberShape.SpecialSession,
        NumberingScheme.EconomicAndSocialCouncil or NumberingScheme.CommissionOnHumanRights => shape is NumberShape.YearSlash or NumberShape.RomanSession,
        _ => true,
    };

    /// <summary>Whether the number names a session <paramref name="organ"/> cannot have held by <paramref name="currentYear"/> (this year by default).</summary>
    internal static bool IsBeyondItsSessions(ResolutionNumber number, string? organ, int? currentYear = null)
    {
        int year = currentYear ?? DateTime.UtcNow.Year;
        return (Lexicon.BodyByName(organ)?.Numbering, number.Shape) switch
        {
            (NumberingScheme.GeneralAssembly, NumberShape.SessionSlash) => number.Session > GeneralAssemblySession.OpeningIn(year),
            (NumberingScheme.HumanRightsCouncil, NumberShape.SessionSlash) => number.Session > HumanRightsCouncilSession.LatestBy(year),
            _ => false,
        };
    }

    /// <summary>
    /// The years in which <paramref name="number"/> of <paramref name="organ"/> can have been adopted, for
    /// checking its date: a General Assembly session's two calendar years, a Council session's year, the year
    /// a year-shaped number names. Null when the number does not tell (special sessions, session numbers of
    /// other or unknown organs).
    /// </summary>
    public static YearRange? AdoptionYears(ResolutionNumber number, string? organ)
    {
        ArgumentNullException.ThrowIfNull(number);
        return (Lexicon.BodyByName(organ)?.Numbering, number.Shape, number.Session, number.Year) switch
        {
            (NumberingScheme.GeneralAssembly, NumberShape.SessionSlash or NumberShape.RomanSession, int session, _)
                when session >= 1 => GeneralAssemblySession.YearRange(session),
            (NumberingScheme.HumanRightsCouncil, NumberShape.SessionSlash, int session, _)
                when session >= 1 => HumanRightsCouncilSession.YearRange(session),
            (NumberingScheme.EconomicAndSocialCouncil, NumberShape.YearSlash, _, int year) => EconomicAndSocialCouncilSession.YearRange(year),
            (_, NumberShape.YearSlash or NumberShape.YearInBrackets, _, int year) => new YearRange(year, year),
            _ => null,
        };
    }

    /// <summary>
    /// Reads a number starting at <paramref name="start"/>; nothing glued to it may follow ("66/169/Add.1" and
    /// "66/1690" are not numbers). The text is taken as written; the key is normalised to single spaces.
    /// </summary>
    internal static bool TryRead(string s, int start, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ResolutionNumber? number, out int end)
    {
        number = null;
        end = -1;
        if (start < 0 || start >= s.Length || (start > 0 && (Words.IsWordChar(s[start - 1]) || s[start - 1] is '/' or '-')))
        {
            return false;
        }

        int i = Words.Literal(s, start, "ES-");
        NumberShape shape = NumberShape.EmergencySpecialSession;
        if (i < 0)
        {
            i = Words.Literal(s, start, "S-");
            shape = NumberShape.SpecialSession;
        }

        if (i >= 0)
        {
            i = Words.Digits(s, i, 3, out int special);
            return i >= 0 && TryReadAfterSlash(s, start, i, shape, special, out number, out end);
        }

        i = Words.Digits(s, start, 4, out int first);
        if (i < 0)
        {
            return false;
        }

        if (i < s.Length && s[i] == '/')
        {
            // Sessions are far below a thousand, so four digits before the slash are a year ("2005/74").
            shape = i - start == 4 ? NumberShape.YearSlash : NumberShape.SessionSlash;
            return TryReadAfterSlash(s, start, i, shape, first, out number, out end);
        }

        return TryReadBracketed(s, start, i, first, out number, out end);
    }

    /// <summary>"/169" and an optional part letter, after "66", "2005", "S-8" or "ES-10".</summary>
    private static bool TryReadAfterSlash(
        string s, int start, int slash, NumberShape shape, int prefixValue, out ResolutionNumber? number, out int end)
    {
        number = null;
        end = Words.Digits(s, Words.Literal(s, slash, "/"), 4, out int sequence);
        if (end < 0 || (end < s.Length && (Words.IsWordChar(s[end]) || s[end] == '/')))
        {
            end = -1;
            return false;
        }

        // The key is the number as written up to its sequence ("66/169" of "66/169 B"), and most numbers have no part.
        string prefix = s[start..slash];
        string key = s[start..end];
        string? part = ReadPart(s, end, out int partEnd);
        if (part is not null)
        {
            end = partEnd;
        }

        number = new ResolutionNumber(part is null ? key : s[start..end])
        {
            Prefix = prefix,
            Sequence = sequence,
            Part = part,
            Shape = shape,
            Session = shape == NumberShape.YearSlash ? null : prefixValue,
            Year = shape == NumberShape.YearSlash ? prefixValue : null,
            Key = key,
        };
        return true;
    }

    /// <summary>"217 A (III)", "3363 (XXX)", "1757 (2007)", after the first digits.</summary>
    private static bool TryReadBracketed(string s, int start, int digitsEnd, int sequence, out ResolutionNumber? number, out int end)
    {
        number = null;
        end = -1;
        if (digitsEnd < s.Length && Words.IsWordChar(s[digitsEnd]))
        {
            return false;
        }

        string? part = ReadPart(s, digitsEnd, out int i);
        if (part is null)
        {
            i = digitsEnd;
        }

        i = Words.SkipSpaces(s, i);
        if (i >= s.Length || s[i] != '(')
        {
            return false;
        }

        int inside = i + 1;
        int close = Words.Digits(s, inside, 4, out int year);
        NumberShape shape = NumberShape.YearInBrackets;
        if (close < 0 || close - inside != 4)
        {
            close = inside;
            while (close < s.Length && close - inside < 10 && s[close] is 'I' or 'V' or 'X' or 'L' or 'C')
            {
                close++;
            }

            shape = NumberShape.RomanSession;
        }

        if (close == inside || close >= s.Length || s[close] != ')')
        {
            return false;
        }

        end = close + 1;
        string inBrackets = s[inside..close];
        string digits = s[start..digitsEnd];
        int? session = null;
        if (shape == NumberShape.RomanSession && RomanNumerals.TryParse(inBrackets, out int roman))
        {
            session = roman;
        }

        number = new ResolutionNumber(s[start..end])
        {
            Sequence = sequence,
            Part = part,
            Shape = shape,
            RomanSession = shape == NumberShape.RomanSession ? inBrackets : null,
            Session = session,
            Year = shape == NumberShape.YearInBrackets ? year : null,
            Key = digits + " (" + inBrackets + ")",
        };
        return true;
    }

    /// <summary>A part letter after a space: the "B" of "57/270 B", the "A" of "217 A (III)".</summary>
    private static string? ReadPart(string s, int i, out int end)
    {
        end = -1;
        int letter = Words.Gap(s, i);
        if (letter < 0 || letter >= s.Length || !Words.IsAsciiUpper(s[letter]))
        {
            return null;
        }

        // "A" followed by "/" is a symbol ("A/RES/…"), followed by "." maybe an abbreviation: not a part.
        int after = letter + 1;
        if (after < s.Length && (Words.IsWordChar(s[after]) || s[after] is '/' or '.' or '-'))
        {
            return null;
        }

        end = after;
        return s[letter..after];
    }

    private static string? GeneralAssemblyProblem(ResolutionNumber number, int currentYear)
    {
        int latest = GeneralAssemblySession.OpeningIn(currentYear);
        switch (number.Shape)
        {
            case NumberShape.SessionSlash when number.Session < FirstSessionSlashSession:
                return Invariant($"Before its thirty-first session the General Assembly numbered its resolutions like \"2200 A (XXI)\", so \"{number.Text}\" cannot be one of its numbers.");
            case NumberShape.SessionSlash when number.Session > latest:
                return Invariant($"Session {number.Session} of the General Assembly has not met yet: the session that opens in September {currentYear} is the {Ordinals.WithSuffix(latest)}.");
            case NumberShape.RomanSession when number.Session is null:
                return Invariant($"\"{number.RomanSession}\" is not a Roman numeral; the session is written like \"(XXI)\".");
            case NumberShape.RomanSession when number.Session >= FirstSessionSlashSession:
                return Invariant($"From its thirty-first session the General Assembly numbers resolutions like \"31/1\", so a number \"({number.RomanSession})\" is out of use.");
            case NumberShape.RomanSession when number.Sequence > LastRomanEraNumber:
                return Invariant($"General Assembly resolutions numbered with a Roman session stop below {LastRomanEraNumber}.");
            case NumberShape.SpecialSession when number.Session > 40:
                return "The General Assembly has not held that many special sessions.";
            case NumberShape.EmergencySpecialSession when number.Session > 15:
                return "The General Assembly has not held that many emergency special sessions.";
            case NumberShape.YearInBrackets:
                return "A number with a year in brackets, like \"1757 (2007)\", is a Security Council resolution, not a General Assembly one.";
            case NumberShape.YearSlash:
                return "A number with a year before the slash, like \"2005/74\", belongs to the Economic and Social Council or the Commission on Human Rights, not the General Assembly.";
            default:
                return SequenceProblem(number);
        }
    }

    private static string? HumanRightsCouncilProblem(ResolutionNumber number, int currentYear)
    {
        int latest = HumanRightsCouncilSession.LatestBy(currentYear);
        return number.Shape switch
        {
            NumberShape.SessionSlash when number.Session > latest =>
                Invariant($"The Human Rights Council cannot have held its session {number.Session} by {currentYear}; its resolutions are numbered session/number, like \"5/1\"."),
            NumberShape.SpecialSession when number.Session > 60 => "The Human Rights Council has not held that many special sessions.",
            NumberShape.SessionSlash or NumberShape.SpecialSession => SequenceProblem(number),
            _ => "Human Rights Council resolutions are numbered session/number, like \"5/1\" (the Council first met in 2006).",
        };
    }

    private static string? SecurityCouncilProblem(ResolutionNumber number, int currentYear)
    {
        if (number.Shape != NumberShape.YearInBrackets)
        {
            return "Security Council resolutions are numbered with the year in brackets, like \"1757 (2007)\".";
        }

        if (number.Year < 1946 || number.Year > currentYear)
        {
            return Invariant($"The Security Council adopts resolutions from 1946 on; {number.Year} cannot be the year of one.");
        }

        return number.Part is null ? SequenceProblem(number) : "Security Council resolutions have no part letters.";
    }

    /// <summary>
    /// The Economic and Social Council and the Commission on Human Rights numbered like the Assembly's old
    /// style ("1235 (XLII)", "20 (XXXVI)") before they turned to year/number ("1978/1", "2005/74").
    /// </summary>
    private static string? YearOrRomanProblem(ResolutionNumber number, string organ, int firstYear, int lastYear) =>
        number.Shape switch
        {
            NumberShape.RomanSession when number.Session is null =>
                Invariant($"\"{number.RomanSession}\" is not a Roman numeral; the session is written like \"(XLII)\"."),
            NumberShape.RomanSession => SequenceProblem(number),
            _ => YearSlashProblem(number, organ, firstYear, lastYear),
        };

    private static string? YearSlashProblem(ResolutionNumber number, string organ, int firstYear, int lastYear)
    {
        if (number.Shape != NumberShape.YearSlash)
        {
            return Invariant($"Resolutions of the {organ} are numbered year/number, like \"2005/74\".");
        }

        if (number.Year < firstYear || number.Year > lastYear)
        {
            return Invariant($"The {organ} adopted resolutions from {firstYear} to {lastYear}; {number.Year} is outside those years.");
        }

        return SequenceProblem(number);
    }

    /// <summary>What any number must satisfy, whoever adopted it.</summary>
    private static string? GenericProblem(ResolutionNumber number)
    {
        if (number.Shape == NumberShape.RomanSession && number.Session is null)
        {
            return Invariant($"\"{number.RomanSession}\" is not a Roman numeral.");
        }

        return SequenceProblem(number);
    }

    private static string? SequenceProblem(ResolutionNumber number) =>
        number.Sequence == 0 || number.Session == 0
            ? Invariant($"Resolutions are numbered from 1; \"{number.Text}\" has a 0 where a number should be.")
            : null;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
