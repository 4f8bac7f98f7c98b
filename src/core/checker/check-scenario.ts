/**
 * The scenario checker: the parser's load errors, then a static analysis of the statechart
 * (reachability, dead ends, loops, scoring, audio, text), then a summary of the call's figures.
 * Pure: the file system comes in as `fileExists`, so the browser app runs the same checks.
 * Never throws: a failure of the checker itself is reported as an `internal-error` finding.
 */
import type { Finding } from '../scenario/finding';
import type { JsonDocument } from '../scenario/json-document';
import { parseScenario } from '../scenario/parse-scenario';
import type { Scenario } from '../scenario/scenario-types';
import { buildCallGraph } from './call-graph';
import type { CheckContext } from './check-context';
import { findDeadEnds } from './find-dead-ends';
import { findHurryWithoutTimer } from './find-hurry-without-timer';
import { findLongLines } from './find-long-lines';
import { findMissingAudio, type FileExists } from './find-missing-audio';
import { findSameScores } from './find-same-scores';
import { findShadowedBranches } from './find-shadowed-branches';
import { findSkillMismatches } from './find-skill-mismatches';
import { findUnendingCalls } from './find-unending-calls';
import { findUnreachable } from './find-unreachable';
import { graphFacts } from './graph-facts';
import { fileFinding, reporter } from './report';
import { sortFindings } from './sort-findings';
import { summarizeScenario, type ScenarioSummary } from './summarize-scenario';

export interface CheckOptions {
  /** Whether an audio path (as written, relative to public/) is a file. Without it, audio is not checked. */
  fileExists?: FileExists;
}

export interface CheckResult {
  file: string;
  /** Load errors and checker findings, sorted by line and column. */
  findings: Finding[];
  /** The parsed scenario, when it loads (no load errors). */
  scenario?: Scenario;
  /** The call's figures, when it loads. */
  summary?: ScenarioSummary;
  /** The JSON text with positions, for locating more findings (check-library.ts). */
  document?: JsonDocument;
}

const CHECKS = [findUnreachable, findDeadEnds, findUnendingCalls, findShadowedBranches, findSameScores, findSkillMismatches, findHurryWithoutTimer, findLongLines];

export function checkScenario(text: string, file: string, options: CheckOptions = {}): CheckResult {
  let document: JsonDocument | undefined;
  try {
    const parsed = parseScenario(text, file);
    document = parsed.document;
    if (!parsed.ok) return { file, findings: sortFindings(parsed.findings), document };

    const { scenario } = parsed;
    const findings = [...parsed.findings];
    const graph = buildCallGraph(scenario);
    const context: CheckContext = { scenario, graph, facts: graphFacts(graph), report: reporter(file, document, findings) };
    for (const check of CHECKS) check(context);
    if (options.fileExists) findMissingAudio(context, options.fileExists);
    const summary = summarizeScenario(scenario, graph, context.facts);
    return { file, findings: sortFindings(findings), scenario, summary, document };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { file, findings: [fileFinding('internal-error', `the checker failed on this file (${reason}); please report it with the file`, file)], ...(document ? { document } : {}) };
  }
}
