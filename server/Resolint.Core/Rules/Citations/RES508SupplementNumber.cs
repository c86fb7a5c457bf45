using System.Text.RegularExpressions;
using Resolint.Core.Citations;
using Resolint.Core.Text;

namespace Resolint.Core.Rules.Citations;

/// <summary>
/// An Official Records reference names its supplement as "Supplement No. 53" (Editorial Manual; the corpus
/// writes it so in every reference but two slips). "Ibid." repeats only what stands before the session, so
/// an "Ibid." that changes the session names the supplement again. The General Assembly numbers its
/// supplements by their symbol, A/71/53 being Supplement No. 53, which makes the missing words certain.
/// </summary>
public sealed partial class RES508SupplementNumber : Rule
{
    public static readonly RuleDescriptor Rule = new(
        "RES508",
        "Official Records references give \"Supplement No.\"",
        Severity.Warning,
        RuleCategory.Citations,
        "An Official Records reference names its supplement as \"Supplement No. 53\", even after \"Ibid.\".");

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(RuleContext context)
    {
        foreach (OfficialRecordsReference reference in context.Draft.CitationsOf<OfficialRecordsReference>())
        {
            if (reference.SupplementWithoutNo && reference.SupplementSpan is { } supplement && reference.Supplement is { } number)
            {
                string written = context.Text.Slice(supplement);
                string right = $"Supplement No. {number}";
                Fix? fix = SupplementWithoutNo().IsMatch(written) && written.EndsWith(number, StringComparison.Ordinal)
                    ? RuleContext.Replace($"Write \"{right}\"", supplement, right)
                    : null;
                context.Report(supplement, $"Write \"{right}\": the supplement's number follows \"No.\".", fix);
            }
            else if (reference.Supplement is null && !reference.SupplementWithoutNo && reference.Symbol is { } symbol)
            {
                string? derived = AssemblySupplement(symbol);
                context.Report(
                    reference.Span,
                    derived is not null
                        ? $"The reference names no supplement: {symbol.Symbol} is \"Supplement No. {derived}\"."
                        : "The reference names no supplement: add \"Supplement No.\" and its number after the session.",
                    derived is not null ? Insertion(context.Text, symbol, derived) : null);
            }
        }
    }

    /// <summary>"53" for A/71/53: the General Assembly's supplement that the symbol numbers.</summary>
    private static string? AssemblySupplement(DocumentSymbolCitation symbol)
    {
        Match m = AssemblySupplementSymbol().Match(symbol.Symbol);
        return m.Success ? m.Groups["number"].Value : null;
    }

    /// <summary>", Supplement No. 53" just before " (A/71/53)", where the source has exactly that.</summary>
    private static Fix? Insertion(SourceText text, DocumentSymbolCitation symbol, string number)
    {
        int open = symbol.Span.Start - 1;
        if (open < 1 || text.Text[open] != '(' || text.Text[open - 1] != ' ')
        {
            return null;
        }

        return RuleContext.Replace($"Add \"Supplement No. {number}\"", new TextSpan(open - 1, 0), $", Supplement No. {number}");
    }

    [GeneratedRegex(@"^Supplement\s+\S+$")]
    private static partial Regex SupplementWithoutNo();

    [GeneratedRegex(@"^A/\d{1,3}/(?<number>\d{1,3})$")]
    private static partial Regex AssemblySupplementSymbol();
}
