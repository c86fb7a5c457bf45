// The `resolint.*` settings as the server reads them (workspace/configuration, section "resolint").
// No 'vscode' import: the mapping is unit-tested.
import { expandPath } from './serverLocation';

export type RuleLevel = 'off' | 'info' | 'warning' | 'error';
export type ItalicsPolicy = 'corpus' | 'always' | 'off';

/** What the server is sent for the section "resolint": only what it acts on, already checked. */
export interface ServerSettings {
  rules: Record<string, RuleLevel>;
  corpus: string[];
  /** Catalogue files or patterns of resolutions (the UN's JSON-lines extracts, or CSV). */
  catalogue: string[];
  italics: ItalicsPolicy;
}

export interface MappedSettings {
  settings: ServerSettings;
  /** Entries that were dropped, each said once in the output channel so a typo does not go unnoticed. */
  problems: string[];
}

const RuleLevels: readonly RuleLevel[] = ['off', 'info', 'warning', 'error'];
const ItalicsPolicies: readonly ItalicsPolicy[] = ['corpus', 'always', 'off'];
/** Rule ids as the server names them: letters then digits (RES101). */
const RuleId = /^[A-Za-z]+[0-9]+$/;

/**
 * Maps the raw `resolint` section (whatever the user typed in settings.json) to what the server expects:
 * rule ids upper-cased with a known level, corpus folders and catalogue files made absolute from the workspace folder,
 * and an italics policy the server knows. Client-only settings (server.path, trace, attachTo) stay behind.
 */
export function toServerSettings(raw: unknown, workspaceFolder: string | undefined, homeDir: string): MappedSettings {
  const section = isRecord(raw) ? raw : {};
  const problems: string[] = [];

  const rules: Record<string, RuleLevel> = {};
  if (isRecord(section.rules)) {
    for (const [id, level] of Object.entries(section.rules)) {
      const normalisedLevel = typeof level === 'string' ? level.trim().toLowerCase() : undefined;
      if (!RuleId.test(id.trim())) {
        problems.push(`resolint.rules: "${id}" is not a rule id (rule ids look like RES101); ignored.`);
      } else if (!RuleLevels.includes(normalisedLevel as RuleLevel)) {
        problems.push(`resolint.rules: ${id} is set to ${JSON.stringify(level)}; use one of ${RuleLevels.join(', ')}. Ignored.`);
      } else {
        rules[id.trim().toUpperCase()] = normalisedLevel as RuleLevel;
      }
    }
  } else if (section.rules !== undefined) {
    problems.push('resolint.rules must be an object of rule id → level; ignored.');
  }

  const corpus = paths(section.corpus, 'resolint.corpus', 'folder', workspaceFolder, homeDir, problems);
  const catalogue = paths(section.catalogue, 'resolint.catalogue', 'file or pattern', workspaceFolder, homeDir, problems);

  let italics: ItalicsPolicy = 'corpus';
  if (typeof section.italics === 'string' && ItalicsPolicies.includes(section.italics.trim().toLowerCase() as ItalicsPolicy)) {
    italics = section.italics.trim().toLowerCase() as ItalicsPolicy;
  } else if (section.italics !== undefined) {
    problems.push(`resolint.italics is ${JSON.stringify(section.italics)}; use one of ${ItalicsPolicies.join(', ')}. Using corpus.`);
  }

  return { settings: { rules, corpus, catalogue, italics }, problems };
}

/** A list of paths made absolute from the workspace folder ("~" is the home folder), each once; other entries are problems. */
function paths(value: unknown, setting: string, what: string, workspaceFolder: string | undefined, homeDir: string, problems: string[]): string[] {
  const result: string[] = [];
  const entries = Array.isArray(value) ? value : value === undefined ? [] : undefined;
  if (entries === undefined) {
    problems.push(`${setting} must be a list of ${what}s; ignored.`);
  }
  for (const entry of entries ?? []) {
    if (typeof entry !== 'string' || entry.trim() === '') {
      problems.push(`${setting}: ${JSON.stringify(entry)} is not a ${what}; ignored.`);
      continue;
    }
    const absolute = expandPath(entry.trim(), workspaceFolder, { homeDir });
    if (!result.includes(absolute)) {
      result.push(absolute);
    }
  }
  return result;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
