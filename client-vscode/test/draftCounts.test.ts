import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countDraft, describeCounts } from '../src/draftCounts';

describe('countDraft', () => {
  it('counts the children of the Preamble, Operative part and Footnotes containers, not sub-paragraphs', () => {
    const counts = countDraft([
      { name: 'A/RES/72/247', children: [] },
      { name: 'Preamble', children: [{ name: 'Recalling' }, { name: 'Recalling also' }] },
      {
        name: 'Operative part',
        children: [{ name: '1. Stresses' }, { name: '2. Calls upon', children: [{ name: '(a)' }, { name: '(b)' }] }, { name: '3. Decides' }],
      },
      { name: 'Footnotes', children: [{ name: '1' }] },
    ]);
    assert.deepEqual(counts, { preambular: 2, operative: 3, footnotes: 1 });
  });

  it('reads container names only: details are paragraph excerpts that may say anything', () => {
    const counts = countDraft([
      { name: 'Preamble', detail: '2 paragraphs', children: [{ name: 'Recalling', detail: 'its operative paragraph 3 and footnotes' }, { name: 'Noting' }] },
      { name: 'Footnotes', detail: '1 footnotes', children: [{ name: 'Footnote 1', detail: 'See the preamble of resolution 66/164.' }] },
    ] as Array<{ name: string; detail?: string; children?: Array<{ name: string; detail?: string }> }>);
    assert.deepEqual(counts, { preambular: 2, operative: 0, footnotes: 1 });
  });

  it('counts nothing in symbols that name no part', () => {
    assert.deepEqual(countDraft([{ name: 'Heading', children: [{ name: 'Title' }] }]), { preambular: 0, operative: 0, footnotes: 0 });
  });
});

describe('describeCounts', () => {
  it('reads as a sentence fragment with singular and plural', () => {
    assert.equal(describeCounts({ preambular: 18, operative: 20, footnotes: 1 }, 1), '18 preambular · 20 operative · 1 footnote · 1 problem');
    assert.equal(describeCounts({ preambular: 0, operative: 3, footnotes: 12 }, 0), '0 preambular · 3 operative · 12 footnotes · 0 problems');
  });
});
