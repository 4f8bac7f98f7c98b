/** What each check reads: the parsed scenario, its call graph and the facts computed once about it. */
import type { Scenario } from '../scenario/scenario-types';
import type { CallGraph } from './call-graph';
import type { GraphFacts } from './graph-facts';
import type { Report } from './report';

export interface CheckContext {
  scenario: Scenario;
  graph: CallGraph;
  facts: GraphFacts;
  report: Report;
}
