/**
 * Vite plugin: `virtual:scenario-catalog` exports the library's cards, built by parsing every
 * scenarios/*.json with the real parser at build time. The first screen then needs neither the
 * parser nor the scenario files. A broken file fails `vite build` with its findings; in `vite dev`
 * it becomes a broken card that shows them, so a trainer editing a file sees why it is off.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Plugin } from 'vite';
import { formatFinding } from '../../src/core/scenario/finding';
import { parseScenario } from '../../src/core/scenario/parse-scenario';
import { toCard, type BrokenScenarioCard, type ScenarioCard } from '../../src/core/scenario/scenario-card';

const VIRTUAL_ID = 'virtual:scenario-catalog';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

export function readCatalog(root: string): { cards: ScenarioCard[]; broken: BrokenScenarioCard[] } {
  const dir = join(root, 'scenarios');
  const cards: ScenarioCard[] = [];
  const broken: BrokenScenarioCard[] = [];
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.json')).sort()) {
    const file = relative(root, join(dir, name));
    const result = parseScenario(readFileSync(join(dir, name), 'utf8'), file);
    if (result.ok) cards.push(toCard(result.scenario));
    else broken.push({ file, errors: result.findings.map(formatFinding) });
  }
  return { cards, broken };
}

export function scenarioCatalog(): Plugin {
  let root = process.cwd();
  let building = false;
  return {
    name: 'callcourt-scenario-catalog',
    configResolved(config) {
      root = config.root;
      building = config.command === 'build';
    },
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      const { cards, broken } = readCatalog(root);
      if (building && broken.length > 0) {
        this.error(`Scenario files with errors:\n${broken.flatMap((b) => b.errors).join('\n')}`);
      }
      this.addWatchFile(join(root, 'scenarios'));
      return `export const cards = ${JSON.stringify(cards)};\nexport const broken = ${JSON.stringify(broken)};\n`;
    },
    configureServer(server) {
      server.watcher.add(join(root, 'scenarios'));
      server.watcher.on('all', (_event, path) => {
        if (!path.includes(`${join(root, 'scenarios')}`)) return;
        const module = server.moduleGraph.getModuleById(RESOLVED_ID);
        if (module) server.moduleGraph.invalidateModule(module);
        server.ws.send({ type: 'full-reload' });
      });
    },
  };
}
