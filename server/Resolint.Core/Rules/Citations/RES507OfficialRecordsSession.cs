using Resolint.Core.Citations;
using Resolint.Core.Text;

namespace Resolint.Core.Rules.Citations;

/// <summary>
/// An Official Records reference names its session twice: in words ("Sixty-seventh Session") and in the
/// symbol of the document (A/67/53); the Economic and Social Council's name the year ("2005", E/2005/23).
/// The two agree. They disagree when a footnote is copied from an earlier resolution and only one is updated.
/// </summary>
public sealed class RES507OfficialRecordsSession : Rule
{
    public static readonly RuleDescriptor Rule = new(
        "RES507",
        "The Official Records session agrees with the document symbol",
        Severity.Error,
        RuleCategory.Citations,
        "The session in words of an Official Records reference (Sixty-seventh Session) matches its document symbol (A/67/53); the Economic and Social Council's year matches E/2005/….");

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(RuleContext context)
    {
        foreach (OfficialRecordsReference reference in context.Draft.CitationsOf<OfficialRecordsReference>())
        {
            if (reference.Symbol is not { Session: int symbolSession } symbol)
            {
                continue;
            }

            // Only the plenary series carry the Records' session or year: A/67/53 and E/2005/23, not A/HRC/23/27.
            if (symbol.Series == "A" && reference.Session is int session && session != symbolSession)
            {
                TextSpan span = reference.SessionOrdinalSpan ?? reference.Span;
                context.Report(span, $"\"{reference.SessionOrdinal} Session\" does not match {symbol.Symbol}, a document of {SessionName(symbolSession)}.");
            }
            else if (symbol.Series == "E" && reference.Year is int year && year != symbolSession)
            {
                context.Report(reference.Span, $"The Official Records of {year} do not match {symbol.Symbol}, a document of {symbolSession}.");
            }
        }
    }

    /// <summary>"the sixty-seventh session"; a number no session will reach (a slip in the symbol) stays in figures.</summary>
    private static string SessionName(int session) =>
        session is >= 1 and <= Ordinals.MaxWords ? $"the {Ordinals.ToWords(session)} session" : $"session {session}";
}
