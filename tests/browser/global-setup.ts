/**
 * Real-browser tests run against the built app (dist/), served by `vite preview` on a free port.
 * `npm test` builds first; when dist/ is missing (running this project alone), it builds here.
 */
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { build, preview, type PreviewServer } from 'vite';

let server: PreviewServer | undefined;

export default async function setup(project: TestProject) {
  if (!existsSync('dist/index.html')) await build({ configLoader: 'runner', logLevel: 'warn' });
  server = await preview({ configLoader: 'runner', preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a URL');
  project.provide('baseUrl', url);
  return async () => {
    await server?.close();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
