import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { defaultExportPath } from '../src/exportTarget';

describe('defaultExportPath', () => {
  it('puts the export beside the draft, named as the draft without its extensions', () => {
    assert.equal(defaultExportPath('/drafts/L.12.res.md', 'docx'), '/drafts/L.12.docx');
    assert.equal(defaultExportPath('/drafts/L.12.res.txt', 'akn'), '/drafts/L.12.xml');
    assert.equal(defaultExportPath('/drafts/council.resolution', 'akn'), '/drafts/council.xml');
    assert.equal(defaultExportPath('/drafts/notes.md', 'docx'), '/drafts/notes.docx');
    assert.equal(defaultExportPath('C:\\drafts\\L.12.md', 'docx'), 'C:\\drafts\\L.12.docx');
    assert.equal(defaultExportPath('/drafts/draft', 'docx'), '/drafts/draft.docx');
  });

  it('converts between Word and Akoma Ntoso by name', () => {
    assert.equal(defaultExportPath('/drafts/L.12.docx', 'akn'), '/drafts/L.12.xml');
    assert.equal(defaultExportPath('/drafts/A-RES-70-1.xml', 'docx'), '/drafts/A-RES-70-1.docx');
  });

  it('never offers to write a document over itself', () => {
    assert.equal(defaultExportPath('/drafts/L.12.docx', 'docx'), '/drafts/L.12 (export).docx');
    assert.equal(defaultExportPath('/drafts/L.12.XML', 'akn'), '/drafts/L.12 (export).xml');
  });

  it('keeps a name that is nothing but an extension', () => {
    assert.equal(defaultExportPath('/drafts/.md', 'docx'), '/drafts/.md.docx');
  });
});
