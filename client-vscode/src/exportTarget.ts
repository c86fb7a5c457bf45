// Where an export is offered to go. No 'vscode' import: the names are worked out on plain paths.

/** The forms the server's resolint.export writes that the extension offers. */
export type ExportForm = 'docx' | 'akn';

/** The extension each form is written with. */
export const ExportExtensions: Record<ExportForm, string> = { docx: '.docx', akn: '.xml' };

/** The extensions a draft's name ends with, longest first: `.res.md` is stripped whole, not left as `.res`. */
const DraftExtensions = ['.res.md', '.res.txt', '.resolution', '.md', '.txt', '.docx', '.xml'];

/**
 * The file an export of a draft is offered as: beside the draft, with its name and the form's extension
 * (`L.12.res.md` → `L.12.docx`). A Word draft exported to Word, or an AKN file to AKN, would be written over
 * itself; its export is offered as `name (export).docx` instead.
 */
export function defaultExportPath(draftPath: string, form: ExportForm): string {
  const cut = Math.max(draftPath.lastIndexOf('/'), draftPath.lastIndexOf('\\')) + 1;
  const folder = draftPath.slice(0, cut);
  const name = draftPath.slice(cut);
  const extension = DraftExtensions.find((e) => name.toLowerCase().endsWith(e) && name.length > e.length);
  const stem = extension ? name.slice(0, name.length - extension.length) : name;
  const target = folder + stem + ExportExtensions[form];
  return target.toLowerCase() === draftPath.toLowerCase() ? `${folder}${stem} (export)${ExportExtensions[form]}` : target;
}
