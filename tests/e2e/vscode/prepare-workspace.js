// Builds the scenario's workspace from the seeds: a draft with two slips, two more drafts for "Check All Drafts"
// (one of them a plain Markdown file attached by a glob), and workspace settings that point the server at the
// seed corpus. Prints what the driver needs as JSON.
// usage: node prepare-workspace.js REPO_ROOT WORKSPACE_DIR [SERVER_PATH]
const fs = require('fs');
const path = require('path');

const [repo, workspace, serverPath] = process.argv.slice(2);
if (!repo || !workspace) {
  console.error('usage: node prepare-workspace.js REPO_ROOT WORKSPACE_DIR [SERVER_PATH]');
  process.exit(2);
}

/** Replaces exactly one occurrence, so a seed that changed shape fails here rather than in the browser. */
function slip(text, from, to, what) {
  const at = text.indexOf(from);
  if (at < 0 || text.indexOf(from, at + 1) >= 0) {
    throw new Error(`cannot inject the slip (${what}): "${from.trim().slice(0, 40)}" is not in the seed exactly once`);
  }
  return text.slice(0, at) + to + text.slice(at + from.length);
}

/** CRC-32 of a buffer, as a zip entry records it. */
function crc32(bytes) {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit++) {
      crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
    }
  }
  return (crc ^ 0xffffffff) >>> 0;
}

/** A zip package of stored (uncompressed) entries: all a .docx needs, with no zip library. */
function zip(entries) {
  const locals = [];
  const central = [];
  let offset = 0;
  for (const [name, text] of Object.entries(entries)) {
    const data = Buffer.from(text, 'utf8');
    const file = Buffer.from(name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x21, 12); // 1 January 1980
    local.writeUInt32LE(crc32(data), 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(file.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(0x21, 14);
    entry.writeUInt32LE(crc32(data), 16);
    entry.writeUInt32LE(data.length, 20);
    entry.writeUInt32LE(data.length, 24);
    entry.writeUInt16LE(file.length, 28);
    entry.writeUInt32LE(offset, 42);
    locals.push(local, file, data);
    central.push(entry, file);
    offset += local.length + file.length + data.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(entries).length, 8);
  end.writeUInt16LE(Object.keys(entries).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** A Word draft of paragraphs, each [text, italic] runs; the smallest package Word and resolint open. */
function wordDraft(paragraphs) {
  const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const run = ([text, italic]) => `<w:r>${italic ? '<w:rPr><w:i/></w:rPr>' : ''}<w:t xml:space="preserve">${escape(text)}</w:t></w:r>`;
  const body = paragraphs.map((runs) => `<w:p>${runs.map(run).join('')}</w:p>`).join('');
  const main = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml';
  return zip({
    '[Content_Types].xml': '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
      + '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
      + `<Override PartName="/word/document.xml" ContentType="${main}"/></Types>`,
    '_rels/.rels': '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
      + '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    'word/document.xml': '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
      + `<w:body>${body}</w:body></w:document>`,
  });
}

const lineOf = (text, prefix) => text.split('\n').findIndex((line) => line.startsWith(prefix)) + 1;

fs.mkdirSync(path.join(workspace, '.vscode'), { recursive: true });

// A/RES/72/247 (plain text): paragraph 3 numbered 4, and paragraph 5 without its closing semicolon.
let draft = fs.readFileSync(path.join(repo, 'seeds', 'A-RES-72-247.txt'), 'utf8');
draft = slip(draft, '\t3.\tWelcomes the work', '\t4.\tWelcomes the work', 'paragraph 3 numbered 4');
draft = slip(draft, 'and other civil society actors;\n', 'and other civil society actors\n', 'paragraph 5 loses its semicolon');
fs.writeFileSync(path.join(workspace, 'draft.res.txt'), draft);

// A/HRC/RES/36/29 (Markdown): paragraph 4 numbered 5, found only by "Check All Drafts" (never opened in an editor).
let council = fs.readFileSync(path.join(repo, 'seeds', 'A-HRC-RES-36-29.txt'), 'utf8');
council = slip(council, '\n4. *Requests*', '\n5. *Requests*', 'Council paragraph 4 numbered 5');
fs.writeFileSync(path.join(workspace, 'council.res.md'), council);

// A/RES/74/156 (Markdown) as drafts/L.12.md: a plain .md file, a draft only because resolint.attachTo names it.
// Its paragraph 2 is numbered 3. notes.md beside it matches no glob and must stay unchecked.
fs.mkdirSync(path.join(workspace, 'drafts'), { recursive: true });
let attached = fs.readFileSync(path.join(repo, 'seeds', 'A-RES-74-156.txt'), 'utf8');
attached = slip(attached, '\n2. *Reaffirms* the importance', '\n3. *Reaffirms* the importance', 'attached draft paragraph 2 numbered 3');
fs.writeFileSync(path.join(workspace, 'drafts', 'L.12.md'), attached);
fs.writeFileSync(path.join(workspace, 'drafts', 'notes.md'), '# Notes\n\n1. Call the Bureau.\n3. Circulate the draft.\n');

// A Word draft, L.14.docx, whose first operative paragraph is numbered 2: its view must show RES101.
fs.writeFileSync(path.join(workspace, 'L.14.docx'), wordDraft([
  [['The General Assembly', true], [',', false]],
  [['Recalling', true], [' its resolution 70/1 of 25 September 2015,', false]],
  [['2.\t', false], ['Requests', true], [' the Secretary-General to report to it at its next session.', false]],
]));

const settings = {
  'resolint.attachTo': ['drafts/L.*.md'],
  'resolint.corpus': [path.join(repo, 'seeds')],
  'resolint.trace.server': 'messages',
};
if (serverPath) {
  settings['resolint.server.path'] = serverPath;
}
fs.writeFileSync(path.join(workspace, '.vscode', 'settings.json'), JSON.stringify(settings, null, 2) + '\n');

console.log(JSON.stringify({
  draft: 'draft.res.txt',
  council: 'council.res.md',
  attached: 'L.12.md',
  unattached: 'notes.md',
  word: 'L.14.docx',
  // Where "Export Draft to Akoma Ntoso" offers to write the draft's export: beside it, named after it.
  exported: 'draft.xml',
  // 1-based editor lines the driver goes to.
  slipNumberLine: lineOf(draft, '\t4.\tWelcomes the work'),
  slipSemicolonLine: lineOf(draft, '\t5.\tEncourages partnerships'),
  lastParagraphLine: lineOf(draft, '\t20.\tDecides to remain seized'),
  operativeCount: 20,
}));
