// Drives code-server (VS Code in the browser) through headless Chromium with playwright-core, and checks what
// a drafter sees: the draft's problems, a hover on a cited resolution, completion of an operative verb, a quick
// fix, "Renumber Operative Paragraphs", "Check All Drafts", rule documentation, a new draft, and what happens
// when the server cannot be found.
// usage: node driver.js URL WORKSPACE_DIR PLAN_JSON OUT_DIR
// Every step runs even when an earlier one failed (unless the workbench or the draft never opened), so one run
// shows everything that works and everything that does not. Prints one JSON report; exit 0 = every step passed.
const { chromium } = require('playwright-core');
const fs = require('fs');
const os = require('os');
const path = require('path');

const [url, workspace, planJson, outDir] = process.argv.slice(2);
const plan = JSON.parse(planJson);
const env = process.env;
const expect = {
  // RES101's message for the numbering slip (server/Resolint.Core/Rules/Numbering/RES101OperativeNumbering.cs).
  numbering: new RegExp(env.E2E_EXPECT_NUMBERING || 'Operative paragraph 3 is numbered 4; expected 3'),
  // The slip in paragraph 5: a paragraph that does not end with a semicolon.
  punctuation: new RegExp(env.E2E_EXPECT_PUNCTUATION || 'semicolon', 'i'),
  hoverWord: env.E2E_HOVER_WORD || '66/164',
  // The catalogue's title of resolution 66/164 (seeds/A-RES-66-164.txt).
  hover: new RegExp(env.E2E_EXPECT_HOVER || 'Promotion of the Declaration on the Right and Responsibility'),
  completionTyped: env.E2E_COMPLETION_TYPED || 'Fur',
  // "Requests" and "Also requests" stand above paragraph 20, so the next repeat is "Further requests".
  completion: env.E2E_EXPECT_COMPLETION || 'Further requests',
  quickFix: new RegExp(env.E2E_EXPECT_QUICK_FIX || 'semicolon', 'i'),
  // The draft's parts as the parser reads them (seeds/README.md: 18 preambular, 20 operative, 12 footnotes).
  counts: new RegExp(env.E2E_EXPECT_COUNTS || '18 preambular · 20 operative · 12 footnotes'),
  councilProblem: new RegExp(env.E2E_EXPECT_COUNCIL || 'Operative paragraph 4 is numbered 5; expected 4'),
  attachedProblem: new RegExp(env.E2E_EXPECT_ATTACHED || 'Operative paragraph 2 is numbered 3; expected 2'),
  // The Word draft L.14.docx (prepare-workspace.js) numbers its first operative paragraph 2.
  wordProblem: new RegExp(env.E2E_EXPECT_WORD || 'Operative paragraph 1 is numbered 2; expected 1'),
};

const report = { url, plan, steps: {}, failures: [] };
const started = Date.now();
const elapsed = () => Date.now() - started;
const squash = (text) => text.replace(/\s+/g, ' ').trim();
const draftPath = path.join(workspace, plan.draft);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function step(name, run, { fatal = false } = {}) {
  const start = Date.now();
  try {
    const details = await run();
    report.steps[name] = { ok: true, atMs: elapsed(), tookMs: Date.now() - start, ...(details || {}) };
  } catch (error) {
    report.steps[name] = { ok: false, atMs: elapsed(), tookMs: Date.now() - start, error: String(error.message || error).split('\n')[0] };
    report.failures.push(name);
    if (fatal) {
      throw error;
    }
  } finally {
    await page.screenshot({ path: path.join(outDir, `${String(Object.keys(report.steps).length).padStart(2, '0')}-${name}.png`) }).catch(() => {});
    await page.keyboard.press('Escape').catch(() => {});
  }
}

let page;

/** Gives the editor the keyboard (a click could land on a widget floating over the text). */
async function focusEditor() {
  await page.keyboard.press('Control+1');
  await page.waitForSelector('.editor-instance .monaco-editor.focused', { timeout: 10000 });
}

/** Ctrl+G: "line" or "line:column", 1-based. */
async function goTo(position) {
  await page.keyboard.press('Control+G');
  await page.waitForSelector('.quick-input-widget input', { state: 'visible', timeout: 10000 });
  await page.keyboard.type(`${position}`);
  await page.keyboard.press('Enter');
  await page.waitForSelector('.quick-input-widget', { state: 'hidden', timeout: 10000 });
  await page.waitForSelector('.editor-instance .monaco-editor.focused', { timeout: 10000 });
}

async function runCommand(title) {
  await page.keyboard.press('F1');
  await page.waitForSelector('.quick-input-widget input', { state: 'visible', timeout: 10000 });
  await page.keyboard.type(title);
  const row = page.locator('.quick-input-list .monaco-list-row', { hasText: title });
  await row.first().waitFor({ state: 'visible', timeout: 15000 });
  await page.keyboard.press('Enter');
}

/** Ctrl+S, then the draft as saved: once `until` holds of its text (up to 10 s: a first save may be slow), or after half a second. */
async function saveDraft(until) {
  await page.keyboard.press('Control+S');
  const deadline = Date.now() + (until ? 10000 : 500);
  let text;
  do {
    await sleep(until ? 250 : 500);
    text = fs.readFileSync(draftPath, 'utf8');
  } while (until && !until(text) && Date.now() < deadline);
  return text;
}

async function problemRows() {
  // Ctrl+Shift+M toggles the panel: press it only when the panel is not showing.
  if (!(await page.locator('.markers-panel').isVisible())) {
    await page.keyboard.press('Control+Shift+M');
    await page.waitForSelector('.markers-panel', { state: 'visible', timeout: 10000 });
  }
  return (await page.locator('.markers-panel .monaco-list-row').allInnerTexts()).map(squash);
}

/** Waits until some row of the Problems panel matches (or, with absent, no row does). */
async function waitForProblem(pattern, { absent = false, timeout = 30000 } = {}) {
  const deadline = Date.now() + timeout;
  let rows = [];
  while (Date.now() < deadline) {
    rows = await problemRows();
    if (rows.some((row) => pattern.test(row)) !== absent) {
      return rows;
    }
    await sleep(500);
  }
  throw new Error(`Problems panel ${absent ? 'still shows' : 'shows no'} ${pattern}; rows: ${JSON.stringify(rows.slice(0, 8))}`);
}

const operativeNumbers = (text) => [...text.matchAll(/^\t(\d+)\.\t/gm)].map((m) => Number(m[1]));

(async () => {
  fs.mkdirSync(outDir, { recursive: true });
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'resolint-chromium-'));
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath: env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1400, height: 900 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  page = browser.pages()[0] || (await browser.newPage());
  const consoleLines = [];
  page.on('console', (message) => consoleLines.push(`[${message.type()}] ${message.text()}`));

  try {
    await step('loadWorkbench', async () => {
      await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60000 });
      await page.waitForSelector('.monaco-workbench', { timeout: 60000 });
      await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 60000 });
    }, { fatal: true });

    await step('openDraft', async () => {
      await page.locator('.monaco-workbench').click({ position: { x: 700, y: 400 } }).catch(() => {});
      await page.keyboard.press('Control+P');
      await page.waitForSelector('.quick-input-widget input', { timeout: 20000 });
      await page.keyboard.type(plan.draft);
      await page.locator(`.quick-input-list .monaco-list-row[aria-label*="${plan.draft}"]`).first().waitFor({ timeout: 20000 });
      await page.keyboard.press('Enter');
      await page.waitForSelector('.editor-instance .monaco-editor .view-lines', { timeout: 20000 });
    }, { fatal: true });

    await step('languageAndHighlighting', async () => {
      const mode = page.locator('.statusbar-item[id="status.editor.mode"]');
      await mode.filter({ hasText: 'UN Resolution' }).waitFor({ timeout: 20000 });
      // The grammar colours the organ line; plain words keep the default colour (mtk1).
      // Editor lines render spaces as no-break spaces, which \s matches.
      const organLine = page.locator('.view-line', { hasText: /^\s*The\sGeneral\sAssembly,\s*$/ }).first();
      await organLine.waitFor({ timeout: 10000 });
      const tokens = await organLine.locator('span span').evaluateAll((spans) => spans.map((span) => [span.textContent, span.className]));
      const organClass = tokens.find(([text]) => /General\sAssembly/.test(text))?.[1];
      if (!organClass || /\bmtk1\b/.test(organClass)) {
        throw new Error(`the organ line is not highlighted: ${JSON.stringify(tokens)}`);
      }
      return { languageMode: squash(await mode.innerText()), organClass };
    });

    await step('statusBarCounts', async () => {
      const item = page.locator('.statusbar-item', { hasText: 'preambular' });
      await item.first().waitFor({ timeout: 60000 });
      const deadline = Date.now() + 30000;
      let text = '';
      while (Date.now() < deadline) {
        text = squash(await item.first().innerText());
        if (expect.counts.test(text) && /[1-9]\d* problems?/.test(text)) {
          return { text };
        }
        await sleep(500);
      }
      throw new Error(`status bar says "${text}", expected ${expect.counts} and some problems`);
    });

    await step('diagnosticInProblems', async () => {
      await page.waitForSelector('.monaco-editor .squiggly-error, .monaco-editor .squiggly-warning, .monaco-editor .squiggly-info', { timeout: 60000 });
      const rows = await waitForProblem(expect.numbering, { timeout: 60000 });
      return { rows: rows.slice(0, 10) };
    });

    await step('punctuationInProblems', async () => {
      const rows = await waitForProblem(expect.punctuation, { timeout: 15000 });
      return { rows: rows.filter((row) => expect.punctuation.test(row)) };
    });

    await step('hoverCitation', async () => {
      await focusEditor();
      const line = fs.readFileSync(draftPath, 'utf8').split('\n').findIndex((l) => l.includes(` ${expect.hoverWord} `)) + 1;
      const column = fs.readFileSync(draftPath, 'utf8').split('\n')[line - 1].indexOf(expect.hoverWord) + 1;
      await goTo(`${line}:${column}`); // reveals the citation, which sits far right on a long line
      await page.keyboard.press('Escape');
      // The innermost span holding the word; the font is monospaced, so the word's middle is found by its index.
      const span = page.locator('.view-line span span', { hasText: expect.hoverWord }).last();
      const box = await span.boundingBox();
      const spanText = await span.textContent();
      if (!box || !spanText) {
        throw new Error(`${expect.hoverWord} is not on screen`);
      }
      const charWidth = box.width / spanText.length;
      const x = box.x + (spanText.indexOf(expect.hoverWord) + expect.hoverWord.length / 2) * charWidth;
      await page.mouse.move(x - 3, box.y + box.height / 2);
      await page.mouse.move(x, box.y + box.height / 2);
      // Poll the hover widgets that are showing, so a wrong hover is reported with what it said.
      const deadline = Date.now() + 20000;
      let shown = [];
      while (Date.now() < deadline) {
        shown = [];
        for (const hover of await page.locator('.monaco-hover').all()) {
          if (await hover.isVisible()) {
            shown.push(squash(await hover.innerText()));
          }
        }
        const match = shown.find((text) => expect.hover.test(text));
        if (match) {
          return { text: match };
        }
        await sleep(250);
      }
      throw new Error(`no hover matching ${expect.hover}; showing ${JSON.stringify(shown)}`);
    });

    await step('completeOperativeVerb', async () => {
      await page.mouse.move(5, 5);
      await focusEditor();
      await goTo(plan.lastParagraphLine - 1);
      await page.keyboard.press('End');
      // Typed as text, so no widget that happens to be open can take the Enter key.
      await page.keyboard.insertText(`\n\t${plan.operativeCount}.\t`);
      await page.keyboard.type(expect.completionTyped, { delay: 50 });
      await page.keyboard.press('Control+Space');
      const item = page.locator('.suggest-widget .monaco-list-row', { hasText: expect.completion });
      await item.first().waitFor({ state: 'visible', timeout: 20000 }).catch(async () => {
        const labels = await page.locator('.suggest-widget .monaco-list-row .label-name').allInnerTexts().catch(() => []);
        throw new Error(`no completion "${expect.completion}"; offered ${JSON.stringify(labels)}`);
      });
      const labels = await page.locator('.suggest-widget .monaco-list-row .label-name').allInnerTexts();
      await page.screenshot({ path: path.join(outDir, 'completion-list.png') });
      // Taken by the keyboard, as a drafter does: a click that lands while the list settles (a second answer redraws
      // it) falls through to the text beneath and moves the caret. The focus goes down to the item, then Enter.
      const focused = page.locator('.suggest-widget .monaco-list-row.focused', { hasText: expect.completion });
      for (let moves = 0; !(await focused.count()) && moves < labels.length; moves++) {
        await page.keyboard.press('ArrowDown');
      }
      if (!(await focused.count())) {
        throw new Error(`"${expect.completion}" never takes the focus in the list ${JSON.stringify(labels)}`);
      }
      await page.keyboard.press('Enter');
      const accepted = new RegExp(`^\\s*${plan.operativeCount}\\.\\s+${expect.completion.replace(/ /g, '\\s')}`);
      await page.locator('.view-line', { hasText: accepted }).first().waitFor({ timeout: 10000 }).catch(() => {
        throw new Error(`Enter did not put "${expect.completion}" at the start of paragraph ${plan.operativeCount}`);
      });
      await page.keyboard.insertText(' the Secretary-General to report on the implementation of the present resolution;');
      const isAdded = (l) => l.startsWith(`\t${plan.operativeCount}.\t`) && l.includes('the implementation of the present resolution');
      const text = await saveDraft((saved) => saved.split('\n').some(isAdded));
      const added = text.split('\n').find(isAdded);
      if (!added || !added.includes(expect.completion)) {
        const near = text.split('\n').filter((l) => l.startsWith(`\t${plan.operativeCount}.`) || l.includes('present resolution;'));
        throw new Error(`the accepted completion is not in the draft: ${JSON.stringify(added)}; lines there: ${JSON.stringify(near)}`);
      }
      return { labels, line: added.trim() };
    });

    await step('quickFix', async () => {
      await focusEditor();
      await goTo(plan.slipSemicolonLine);
      await page.keyboard.press('End');
      await page.keyboard.press('Control+.');
      const action = page.locator('.action-widget .monaco-list-row', { hasText: expect.quickFix });
      await action.first().waitFor({ state: 'visible', timeout: 20000 }).catch(async () => {
        const offered = await page.locator('.action-widget .monaco-list-row').allInnerTexts().catch(() => []);
        throw new Error(`no quick fix matching ${expect.quickFix}; offered ${JSON.stringify(offered.map(squash))}`);
      });
      const title = squash(await action.first().innerText());
      // As with the context menu (openWordDraft): hover first (the row takes the focus), click, and if the widget is
      // still there, the click was dropped and Enter runs the focused action.
      await action.first().hover();
      await action.first().click();
      if (!(await page.locator('.action-widget').first().waitFor({ state: 'hidden', timeout: 3000 }).then(() => true, () => false))) {
        await page.keyboard.press('Enter');
      }
      const fixedAt = (saved) => saved.split('\n')[plan.slipSemicolonLine - 1];
      const text = await saveDraft((saved) => /;\s*$/.test(fixedAt(saved)));
      const fixed = fixedAt(text);
      if (!/;\s*$/.test(fixed)) {
        throw new Error(`paragraph 5 still ends "${fixed.slice(-40)}"`);
      }
      return { title };
    });

    await step('renumber', async () => {
      await focusEditor();
      const before = operativeNumbers(fs.readFileSync(draftPath, 'utf8'));
      if (before.every((n, i) => n === i + 1)) {
        throw new Error(`nothing to renumber: the paragraphs are already numbered ${before.join(',')}`);
      }
      await runCommand('Resolint: Renumber Operative Paragraphs');
      const deadline = Date.now() + 20000;
      let after = before;
      while (Date.now() < deadline) {
        after = operativeNumbers(await saveDraft());
        if (after.every((n, i) => n === i + 1) && after.length >= plan.operativeCount) {
          await waitForProblem(/RES101/, { absent: true, timeout: 20000 });
          return { before: before.join(','), after: after.join(',') };
        }
        await sleep(500);
      }
      throw new Error(`operative paragraphs are numbered ${after.join(',')} after renumbering`);
    });

    await step('checkAllDrafts', async () => {
      await runCommand('Resolint: Check All Drafts in the Workspace');
      await waitForProblem(expect.councilProblem, { timeout: 30000 });
      const rows = await waitForProblem(expect.attachedProblem, { timeout: 10000 });
      if (rows.some((row) => row.includes(plan.unattached))) {
        throw new Error(`${plan.unattached} matches no resolint.attachTo glob but was checked: ${JSON.stringify(rows)}`);
      }
      return { rows: rows.filter((row) => !row.startsWith(plan.draft)) };
    });

    await step('ruleDocumentation', async () => {
      await runCommand('Resolint: Show Rule Documentation');
      const rule = page.locator('.quick-input-list .monaco-list-row', { hasText: 'RES101' });
      await rule.first().waitFor({ state: 'visible', timeout: 15000 });
      const rules = (await page.locator('.quick-input-list .monaco-list-row').allInnerTexts()).map(squash);
      await page.keyboard.type('RES101');
      await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: 'RES101' }).first().waitFor({ timeout: 15000 });
      await page.keyboard.press('Enter');
      const tab = page.locator('.tabs-container .tab', { hasText: 'RES101' });
      await tab.first().waitFor({ state: 'visible', timeout: 20000 });
      return { rules, tab: squash(await tab.first().innerText()) };
    });

    await step('newDraft', async () => {
      await runCommand('Resolint: New Draft Resolution');
      const organ = page.locator('.quick-input-list .monaco-list-row', { hasText: 'Human Rights Council' });
      await organ.first().waitFor({ state: 'visible', timeout: 15000 });
      // Filter and press Enter rather than click: the list re-renders as it settles, and a click can miss it.
      await page.keyboard.type('Human Rights Council');
      await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: 'Human Rights Council' }).first().waitFor({ timeout: 15000 });
      await page.keyboard.press('Enter');
      await page.locator('.view-line', { hasText: 'The Human Rights Council,' }).first().waitFor({ timeout: 15000 });
      await page.locator('.statusbar-item[id="status.editor.mode"]', { hasText: 'UN Resolution' }).waitFor({ timeout: 10000 });
      await page.keyboard.press('Escape'); // leave snippet mode
    });
    await step('openWordDraft', async () => {
      // The explorer's context menu on the .docx opens its rendering, read-only; the server checks it.
      const row = page.locator('.explorer-folders-view .monaco-list-row', { hasText: plan.word });
      await row.first().waitFor({ state: 'visible', timeout: 15000 });
      await row.first().click({ button: 'right' });
      const item = page.locator('.monaco-menu .action-item', { hasText: 'Open Word or Akoma Ntoso Draft' });
      await item.first().waitFor({ state: 'visible', timeout: 10000 });
      // A click that lands while the menu still settles is dropped and leaves it open: hover first (the item takes
      // the focus), click, and if the menu is still there, Enter runs the focused item.
      await item.first().hover();
      await item.first().click();
      const menu = page.locator('.monaco-menu').first();
      if (!(await menu.waitFor({ state: 'hidden', timeout: 3000 }).then(() => true, () => false))) {
        await page.keyboard.press('Enter');
      }
      await page.locator('.tabs-container .tab.active', { hasText: plan.word }).first().waitFor({ timeout: 30000 });
      await page.locator('.view-line', { hasText: 'Requests' }).first().waitFor({ timeout: 15000 });
      const rows = await waitForProblem(expect.wordProblem, { timeout: 30000 });
      return { rows: rows.filter((row) => expect.wordProblem.test(row) || row.includes(plan.word)) };
    });

    await step('exportToAkomaNtoso', async () => {
      // Back to the draft's tab: its counts in the status bar say it is the active editor again.
      await page.locator('.tabs-container .tab', { hasText: plan.draft }).first().click();
      await page.locator('.statusbar-item', { hasText: '18 preambular' }).first().waitFor({ timeout: 15000 });
      await runCommand('Resolint: Export Draft to Akoma Ntoso');
      // The save dialog (VS Code's own in the browser, in the quick input the palette leaves) offers the export
      // beside the draft; Enter accepts it.
      const input = page.locator('.quick-input-widget input').first();
      let offered = '';
      const deadline = Date.now() + 15000;
      while (Date.now() < deadline && !offered.endsWith(plan.exported)) {
        await sleep(250);
        offered = (await input.isVisible()) ? await input.inputValue() : '';
      }
      if (!offered.endsWith(plan.exported)) {
        throw new Error(`the save dialog offers ${offered || 'nothing'}, not ${plan.exported} beside the draft`);
      }
      await page.keyboard.press('Enter');
      const toast = page.locator('.notifications-toasts .notification-toast', { hasText: 'Exported the draft to' });
      await toast.first().waitFor({ state: 'visible', timeout: 30000 });
      const written = fs.readFileSync(path.join(workspace, plan.exported), 'utf8');
      if (!written.includes('<akomaNtoso') || !written.includes('Welcomes')) {
        throw new Error(`${plan.exported} is no Akoma Ntoso rendering of the draft: ${written.slice(0, 200)}`);
      }
      return { offered, message: squash(await toast.first().innerText()), bytes: written.length };
    });

    await step('serverProblemAndRestart', async () => {
      // A wrong resolint.server.path: the server stops, and the message names the path and offers the setting.
      const settingsFile = path.join(workspace, '.vscode', 'settings.json');
      const settings = fs.readFileSync(settingsFile, 'utf8');
      const missing = path.join(workspace, 'no-such-folder', 'resolint');
      fs.writeFileSync(settingsFile, JSON.stringify({ ...JSON.parse(settings), 'resolint.server.path': missing }, null, 2));
      const toast = page.locator('.notifications-toasts .notification-toast', { hasText: 'does not exist' });
      await toast.first().waitFor({ state: 'visible', timeout: 30000 });
      const message = squash(await toast.first().innerText());
      if (!message.includes(missing) || !message.includes('Open Setting')) {
        throw new Error(`the message does not name the path or offer the setting: ${message}`);
      }
      await toast.first().locator('.monaco-button', { hasText: 'Open Setting' }).click();
      await page.locator('.settings-editor').first().waitFor({ timeout: 15000 });
      // A machine-overridable setting shows under the Remote tab when VS Code runs remotely, as code-server does.
      const remote = page.locator('.settings-editor .settings-tabs-widget .action-label', { hasText: /^Remote/ });
      if (await remote.count()) {
        await remote.first().click();
      }
      await page.locator('.settings-editor .setting-item-contents', { hasText: 'Path to the Resolint server' }).first().waitFor({ timeout: 15000 });
      await page.keyboard.press('Escape');
      await page.locator('.settings-editor').first().waitFor({ state: 'hidden', timeout: 5000 }).catch(() => page.keyboard.press('Control+W'));
      // Put the setting back: the extension restarts the server by itself, and "Restart Server" restarts it again.
      fs.writeFileSync(settingsFile, settings);
      await page.keyboard.press('Control+P');
      await page.waitForSelector('.quick-input-widget input', { timeout: 10000 });
      await page.keyboard.type(plan.draft);
      await page.locator(`.quick-input-list .monaco-list-row[aria-label*="${plan.draft}"]`).first().waitFor({ timeout: 10000 });
      await page.keyboard.press('Enter');
      await page.locator('.statusbar-item', { hasText: 'preambular' }).first().waitFor({ timeout: 60000 });
      await runCommand('Resolint: Restart Server');
      await page.locator('.statusbar-item', { hasText: 'preambular' }).first().waitFor({ state: 'hidden', timeout: 15000 }).catch(() => {});
      await page.locator('.statusbar-item', { hasText: 'preambular' }).first().waitFor({ timeout: 60000 });
      return { message };
    });
  } catch {
    // A fatal step failed; the report says which.
  } finally {
    await page.screenshot({ path: path.join(outDir, 'final.png') }).catch(() => {});
    fs.writeFileSync(path.join(outDir, 'browser-console.log'), consoleLines.join('\n'));
    report.ok = report.failures.length === 0;
    report.totalMs = elapsed();
    console.log(JSON.stringify(report, null, 2));
    await browser.close().catch(() => {});
    fs.rmSync(profile, { recursive: true, force: true });
    process.exit(report.ok ? 0 : 1);
  }
})();
