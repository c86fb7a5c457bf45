using Resolint.Core.Citations;
using Resolint.Core.Text;

namespace Resolint.Core.Rules.Citations;

/// <summary>
/// Document symbols follow the United Nations symbol grammar: the organ's capitals, then parts joined by
/// single slashes, each a number or a code ("A/68/208", "A/HRC/23/27", "E/2005/23", "A/CONF.157/24 (Part I)",
/// "A/53/500/Add.1"). A doubled slash, a missing part or a misspelt code sends the reader to no document.
/// Look-alikes ("HIV/AIDS", "24/7") are not symbols and are left alone.
/// </summary>
public sealed class RES506DocumentSymbolForm : Rule
{
    public static readonly RuleDescriptor Rule = new(
        "RES506",
        "Document symbols are well-formed",
        Severity.Error,
        RuleCategory.Citations,
        "A document symbol is the organ's capitals and parts joined by single slashes, each a number or a code: A/68/208, A/HRC/23/27, A/53/500/Add.1.");

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(RuleContext context)
    {
        // Each source walked on its own: chained, every symbol cost an interface call through the chain.
        foreach (DocumentSymbolCitation symbol in context.Draft.CitationsOf<DocumentSymbolCitation>())
        {
            Check(context, symbol);
        }

        foreach (OfficialRecordsReference reference in context.Draft.CitationsOf<OfficialRecordsReference>())
        {
            foreach (DocumentSymbolCitation symbol in reference.Symbols)
            {
                Check(context, symbol);
            }
        }

        foreach (DocumentSymbolCitation symbol in HeadingSymbols(context))
        {
            Check(context, symbol);
        }
    }

    private static void Check(RuleContext context, DocumentSymbolCitation symbol)
    {
        if (!DocumentSymbols.IsWellFormed(symbol.Symbol, out string reason))
        {
            // The symbol stands at the start of the citation, before any "(Part I)" or corrigenda.
            var exact = new TextSpan(symbol.Span.Start, symbol.Symbol.Length);
            bool asWritten = context.Text.Slice(exact) == symbol.Symbol;
            Fix? capitalised = asWritten ? Capitalised(symbol.Symbol, exact) : null;

            // Printed volumes set symbols in small capitals, which OCR reads as small letters ("s/3140").
            OcrMisreadings.Report(context, misreadable: capitalised is not null, asWritten ? exact : symbol.Span, $"\"{symbol.Symbol}\": {reason}", capitalised);
        }
    }

    /// <summary>
    /// The symbols of the heading, read as it stands: the report line ("[on the report of the Third Committee
    /// (A/72/439/Add.2)]"), the line of a proposal ("[on a proposal considered in plenary meeting (E/2025/L.12)]"),
    /// hard-wrapped or not, and the resolution's own symbol.
    /// </summary>
    private static IReadOnlyList<DocumentSymbolCitation> HeadingSymbols(RuleContext context)
    {
        Text.TextSpan heading = context.Draft.Heading.Span;
        string source = context.Text.Text;
        return heading.End > source.Length ? [] : DocumentSymbols.InSource(source, heading.Start, heading.Length);
    }

    /// <summary>"a/68/208" → "A/68/208": offered only when the organ's letters in capitals are all the symbol lacks.</summary>
    private static Fix? Capitalised(string symbol, TextSpan span)
    {
        int slash = symbol.IndexOf('/');
        if (slash <= 0)
        {
            return null;
        }

        string capitalised = symbol[..slash].ToUpperInvariant() + symbol[slash..];
        return capitalised != symbol && DocumentSymbols.IsWellFormed(capitalised, out _)
            ? RuleContext.Replace($"Write \"{capitalised}\"", span, capitalised)
            : null;
    }
}
