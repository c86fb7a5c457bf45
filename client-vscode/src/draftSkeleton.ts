// The text of a new draft resolution, in the Markdown form of the adopted texts (operative verbs in italics,
// preambular openers not, as the seeds show). No 'vscode' import: the text is unit-tested.

export type Organ = 'general-assembly' | 'human-rights-council';

/** A piece of the skeleton: fixed text, or a field the drafter fills in (a snippet tab stop). */
type Piece = string | { field: string };

interface OrganForm {
  label: string;
  detail: string;
  lines: Piece[][];
}

const field = (text: string): Piece => ({ field: text });

const Forms: Record<Organ, OrganForm> = {
  'general-assembly': {
    label: 'General Assembly',
    detail: 'A Main Committee draft (A/C.3/…/L.…): heading, preamble, operative part',
    lines: [
      ['A/C.3/', field('80'), '/L.', field('1')],
      [field('Eightieth'), ' session'],
      ['Agenda item ', field('71')],
      [field('Title of the draft resolution')],
      ['The General Assembly,'],
      ['Recalling ', field('its resolution 66/164 of 19 December 2011'), ','],
      ['Reaffirming ', field('the purposes and principles of the Charter of the United Nations'), ','],
      ['1. *', field('Calls upon'), '* ', field('all States to …'), ';'],
      ['2. *', field('Requests'), '* ', field('the Secretary-General to submit to the General Assembly at its eighty-first session a report on the implementation of the present resolution'), ';'],
      ['3. *', field('Decides'), '* ', field('to continue its consideration of the question at its eighty-first session under the item entitled “…”'), '.'],
    ],
  },
  'human-rights-council': {
    label: 'Human Rights Council',
    detail: 'A Council draft (A/HRC/…/L.…): heading, preamble, operative part',
    lines: [
      ['A/HRC/', field('61'), '/L.', field('1')],
      ['Human Rights Council'],
      [field('Sixty-first'), ' session'],
      ['Agenda item ', field('3')],
      [field('Title of the draft resolution')],
      ['The Human Rights Council,'],
      ['Guided by the purposes and principles of the Charter of the United Nations,'],
      ['Recalling ', field('its resolution 36/29 of 29 September 2017'), ','],
      ['1. *', field('Welcomes'), '* ', field('…'), ';'],
      ['2. *', field('Requests'), '* ', field('the Office of the United Nations High Commissioner for Human Rights to …'), ';'],
      ['3. *', field('Decides'), '* ', field('to remain seized of the matter'), '.'],
    ],
  },
};

export interface OrganChoice {
  organ: Organ;
  label: string;
  detail: string;
}

/** The organs a new draft can be written for, in the order the quick pick shows them. */
export function organChoices(): OrganChoice[] {
  return (Object.keys(Forms) as Organ[]).map((organ) => ({ organ, label: Forms[organ].label, detail: Forms[organ].detail }));
}

/** The skeleton as a VS Code snippet: each field is a tab stop with its example as the default. */
export function skeletonSnippet(organ: Organ): string {
  let stop = 0;
  return render(organ, (piece) => `\${${++stop}:${escapeSnippet(piece.field)}}`, escapeSnippet) + '$0';
}

/** The skeleton as plain text, with each field's example in place. */
export function skeletonText(organ: Organ): string {
  return render(organ, (piece) => piece.field, (text) => text);
}

/** Blank lines between the blocks, as in the adopted Markdown texts. */
function render(organ: Organ, fieldText: (piece: { field: string }) => string, fixedText: (text: string) => string): string {
  return Forms[organ].lines
    .map((line) => line.map((piece) => (typeof piece === 'string' ? fixedText(piece) : fieldText(piece))).join(''))
    .join('\n\n') + '\n';
}

/** In snippet syntax `$`, `}` and `\` are special. */
function escapeSnippet(text: string): string {
  return text.replace(/[$}\\]/g, (c) => '\\' + c);
}
