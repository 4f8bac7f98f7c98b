/**
 * Vite plugin: `virtual:scenario-catalog` exports the library's cards, built by parsing every
 * scenarios/*.json with the real parser at build time. The first screen then needs neither the
 * parser nor the scenario files. A broken file fails `vite build` with its findings; in `vite dev`
 * it becomes a broken card that shows them, so a trainer editing a file sees why it is off.
 *
 * In dev, the folder is watched through the server's watcher (`configureServer`), never through
 * `this.addWatchFile(folder)` in `load()`: Vite 8 turns a watched folder into an import of the
 * virtual module, which fails to resolve and blanks the page.
 *
 * `dir` (default `<root>/scenarios`, or `CALLCOURT_SCENARIOS_DIR` from vite.config.ts) lets the dev
 * server test point the catalog at a copy it can edit.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { Plugin } from 'vite';
import { formatFinding } from '../../src/core/scenario/finding';
import { parseScenario } from '../../src/core/scenario/parse-scenario';
import { toCard, type BrokenScenarioCard, type ScenarioCard } from '../../src/core/scenario/scenario-card';

const VIRTUAL_ID = 'virtual:scenario-catalog';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

export function readCatalog(root: string, dir = join(root, 'scenarios')): { cards: ScenarioCard[]; broken: BrokenScenarioCard[] } {
  const cards: ScenarioCard[] = [];
  const broken: BrokenScenarioCard[] = [];
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.json')).sort()) {
    const file = relative(root, join(dir, name)).split(sep).join('/');
    const result = parseScenario(readFileSync(join(dir, name), 'utf8'), file);
    if (result.ok) cards.push(toCard(result.scenario));
    else broken.push({ file, errors: result.findings.map(formatFinding) });
  }
  return { cards, broken };
}

export function scenarioCatalog(options: { dir?: string | undefined } = {}): Plugin {
  let root = process.cwd();
  let dir = join(root, 'scenarios');
  let building = false;
  return {
    name: 'callcourt-scenario-catalog',
    configResolved(config) {
      root = config.root;
      dir = options.dir ? (isAbsolute(options.dir) ? options.dir : resolve(root, options.dir)) : join(root, 'scenarios');
      building = config.command === 'build';
    },
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      const { cards, broken } = readCatalog(root, dir);
      if (building && broken.length > 0) {
        this.error(`Scenario files with errors:\n${broken.flatMap((b) => b.errors).join('\n')}`);
      }
      return `export const cards = ${JSON.stringify(cards)};\nexport const broken = ${JSON.stringify(broken)};\n`;
    },
    configureServer(server) {
      server.watcher.add(dir);
      server.watcher.on('all', (_event, path) => {
        if (!path.startsWith(dir + sep) || !path.endsWith('.json')) return;
        const module = server.moduleGraph.getModuleById(RESOLVED_ID);
        if (module) server.moduleGraph.invalidateModule(module);
        server.ws.send({ type: 'full-reload' });
      });
    },
  };
}
