/** long-line: a customer line too long to follow by ear (and to caption) in one go. */
import type { JsonPath } from '../scenario/finding';
import type { CheckContext } from './check-context';

export const LONG_LINE_CHARACTERS = 300;

export function findLongLines({ scenario, report }: CheckContext): void {
  const check = (text: string | undefined, path: JsonPath): void => {
    const length = text === undefined ? 0 : [...text].length;
    if (length <= LONG_LINE_CHARACTERS) return;
    report('long-line', `the customer's line is ${length} characters long (more than ${LONG_LINE_CHARACTERS}): split it over two states or cut it`, path);
  };
  for (const id of scenario.stateIds) {
    const state = scenario.states[id];
    check(state?.line?.text, ['states', id, 'meta', 'line', 'text']);
    state?.variants.forEach((variant, index) => check(variant.text, ['states', id, 'meta', 'variants', index, 'text']));
  }
}
