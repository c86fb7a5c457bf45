// The TextMate grammar, tokenized the way VS Code does it (vscode-textmate with the Oniguruma engine),
// on lines taken from the seed resolutions.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { before, describe, it } from 'node:test';
import * as oniguruma from 'vscode-oniguruma';
import { INITIAL, IGrammar, parseRawGrammar, Registry } from 'vscode-textmate';

const extension = path.join(__dirname, '..', '..');
let grammar: IGrammar;

before(async () => {
  const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns) => new oniguruma.OnigScanner(patterns),
      createOnigString: (text) => new oniguruma.OnigString(text),
    }),
    loadGrammar: async () => {
      const file = path.join(extension, 'syntaxes', 'un-resolution.tmLanguage.json');
      return parseRawGrammar(fs.readFileSync(file, 'utf8'), file);
    },
  });
  const loaded = await registry.loadGrammar('text.un-resolution');
  assert.ok(loaded, 'the grammar loads');
  grammar = loaded;
});

/** The scopes every character of `part` (its first occurrence in `line`) carries. */
function scopesOf(line: string, part: string): string[] {
  const start = line.indexOf(part);
  assert.ok(start >= 0, `"${part}" is in the line`);
  const { tokens } = grammar.tokenizeLine(line, INITIAL);
  let common: string[] | undefined;
  for (let i = start; i < start + part.length; i++) {
    const token = tokens.find((t) => t.startIndex <= i && i < t.endIndex)!;
    common = common ? common.filter((s) => token.scopes.includes(s)) : [...token.scopes];
  }
  return common ?? [];
}

function assertScope(line: string, part: string, scope: string): void {
  const scopes = scopesOf(line, part);
  assert.ok(scopes.some((s) => s.startsWith(scope)), `"${part}" has ${scope}; it has ${scopes.join(' ')}`);
}

function assertNoScope(line: string, part: string, scope: string): void {
  const scopes = scopesOf(line, part);
  assert.ok(!scopes.some((s) => s.startsWith(scope)), `"${part}" has no ${scope}; it has ${scopes.join(' ')}`);
}

describe('un-resolution grammar', () => {
  it('marks the organ line', () => {
    assertScope('\tThe General Assembly,', 'The General Assembly', 'markup.heading.organ');
    assertScope('The Human Rights Council,', 'The Human Rights Council', 'markup.heading.organ');
    assertNoScope('Reports of the General Assembly, and so on', 'General Assembly', 'markup.heading.organ');
  });

  it('marks preambular openers: participles, adjective phrases, with also/further', () => {
    assertScope('\tRecalling also all previous resolutions on this subject,', 'Recalling also', 'keyword.other.preambular-opener');
    assertScope('Gravely concerned also by the continuing high level of violations,', 'Gravely concerned also', 'keyword.other.preambular-opener');
    assertScope('Bearing in mind the Charter,', 'Bearing in mind', 'keyword.other.preambular-opener');
    assertScope('Having examined the report,', 'Having examined', 'keyword.other.preambular-opener');
    assertScope('Mindful of the need,', 'Mindful', 'keyword.other.preambular-opener');
    assertScope('Noting with deep concern that in many countries', 'Noting with deep concern', 'keyword.other.preambular-opener');
    assertNoScope('particular in their advisory capacity', 'particular', 'keyword.other.preambular-opener');
  });

  it('marks operative numbers and verbs, in plain text and Markdown', () => {
    const plain = '\t7.\tStrongly condemns the violence against human rights defenders;';
    assertScope(plain, '7', 'constant.numeric.paragraph-number');
    assertScope(plain, 'Strongly condemns', 'keyword.control.operative-verb');
    assertScope('\t2.\tCalls upon all States to take all measures necessary;', 'Calls upon', 'keyword.control.operative-verb');
    const markdown = '1. *Welcomes* the report of the Secretary-General;';
    assertScope(markdown, '1', 'constant.numeric.paragraph-number');
    assertScope(markdown, 'Welcomes', 'keyword.control.operative-verb');
    assertScope('7. *Also recognizes* the importance of strengthening capacities;', 'Also recognizes', 'keyword.control.operative-verb');
  });

  it('marks sub-paragraph labels', () => {
    assertScope('(a) Strengthening national capacities;', '(a)', 'constant.character.sub-paragraph-label');
    assertScope('\t(iii)\tThe right to development;', '(iii)', 'constant.character.sub-paragraph-label');
  });

  it('marks citations: the number, its date, and the later numbers of a list', () => {
    const line =
      '\tRecalling also all its other previous resolutions on this subject, including its resolutions 66/164 of 19 December 2011, 68/181 of 18 December 2013 and 70/161 of 17 December 2015,';
    assertScope('including its resolutions 66/164 of 19 December 2011', 'resolutions', 'support.type.citation');
    assertScope(line, '66/164', 'constant.numeric.resolution-number');
    assertScope(line, '19 December 2011', 'constant.other.date');
    assertScope(line, '68/181', 'constant.numeric.resolution-number');
    assertScope(line, '70/161', 'constant.numeric.resolution-number');
    assertScope('See resolution 2200 A (XXI), annex.', '2200 A (XXI)', 'constant.numeric.resolution-number');
    assertScope('including most recently Council resolution [39/17](#) of 28 September 2018¹ and', '39/17', 'constant.numeric.resolution-number');
    assertNoScope('services available 24/7 to all', '24/7', 'constant.numeric.resolution-number');
  });

  it('marks document symbols and leaves look-alikes alone', () => {
    for (const symbol of ['A/HRC/23/27', 'A/68/208', 'A/C.3/78/L.60/Rev.1', 'S/PRST/1994/16', 'E/2005/23 and Corr.1 and 2', 'A/CONF.157/24 (Part I)']) {
      assertScope(`as contained in ${symbol}, chap. III`, symbol, 'string.unquoted.document-symbol');
    }
    assertNoScope('the response to HIV/AIDS', 'HIV/AIDS', 'string.unquoted.document-symbol');
  });

  it('marks footnote markers and footnote texts', () => {
    assertScope('(the Paris Principles),³ welcoming the twenty-fifth anniversary', '³', 'constant.other.footnote-marker');
    assertScope('as defined in the Declaration[^2] and', '[^2]', 'constant.other.footnote-marker');
    const markdownFootnote = '¹ See *Official Records of the General Assembly, Seventy-third Session, Supplement No. 53A (A/73/53/Add.1)*, chap. III.';
    assertScope(markdownFootnote, '¹', 'constant.other.footnote-marker');
    assertScope(markdownFootnote, 'chap. III', 'comment.line.footnote-text');
    assertScope(markdownFootnote, 'A/73/53/Add.1', 'string.unquoted.document-symbol');
    const plainFootnote = '1 See Official Records of the General Assembly, Sixty-fifth Session, Supplement No. 53 and corrigendum (A/65/53 and Corr.1), chap. II, sect. A.';
    assertScope(plainFootnote, '1', 'constant.other.footnote-marker');
    assertScope(plainFootnote, 'See Official Records', 'comment.line.footnote-text');
    const tabbedFootnote = '\t3 \tSee Official Records of the General Assembly, Sixty-eighth Session, Supplement No. 53 (A/68/53), chap. IV.';
    assertScope(tabbedFootnote, '3', 'constant.other.footnote-marker');
    assertScope(tabbedFootnote, 'Sixty-eighth Session', 'comment.line.footnote-text');
    assertNoScope('\t3.\tWelcomes the work of the Special Rapporteur;', '3', 'constant.other.footnote-marker');
    assertScope('[^1]: Resolution 53/144, annex.', '53/144', 'constant.numeric.resolution-number');
    assertScope('[^1]: Resolution 53/144, annex.', 'annex', 'comment.line.footnote-text');
  });

  it('does not take the adoption date for a footnote, and marks the meeting line', () => {
    assertNoScope('19 December 2011', '19', 'constant.other.footnote-marker');
    assertScope('89th plenary meeting', '89th plenary meeting', 'markup.italic.adoption');
    assertScope('*42nd meeting', '42nd meeting', 'markup.italic.adoption');
  });

  it('marks the number and title of an adopted resolution', () => {
    const line = '66/164.\tPromotion of the Declaration on the Right and Responsibility of Individuals';
    assertScope(line, '66/164', 'constant.numeric.resolution-number');
    assertScope(line, 'Promotion of the Declaration', 'markup.heading.title');
  });
});
