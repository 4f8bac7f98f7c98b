/**
 * The interface text, by feature (catalog/*.ts), merged into one catalog per language.
 * English is the reference: a key missing in French is a compile error.
 */
import { appMessages } from './catalog/app';
import { callMessages } from './catalog/call';
import { challengeMessages } from './catalog/challenges';
import { checkMessages } from './catalog/check';
import { debriefMessages } from './catalog/debrief';
import { endMessages } from './catalog/end';
import { libraryMessages } from './catalog/library';
import { recordMessages } from './catalog/record';
import { settingsMessages } from './catalog/settings';
import { todayMessages } from './catalog/today';
import { progressMessages } from './catalog/progress';

const catalogs = [appMessages, libraryMessages, callMessages, endMessages, checkMessages, debriefMessages, progressMessages, todayMessages, settingsMessages, recordMessages, challengeMessages] as const;

type Union = (typeof catalogs)[number]['en'];
type Merge<U> = (U extends unknown ? (k: U) => void : never) extends (k: infer I) => void ? I : never;
export type MessageKey = keyof Merge<Union>;
export type Messages = Record<MessageKey, string>;

export const en = Object.assign({}, ...catalogs.map((c) => c.en)) as Messages;
export const fr = Object.assign({}, ...catalogs.map((c) => c.fr)) as Messages;
