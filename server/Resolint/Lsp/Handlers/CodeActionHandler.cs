using Resolint.Core.Text;
using Resolint.Lsp.Features;
using Resolint.Lsp.Protocol;
using StreamJsonRpc;
using CoreDiagnostic = Resolint.Core.Rules.Diagnostic;

namespace Resolint.Lsp.Handlers;

/// <summary>
/// textDocument/codeAction: each finding's fix at the cursor, every fix of the document at once
/// (source.fixAll), and renumbering the operative paragraphs; none in the read-only view of a Word or Akoma Ntoso draft.
/// </summary>
internal sealed class CodeActionHandler(DocumentStore documents)
{
    public const string RenumberKind = "source.renumber";

    [JsonRpcMethod("textDocument/codeAction", UseSingleObjectParameterDeserialization = true)]
    public Task<CodeAction[]> CodeActionAsync(CodeActionParams request, CancellationToken cancellation) =>
        documents.ReadAsync(request.TextDocument, cancellation, snapshot =>
        {
            var actions = new List<CodeAction>();
            if (DocumentView.FileOf(snapshot.Uri) is not null)
            {
                // The view of a Word or Akoma Ntoso draft is read-only: its fixes are made in the document itself.
                return actions.ToArray();
            }

            IReadOnlyList<CoreDiagnostic> findings = snapshot.Check.Diagnostics;

            if (Wanted(request.Context.Only, CodeActionKind.QuickFix))
            {
                TextSpan selection = Conversions.ToSpan(snapshot.Text, request.Range);
                foreach (CoreDiagnostic finding in findings.Where(f => f.Fix is not null && (Touches(f.Span, selection) || Sent(request.Context, f, snapshot.Version))))
                {
                    actions.Add(new CodeAction(finding.Fix!.Title, CodeActionKind.QuickFix)
                    {
                        Diagnostics = [Conversions.ToDiagnostic(snapshot.Uri, snapshot.Version, snapshot.Text, finding)],
                        IsPreferred = true,
                        Edit = Conversions.ToWorkspaceEdit(snapshot.Uri, snapshot.Text, finding.Fix.Edits),
                    });
                }
            }

            if (Wanted(request.Context.Only, CodeActionKind.SourceFixAll) && Core.Rules.FixApplier.Collect(findings) is { Count: > 0 } all)
            {
                actions.Add(new CodeAction("Fix all in document", CodeActionKind.SourceFixAll)
                {
                    Edit = Conversions.ToWorkspaceEdit(snapshot.Uri, snapshot.Text, all),
                });
            }

            if (Wanted(request.Context.Only, RenumberKind) && Core.Rules.Numbering.RES101OperativeNumbering.Renumber(snapshot.Draft.Operative).Edits is { Count: > 0 } renumbering)
            {
                actions.Add(new CodeAction("Renumber operative paragraphs", RenumberKind)
                {
                    Edit = Conversions.ToWorkspaceEdit(snapshot.Uri, snapshot.Text, renumbering),
                });
            }

            return actions.ToArray();
        });

    /// <summary>LSP kinds are hierarchical: asking for "source" includes "source.fixAll".</summary>
    private static bool Wanted(IReadOnlyList<string>? only, string kind) =>
        only is null || only.Any(o => kind == o || kind.StartsWith(o + ".", StringComparison.Ordinal));

    private static bool Touches(TextSpan finding, TextSpan selection) =>
        finding.OverlapsWith(selection) || finding.Touches(selection.Start) || selection.Touches(finding.Start);

    /// <summary>A diagnostic the client sent back, recognised by the data it was published with.</summary>
    private static bool Sent(CodeActionContext context, CoreDiagnostic finding, int version) =>
        context.Diagnostics.Any(d => d.Data is { } data && data.Version == version && data.Rule == finding.Id
            && data.Start == finding.Span.Start && data.Length == finding.Span.Length);
}
