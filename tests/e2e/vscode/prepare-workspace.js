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
  // 1-based editor lines the driver goes to.
  slipNumberLine: lineOf(draft, '\t4.\tWelcomes the work'),
  slipSemicolonLine: lineOf(draft, '\t5.\tEncourages partnerships'),
  lastParagraphLine: lineOf(draft, '\t20.\tDecides to remain seized'),
  operativeCount: 20,
}));
