import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { organChoices, skeletonSnippet, skeletonText } from '../src/draftSkeleton';

/** Expands a snippet the way VS Code does when every field keeps its default. */
function expandSnippet(snippet: string): { text: string; stops: number[] } {
  const stops: number[] = [];
  let text = snippet.replace(/\$\{(\d+):((?:\\.|[^\\}])*)\}/g, (_, stop: string, value: string) => {
    stops.push(Number(stop));
    return value;
  });
  text = text.replace(/\$0$/, '').replace(/\\([$}\\])/g, '$1');
  return { text, stops };
}

const paragraphs = (text: string) => text.split('\n\n').map((p) => p.trim()).filter(Boolean);

describe('draft skeletons', () => {
  it('offers the General Assembly and the Human Rights Council', () => {
    assert.deepEqual(organChoices().map((c) => c.label), ['General Assembly', 'Human Rights Council']);
  });

  for (const { organ, label } of organChoices()) {
    it(`${label}: organ line, preambular paragraphs ending with commas, operative paragraphs numbered 1, 2, 3 ending ; ; .`, () => {
      const parts = paragraphs(skeletonText(organ));
      const organLine = parts.findIndex((p) => p === `The ${label},`);
      assert.ok(organLine > 0, 'the organ line follows the heading');
      const operative = parts.filter((p) => /^\d+\. \*/.test(p));
      assert.deepEqual(operative.map((p) => Number(p.split('.')[0])), [1, 2, 3]);
      assert.deepEqual(operative.map((p) => p.at(-1)), [';', ';', '.']);
      const preamble = parts.slice(organLine + 1, parts.indexOf(operative[0]));
      assert.ok(preamble.length >= 2);
      for (const paragraph of preamble) {
        assert.ok(paragraph.endsWith(','), paragraph);
      }
    });

    it(`${label}: the snippet's tab stops run 1, 2, 3 … and expand to the plain skeleton`, () => {
      const { text, stops } = expandSnippet(skeletonSnippet(organ));
      assert.deepEqual(stops, stops.map((_, i) => i + 1));
      assert.equal(text, skeletonText(organ));
    });
  }
});
