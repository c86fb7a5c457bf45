// Bundles the extension into dist/extension.js (so the VSIX needs no node_modules) and copies the rule
// pages from the repository's docs/rules into the extension, for "Resolint: Show Rule Documentation".
import { build } from 'esbuild';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const extension = dirname(dirname(fileURLToPath(import.meta.url)));
const production = !process.argv.includes('--dev');

await build({
  entryPoints: [join(extension, 'src', 'extension.ts')],
  outfile: join(extension, 'dist', 'extension.js'),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['vscode'],
  minify: production,
  sourcemap: !production,
  logLevel: 'warning',
});

const ruleDocs = join(extension, '..', 'docs', 'rules');
const bundledDocs = join(extension, 'docs', 'rules');
rmSync(bundledDocs, { recursive: true, force: true });
if (existsSync(ruleDocs)) {
  mkdirSync(bundledDocs, { recursive: true });
  cpSync(ruleDocs, bundledDocs, { recursive: true });
}
const pages = existsSync(bundledDocs) ? readdirSync(bundledDocs).filter((name) => name.endsWith('.md')).length : 0;
console.log(`built dist/extension.js${production ? '' : ' (development)'}; ${pages} rule page(s) bundled`);
