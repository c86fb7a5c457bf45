using System.Buffers;

namespace Resolint.Core.Citations;

/// <summary>
/// Which body a cited resolution belongs to. The bodies, their names and how they number are the lexicon's
/// (<see cref="Lexicon.Bodies"/>); this reads how a sentence names one: in full before the word "resolution"
/// ("Commission on Human Rights resolution 20 (XXXVI)"), in part ("Council resolution", "its resolution"),
/// after the number ("resolution 5/11 adopted by the United Nations Environment Assembly"), or earlier in the
/// sentence ("Security Council resolutions …, the latest of which was resolution 2723 (2024)").
/// </summary>
public static class Organs
{
    public const string GeneralAssembly = "General Assembly";
    public const string SecurityCouncil = "Security Council";
    public const string EconomicAndSocialCouncil = "Economic and Social Council";
    public const string HumanRightsCouncil = "Human Rights Council";
    public const string CommissionOnHumanRights = "Commission on Human Rights";

    /// <summary>Written in place of an organ: "its resolution 53/144" cites the organ that is speaking.</summary>
    public const string Its = "its";

    /// <summary>Most words a body's name takes ("Conference of the Parties to the United Nations Convention against Transnational Organized Crime").</summary>
    private const int MaxNameWords = 20;

    /// <summary>
    /// How far back a sentence is searched for the body it names before a list ("General Assembly resolutions on
    /// the question, the most recent being resolutions 74/90 …"): about a long preambular paragraph's clause.
    /// Bounding it keeps a paragraph with many citations linear.
    /// </summary>
    internal const int SentenceWindow = 600;

    /// <summary>Longest title read between a citation and the comma after it ("on the protection of civilians in armed conflict").</summary>
    private const int MaxTitleLength = 200;

    /// <summary>Most words of an occasion after a citation ("at the fifteenth meeting", "at its resumed fifth session").</summary>
    private const int MaxOccasionWords = 5;

    /// <summary>Longest abbreviation before a full stop in a footnote's locators ("sect.", "chap.", "para.", "annex").</summary>
    private const int MaxAbbreviationLetters = 4;

    /// <summary>Short words that join the words of a body's name ("Commission on the Status of Women").</summary>
    private static readonly string[] NameJoiners = ["of", "the", "on", "and", "for", "to", "against", "in", "with", "as", "serving"];

    /// <summary>True for a body's name the lexicon knows ("General Assembly", not "Assembly").</summary>
    internal static bool IsFullName(ReadOnlySpan<char> name) => Lexicon.BodyNamed(name) is not null;

    /// <summary>
    /// The body named just before <paramref name="end"/>: a name the lexicon knows ("Human Rights Council",
    /// "United Nations Environment Assembly"), a name it does not ("Committee of Experts", returned as written),
    /// a short form ("Assembly", "Council", "Commission") or "its"; null when the words before name no body.
    /// The paragraph's first word ("Recalling") opens it and is never part of a name.
    /// </summary>
    internal static string? NamedBefore(string text, int end, out int start)
    {
        int phraseStart = PhraseBefore(text, end);
        Body? known = Lexicon.BodyNameEndingAt(text, end, out start);

        // A capitalised word just before a known name makes another body's name: "Environment Assembly",
        // "Security Council" but "Peace and Security Council of …" is read whole below.
        if (known is not null && (start <= phraseStart || !CapitalisedWordBefore(text, start, phraseStart)))
        {
            return text[start..end];
        }

        if (phraseStart < end)
        {
            start = phraseStart;
            return text[phraseStart..end];
        }

        start = end;
        if (EndsWithWord(text, end, Its, StringComparison.OrdinalIgnoreCase))
        {
            start = end - Its.Length;
            return text.Substring(start, Its.Length);
        }

        return null;
    }

    /// <summary>
    /// The body that <paramref name="number"/> belongs to, given how the text names it (<paramref name="asWritten"/>,
    /// from <see cref="NamedBefore"/>) and the adopting body <paramref name="body"/>.
    /// <list type="bullet">
    /// <item>A name stands for its body (an alias for the body's name in full; a name the lexicon does not hold
    /// for itself).</item>
    /// <item>"its" is the adopting body, unless an organ is named just before it ("the General Assembly in its
    /// resolution"; see <see cref="ItsReferent"/>).</item>
    /// <item>A short form ("Assembly", "Council", "Commission") is the adopting body when its short form is the
    /// same; else the body with that short form last named in full earlier in the same text; else, for
    /// "Assembly", the General Assembly; for "Council", what the number's shape tells: "1757 (2007)" is the
    /// Security Council, "2005/23" the Economic and Social Council, "20/14" and "S-28/1" the Human Rights
    /// Council; else null rather than a guess.</item>
    /// <item>No organ named: the adopting body.</item>
    /// </list>
    /// </summary>
    internal static string? Resolve(string? asWritten, ResolutionNumber number, string? body, string text, int organStart)
    {
        if (asWritten is null)
        {
            return body;
        }

        if (asWritten.Equals(Its, StringComparison.OrdinalIgnoreCase))
        {
            return ItsReferent(text, organStart, number, body);
        }

        if (Lexicon.BodyNamed(asWritten) is { } named)
        {
            return named.Name;
        }

        if (!IsShortName(asWritten))
        {
            return asWritten;
        }

        // The adopting body when the number can be its; else the body of that short form named last before
        // ("Economic and Social Council resolution 1984/50 … Council resolutions 1989/64" in a Human Rights Council
        // text); else the adopting body all the same.
        string? own = Lexicon.BodyByName(body)?.ShortName == asWritten ? body : null;
        if (own is not null && ResolutionNumbers.IsPlausible(number, own, out _))
        {
            return own;
        }

        string? last = LastNamed(text, organStart, asWritten);
        if (last is not null || own is not null)
        {
            return last ?? own;
        }

        return asWritten switch
        {
            "Assembly" => GeneralAssembly,
            "Council" => number.Shape switch
            {
                NumberShape.YearInBrackets => SecurityCouncil,
                NumberShape.YearSlash => EconomicAndSocialCouncil,
                NumberShape.SessionSlash or NumberShape.SpecialSession => HumanRightsCouncil,
                _ => null,
            },
            _ => null,
        };
    }

    /// <summary>
    /// The body a sentence names after a citation: "… adopted by the United Nations Environment Assembly",
    /// "… of the United Nations Group of Experts on Geographical Names", "…, adopted on 7 August 2015 by the
    /// Committee of Experts", and after "its": "in its resolution 79/206, the General Assembly recognized". A
    /// name counts only when the lexicon knows it or a body's word heads it ("Committee", "Conference").
    /// </summary>
    internal static string? NamedAfter(string text, int end, bool afterIts)
    {
        if (afterIts)
        {
            // Only "…, the General Assembly recognized": the subject of the clause the citation opens, after any
            // title ("of 11 November 2009 on the protection of civilians in armed conflict, the Security Council").
            int comma = end;
            while (comma < text.Length && comma - end < MaxTitleLength && text[comma] is not (',' or ';' or '.'))
            {
                comma++;
            }

            return comma < text.Length && text[comma] == ','
                ? NameAt(text, Words.Gap(text, Words.Word(text, Words.Gap(text, comma + 1), "the")), knownOnly: true, out _)
                : null;
        }

        int i = end;
        i = Words.Gap(text, i < text.Length && text[i] == ',' ? i + 1 : i);
        i = PastTitle(text, i);
        int adopted = Words.Word(text, i, "adopted");
        if (adopted >= 0)
        {
            i = Words.Gap(text, adopted);
            int on = Words.Word(text, i, "on");
            if (on >= 0 && CitationDates.TryRead(text, Words.Gap(text, on), out DateReading date))
            {
                i = Words.Gap(text, date.End);
            }
        }

        // "at the fifteenth meeting of the Conference of the Parties", "at its fifty-second session by the …".
        int at = Words.Word(text, i, "at");
        if (at >= 0)
        {
            int word = Words.Gap(text, at);
            for (int words = 0; words < MaxOccasionWords && word >= 0; words++)
            {
                if (Words.Word(text, word, "of") >= 0 || Words.Word(text, word, "by") >= 0)
                {
                    i = word;
                    break;
                }

                int wordEnd = word;
                while (wordEnd < text.Length && (char.IsLetter(text[wordEnd]) || text[wordEnd] == '-'))
                {
                    wordEnd++;
                }

                word = wordEnd > word ? Words.Gap(text, wordEnd) : -1;
            }
        }

        int by = Math.Max(Words.Word(text, i, "by"), Words.Word(text, i, "of"));
        return by < 0 ? null : NameAt(text, Words.Gap(text, Words.Word(text, Words.Gap(text, by), "the")), knownOnly: false, out _);
    }

    /// <summary>
    /// Past the title that may stand between a number and the body that adopted it: "resolution 4/6 on marine plastic
    /// litter and microplastics, adopted by the United Nations Environment Assembly". Only where "adopted" follows the
    /// title's comma; elsewhere <paramref name="i"/> as it is ("on 7 August 2015" is a date, read by the caller).
    /// </summary>
    private static int PastTitle(string text, int i)
    {
        int on = Words.Word(text, i, "on");
        if (on < 0 || CitationDates.TryRead(text, Words.Gap(text, on), out _))
        {
            return i;
        }

        int comma = on;
        while (comma < text.Length && comma - on < MaxTitleLength && text[comma] is not (',' or ';' or '.'))
        {
            comma++;
        }

        int after = comma < text.Length && text[comma] == ',' ? Words.Gap(text, comma + 1) : -1;
        return after >= 0 && Words.Word(text, after, "adopted") >= 0 ? after : i;
    }

    /// <summary>
    /// The body named last before <paramref name="end"/> in the same sentence: the lexicon's names only, searched
    /// back to the start of the clause's sentence (a full stop or semicolon) within <see cref="SentenceWindow"/>.
    /// </summary>
    internal static string? NamedEarlier(string text, int end, bool resolution = false)
    {
        string? found = null;
        for (int i = NameStartAfter(text, SentenceStartBefore(text, end), end); i >= 0; i = NameStartAfter(text, i + 1, end))
        {
            // A name the lexicon knows, or "the High-level Committee on South-South Cooperation": a body's word heads it.
            string? name = Lexicon.BodyNameStartingAt(text, i, out int nameEnd) is { } body ? body.Name
                : AfterThe(text, i) ? NameAt(text, i, knownOnly: false, out nameEnd, resolution)
                : null;

            // "General Assembly resolution 59/113 A, in which the Assembly proclaimed …": the short form is the body
            // of that short form named last.
            if (name is not null && IsShortName(name))
            {
                name = LastNamed(text, i, name) ?? name;
            }
            if (name is not null && nameEnd <= end)
            {
                found = name;
                i = nameEnd - 1;
            }
        }

        return found;
    }

    /// <summary>
    /// Where the sentence or clause holding <paramref name="end"/> starts: after the last semicolon or full stop that ends
    /// a sentence before it, within <see cref="SentenceWindow"/>; else where the window starts.
    /// </summary>
    /// <remarks>
    /// The search jumps from one such mark back to the one before: a window is mostly neither. Internal so that a test
    /// can hold it to a look at every character.
    /// </remarks>
    internal static int SentenceStartBefore(string text, int end)
    {
        int limit = Math.Max(0, end - SentenceWindow);
        int before = end;
        while (text.AsSpan(limit, before - limit).LastIndexOfAny(';', '.') is int mark and >= 0)
        {
            before = limit + mark;
            if (text[before] is ';' || IsSentenceEnd(text, before))
            {
                return before + 1;
            }
        }

        return limit;
    }

    /// <summary>The first capital at or after <paramref name="from"/> and before <paramref name="end"/> that starts a word, as a body's name does; -1 when none.</summary>
    /// <remarks>
    /// The search jumps to the capitals of ASCII and to the characters beyond it, any of which may be a capital. Internal
    /// so that a test can hold it to a look at every character.
    /// </remarks>
    internal static int NameStartAfter(string text, int from, int end)
    {
        for (int i = from; i < end; i++)
        {
            int next = text.AsSpan(i, end - i).IndexOfAnyExcept(AsciiButCapitals);
            if (next < 0)
            {
                return -1;
            }

            i += next;
            if (char.IsUpper(text[i]) && (i == 0 || !char.IsLetterOrDigit(text[i - 1])))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The ASCII characters other than the capitals: a capital, or a character beyond ASCII that may be one, is any other.</summary>
    private static readonly SearchValues<char> AsciiButCapitals =
        SearchValues.Create([.. Enumerable.Range(0, 128).Select(c => (char)c).Where(c => !char.IsAsciiLetterUpper(c))]);

    private static bool AfterThe(string text, int i) =>
        i >= 4 && Words.IsSpace(text[i - 1]) && string.CompareOrdinal(text, i - 4, "the", 0, 3) == 0 && (i == 4 || !char.IsLetter(text[i - 5]));

    /// <summary>
    /// The organ "its" stands for. "Recalling its resolution" speaks for the adopting body; but "the General
    /// Assembly in its resolution", "the Council, by its decision" and "the Working Group is implementing its
    /// decision" name the organ just before: a known one is resolved, an unknown one ("Open-ended Working Group
    /// on Ageing") leaves the organ open rather than credit the body with another's decision.
    /// </summary>
    private static string? ItsReferent(string text, int itsStart, ResolutionNumber number, string? body)
    {
        string word = WordBefore(text, itsStart, out int wordStart);
        int nameEnd;
        if (word is "in" or "by" or "through" or "under")
        {
            nameEnd = wordStart;
            while (nameEnd > 0 && (Words.IsSpace(text[nameEnd - 1]) || text[nameEnd - 1] == ','))
            {
                nameEnd--;
            }
        }
        else if ((word.EndsWith("ing", StringComparison.Ordinal) || word.EndsWith("ed", StringComparison.Ordinal))
            && WordBefore(text, wordStart, out int auxiliaryStart) is "is" or "are" or "was" or "were" or "has" or "have" or "had")
        {
            nameEnd = auxiliaryStart;
        }
        else
        {
            return body;
        }

        string? named = NamedBefore(text, SkipSpacesBack(text, nameEnd), out int namedStart);
        if (named is not null && !named.Equals(Its, StringComparison.OrdinalIgnoreCase))
        {
            return Resolve(named, number, body, text, namedStart);
        }

        string name = WordBefore(text, nameEnd, out int nameStart);
        bool anotherBody = name.Length > 0 && char.IsUpper(name[0]) && nameStart > 0;
        return anotherBody ? null : body;
    }

    /// <summary>
    /// Where the name of a body ending at <paramref name="end"/> starts: capitalised words and the short words that
    /// join them, never the paragraph's first word; <paramref name="end"/> itself when the word before is not
    /// capitalised.
    /// </summary>
    private static int PhraseBefore(string text, int end)
    {
        int firstWord = FirstWordStart(text);
        int start = end;
        int wordEnd = end;
        for (int words = 0; words < MaxNameWords; words++)
        {
            int wordStart = wordEnd;
            while (wordStart > 0 && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] is '-' or '’' or '\''))
            {
                wordStart--;
            }

            ReadOnlySpan<char> word = text.AsSpan(wordStart, wordEnd - wordStart);
            if (word.Length == 1 && char.IsUpper(word[0]))
            {
                // A part letter ("57/270 B resolution …") or an initial: no body's name.
                break;
            }

            // The paragraph's first word opens it ("Recalling"), unless it is a body's word a wrapped line left there.
            bool opener = wordStart <= firstWord && !IsBodyWord(word);
            if (wordStart == wordEnd || opener || (wordStart > 0 && !IsSpaceOrBreak(text[wordStart - 1])))
            {
                break;
            }

            if (char.IsUpper(word[0]))
            {
                start = wordStart;
            }
            else if (start == end || !IsJoiner(word))
            {
                break;
            }

            if (wordStart <= firstWord)
            {
                break;
            }

            wordEnd = SkipSpacesBack(text, wordStart);
        }

        return start;
    }

    /// <summary>Where the paragraph's first word starts (its opening word, "Recalling"), after any spaces.</summary>
    private static int FirstWordStart(string text)
    {
        int i = 0;
        while (i < text.Length && !char.IsLetter(text[i]))
        {
            i++;
        }

        return i;
    }

    /// <summary>
    /// A body's name starting at <paramref name="i"/>: one the lexicon knows, or, unless <paramref name="knownOnly"/>,
    /// capitalised words headed by a body's word; for a <paramref name="resolution"/>, not a word of a body that
    /// adopts none ("Group": a working group numbers decisions, never resolutions).
    /// </summary>
    private static string? NameAt(string text, int i, bool knownOnly, out int nameEnd, bool resolution = false)
    {
        nameEnd = i;
        if (i < 0 || i >= text.Length || !char.IsUpper(text[i]))
        {
            return null;
        }

        if (Lexicon.BodyNameStartingAt(text, i, out int knownEnd) is { } known && Lexicon.BodyNamed(known.Name) is not null && !StartsPrefixName(known))
        {
            nameEnd = knownEnd;
            return known.Name;
        }

        int end = i;
        int lastCapitalEnd = i;
        bool headed = false;
        bool afterJoiner = false;
        for (int words = 0; words < MaxNameWords && end < text.Length; words++)
        {
            int wordEnd = end;
            while (wordEnd < text.Length && (char.IsLetter(text[wordEnd]) || text[wordEnd] is '-' or '’' or '\''))
            {
                wordEnd++;
            }

            ReadOnlySpan<char> word = text.AsSpan(end, wordEnd - end);
            if (word.IsEmpty || !(char.IsUpper(word[0]) || IsJoiner(word)))
            {
                break;
            }

            // A post or organ "of" or "to" a body the lexicon knows ends before it: "the Secretary-General to the
            // General Assembly", "the Special Rapporteur of the Human Rights Council" are not bodies of their own.
            if (char.IsUpper(word[0]) && afterJoiner && Lexicon.BodyNameStartingAt(text, end, out _) is not null)
            {
                break;
            }

            afterJoiner = !char.IsUpper(word[0]);
            if (char.IsUpper(word[0]))
            {
                lastCapitalEnd = wordEnd;
                headed |= IsBodyWord(word) && !(resolution && Lexicon.NonAdoptingBodyWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word));
            }

            if (wordEnd >= text.Length || !Words.IsSpace(text[wordEnd]))
            {
                break;
            }

            end = wordEnd + 1;
        }

        nameEnd = lastCapitalEnd;
        string name = text[i..lastCapitalEnd];
        if (Lexicon.BodyNamed(name) is { } named)
        {
            return named.Name;
        }

        return headed && !knownOnly ? name : null;
    }

    /// <summary>A body whose name also starts the names of others ("Conference of the Parties" to each convention).</summary>
    private static bool StartsPrefixName(Body body) =>
        body.Aliases.Any(a => a.StartsWith(body.Name, StringComparison.Ordinal) && a.EndsWith('…'));

    /// <summary>Whether the word just before <paramref name="start"/>, after one space, is capitalised and within the phrase.</summary>
    private static bool CapitalisedWordBefore(string text, int start, int phraseStart)
    {
        int wordEnd = start - 1;
        return wordEnd > phraseStart && Words.IsSpace(text[wordEnd]) && wordEnd > 0 && char.IsLetter(text[wordEnd - 1])
            && WordBefore(text, wordEnd, out int wordStart).Length > 0 && wordStart >= phraseStart && char.IsUpper(text[wordStart]);
    }

    private static bool IsBodyWord(ReadOnlySpan<char> word) =>
        Lexicon.BodyWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    private static bool IsJoiner(ReadOnlySpan<char> word)
    {
        foreach (string joiner in NameJoiners)
        {
            if (word.Equals(joiner, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsShortName(string word) => word is "Assembly" or "Council" or "Commission";

    /// <summary>The word of letters that ends, after spaces, just before <paramref name="end"/>; empty when none.</summary>
    private static string WordBefore(string text, int end, out int start)
    {
        int wordEnd = SkipSpacesBack(text, end);
        start = wordEnd;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        return text[start..wordEnd];
    }

    /// <summary>A space, or a line break of a hard-wrapped text.</summary>
    private static bool IsSpaceOrBreak(char c) => Words.IsSpace(c) || c is '\n' or '\r';

    private static int SkipSpacesBack(string text, int end)
    {
        while (end > 0 && IsSpaceOrBreak(text[end - 1]))
        {
            end--;
        }

        return end;
    }

    /// <summary>The body with the short form <paramref name="shortName"/> whose name in full comes last before <paramref name="end"/>.</summary>
    private static string? LastNamed(string text, int end, string shortName)
    {
        string? latest = null;
        int latestAt = -1;
        foreach (Body body in Lexicon.Bodies)
        {
            if (body.ShortName != shortName || !ResolutionNumbers.ChecksNumbering(body))
            {
                continue;
            }

            int at = end > 0 ? text.LastIndexOf(body.Name, end - 1, end, StringComparison.Ordinal) : -1;
            if (at > latestAt)
            {
                latest = body.Name;
                latestAt = at;
            }
        }

        return latest;
    }

    /// <summary>
    /// Whether the words before <paramref name="keywordStart"/> place the resolution in a document or name its
    /// body before a comma, as footnotes do: "CBD/COP/15/17, decision 15/4, annex", "Official Records of the
    /// Economic and Social Council, 2022, Supplement No. 4 (E/2022/24), chap. I, sect. C, decision 53/107",
    /// "Indian Ocean Tuna Commission, resolutions 12/07 and 13/07". <paramref name="named"/> is the body named
    /// just before the comma, if any; else the resolution is the document's, whose body the text does not tell.
    /// </summary>
    internal static bool LocatedBeforeComma(string text, int keywordStart, out string? named)
    {
        named = null;
        int comma = SkipSpacesBack(text, keywordStart);
        if (comma == 0 || text[comma - 1] != ',')
        {
            return false;
        }

        int nameEnd = comma - 1;
        int phraseStart = PhraseBefore(text, nameEnd);
        if (phraseStart < nameEnd)
        {
            string phrase = text[phraseStart..nameEnd];
            named = Lexicon.BodyNamed(phrase)?.Name ?? (HeadedByBodyWord(phrase) ? phrase : null);
            if (named is not null)
            {
                return true;
            }
        }

        int limit = Math.Max(0, keywordStart - SentenceWindow);
        for (int i = comma - 1; i > limit; i--)
        {
            if (IsSentenceEnd(text, i))
            {
                return false;
            }

            // A document symbol ("CBD/COP/15/17", "A/56/1026-S/2002/932") or the Official Records.
            if (text[i] == '/' && char.IsAsciiLetterUpper(text[i - 1]) || string.CompareOrdinal(text, i, "Official Records", 0, 16) == 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A full stop that ends a sentence: after a word longer than the abbreviations footnotes use ("sect.",
    /// "chap.", "para.", "No."), before a space.
    /// </summary>
    internal static bool IsSentenceEnd(string text, int i)
    {
        if (text[i] != '.' || i + 1 >= text.Length || !Words.IsSpace(text[i + 1]))
        {
            return false;
        }

        int letters = 0;
        while (i - letters > 0 && char.IsLower(text[i - letters - 1]))
        {
            letters++;
        }

        return letters > MaxAbbreviationLetters;
    }

    private static bool HeadedByBodyWord(string phrase)
    {
        foreach (string word in phrase.Split(' '))
        {
            if (IsBodyWord(word))
            {
                return true;
            }
        }

        return false;
    }

    private static bool EndsWithWord(string text, int end, string word, StringComparison comparison)
    {
        int start = end - word.Length;
        return start >= 0
            && end <= text.Length
            && string.Compare(text, start, word, 0, word.Length, comparison) == 0
            && (start == 0 || !Words.IsWordChar(text[start - 1]));
    }
}
