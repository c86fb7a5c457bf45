using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml.Wordprocessing;
using Resolint.Core.Citations;

namespace Resolint.Core.Documents;

/// <summary>
/// Word's automatic numbering (<c>w:numPr</c>) as the reader sees it: each numbered paragraph's label ("12.", "(a)",
/// "(iv)") computed from the numbering part the way Word counts: per list, each level counting from its start,
/// a level's count starting again under each new item of the level above it.
/// </summary>
internal sealed class WordNumbering
{
    /// <summary>Word's levels are 0 to 8.</summary>
    private const int Levels = 9;

    private readonly Dictionary<int, NumberingInstance> _instances = [];
    private readonly Dictionary<int, AbstractNum> _abstracts = [];
    private readonly Dictionary<string, int[]> _counters = new(StringComparer.Ordinal);

    public WordNumbering(Numbering? numbering)
    {
        if (numbering is null)
        {
            return;
        }

        foreach (AbstractNum definition in numbering.Elements<AbstractNum>())
        {
            if (definition.AbstractNumberId?.Value is int id)
            {
                _abstracts.TryAdd(id, definition);
            }
        }

        foreach (NumberingInstance instance in numbering.Elements<NumberingInstance>())
        {
            if (instance.NumberID?.Value is int id)
            {
                _instances.TryAdd(id, instance);
            }
        }
    }

    /// <summary>The label the paragraph shows, counting it; null when it is not numbered (or shows a bullet).</summary>
    public string? Label(NumberingProperties? properties, string? paragraphStyle)
    {
        if (properties?.NumberingId?.Val?.Value is not int numId || numId == 0 || !_instances.TryGetValue(numId, out NumberingInstance? instance)
            || instance.AbstractNumId?.Val?.Value is not int abstractId || !_abstracts.TryGetValue(abstractId, out AbstractNum? definition))
        {
            return null;
        }

        int level = Math.Clamp(properties.NumberingLevelReference?.Val?.Value ?? LevelOfStyle(definition, paragraphStyle), 0, Levels - 1);
        Level?[] levels = new Level?[Levels];
        foreach (Level l in definition.Elements<Level>())
        {
            if (l.LevelIndex?.Value is int index && index is >= 0 and < Levels)
            {
                levels[index] = l;
            }
        }

        var starts = new int[Levels];
        bool restartsHere = false;
        for (int i = 0; i < Levels; i++)
        {
            starts[i] = levels[i]?.StartNumberingValue?.Val?.Value ?? 1;
        }

        foreach (LevelOverride levelOverride in instance.Elements<LevelOverride>())
        {
            if (levelOverride.LevelIndex?.Value is int index && index is >= 0 and < Levels && levelOverride.StartOverrideNumberingValue?.Val?.Value is int start)
            {
                starts[index] = start;
                restartsHere = true;
            }
        }

        // Lists that share a definition run on as one list, unless an instance restarts its count.
        string key = restartsHere ? "num:" + numId : "abstract:" + abstractId;
        if (!_counters.TryGetValue(key, out int[]? counters))
        {
            counters = new int[Levels];
            for (int i = 0; i < Levels; i++)
            {
                counters[i] = starts[i] - 1;
            }

            _counters[key] = counters;
        }

        counters[level]++;
        for (int deeper = level + 1; deeper < Levels; deeper++)
        {
            counters[deeper] = starts[deeper] - 1;
        }

        Level? shown = levels[level];
        if (shown is null || IsBullet(shown.NumberingFormat?.Val))
        {
            return null;
        }

        string template = shown.LevelText?.Val?.Value ?? "%" + (level + 1).ToString(CultureInfo.InvariantCulture) + ".";
        var label = new StringBuilder(template.Length + 4);
        for (int i = 0; i < template.Length; i++)
        {
            if (template[i] == '%' && i + 1 < template.Length && template[i + 1] is >= '1' and <= '9')
            {
                int of = template[i + 1] - '1';
                label.Append(Format(Math.Max(counters[of], 0), levels[of]?.NumberingFormat?.Val));
                i++;
            }
            else
            {
                label.Append(template[i]);
            }
        }

        return label.ToString();
    }

    /// <summary>A paragraph whose style the definition links to a level takes that level.</summary>
    private static int LevelOfStyle(AbstractNum definition, string? paragraphStyle)
    {
        foreach (Level level in definition.Elements<Level>())
        {
            if (paragraphStyle is not null && level.ParagraphStyleIdInLevel?.Val?.Value == paragraphStyle && level.LevelIndex?.Value is int index)
            {
                return index;
            }
        }

        return 0;
    }

    private static bool IsBullet(DocumentFormat.OpenXml.EnumValue<NumberFormatValues>? format) =>
        format?.Value is { } value && (value == NumberFormatValues.Bullet || value == NumberFormatValues.None);

    private static string Format(int number, DocumentFormat.OpenXml.EnumValue<NumberFormatValues>? format)
    {
        NumberFormatValues value = format?.Value ?? NumberFormatValues.Decimal;
        if (value == NumberFormatValues.LowerLetter || value == NumberFormatValues.UpperLetter)
        {
            string letters = Letters(number);
            return value == NumberFormatValues.UpperLetter ? letters.ToUpperInvariant() : letters;
        }

        if ((value == NumberFormatValues.LowerRoman || value == NumberFormatValues.UpperRoman) && number is >= 1 and <= RomanNumerals.Max)
        {
            string roman = RomanNumerals.Format(number);
            return value == NumberFormatValues.LowerRoman ? roman.ToLowerInvariant() : roman;
        }

        return value == NumberFormatValues.DecimalZero && number < 10
            ? "0" + number.ToString(CultureInfo.InvariantCulture)
            : number.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>Word's letters: a … z, then aa … zz, bbb …: the letter repeated once more each time round.</summary>
    private static string Letters(int number)
    {
        if (number <= 0)
        {
            return "0";
        }

        char letter = (char)('a' + ((number - 1) % 26));
        return new string(letter, ((number - 1) / 26) + 1);
    }
}
