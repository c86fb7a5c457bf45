using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Resolint.Core.Documents;

/// <summary>
/// What a Word document's styles say about italics and numbering: a run is italic by its own formatting, else by its
/// character style, else by its paragraph's style, else by the document's defaults; each style by itself or the style
/// it is based on. The UN's templates italicise whole paragraph styles (the adoption line, the origin line), so the
/// runs alone do not tell.
/// </summary>
internal sealed class WordStyles
{
    /// <summary>How deep a chain of "based on" styles is followed: Word's own templates go four or five deep; a loop ends here.</summary>
    private const int MaxStyleDepth = 16;

    private readonly Dictionary<string, Style> _styles = new(StringComparer.Ordinal);
    private readonly bool _defaultItalic;
    private readonly string? _defaultParagraphStyle;

    public WordStyles(Styles? styles)
    {
        if (styles is null)
        {
            return;
        }

        foreach (Style style in styles.Elements<Style>())
        {
            if (style.StyleId?.Value is { } id)
            {
                _styles.TryAdd(id, style);
                if (style.Default?.Value == true && style.Type?.Value == StyleValues.Paragraph)
                {
                    _defaultParagraphStyle = id;
                }
            }
        }

        _defaultItalic = styles.DocDefaults?.RunPropertiesDefault?.RunPropertiesBaseStyle?.Italic is { } italic && IsOn(italic);
    }

    /// <summary>True where an on/off property is on: present without a value, or with a true one.</summary>
    public static bool IsOn(OnOffType property) => property.Val is null || !property.Val.HasValue || property.Val.Value;

    /// <summary>The paragraph's style, or the document's default paragraph style.</summary>
    public string? ParagraphStyle(Paragraph paragraph) => paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? _defaultParagraphStyle;

    public bool IsItalic(RunProperties? run, string? paragraphStyle)
    {
        if (run?.Italic is { } italic)
        {
            return IsOn(italic);
        }

        return ItalicOf(run?.RunStyle?.Val?.Value) ?? ItalicOf(paragraphStyle) ?? _defaultItalic;
    }

    /// <summary>The numbering a paragraph style gives its paragraphs (the UN's numbered-paragraph styles), if any.</summary>
    public NumberingProperties? Numbering(string? styleId)
    {
        Style? style = Find(styleId);
        for (int depth = 0; style is not null && depth < MaxStyleDepth; depth++)
        {
            if (style.StyleParagraphProperties?.NumberingProperties is { } numbering)
            {
                return numbering;
            }

            style = Find(style.BasedOn?.Val?.Value);
        }

        return null;
    }

    private bool? ItalicOf(string? styleId)
    {
        Style? style = Find(styleId);
        for (int depth = 0; style is not null && depth < MaxStyleDepth; depth++)
        {
            if (style.StyleRunProperties?.Italic is { } italic)
            {
                return IsOn(italic);
            }

            style = Find(style.BasedOn?.Val?.Value);
        }

        return null;
    }

    private Style? Find(string? id) => id is not null && _styles.TryGetValue(id, out Style? style) ? style : null;
}
