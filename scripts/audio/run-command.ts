/** Runs a command without a shell, feeding it `input`; resolves with its stdout, rejects with its stderr. */
import { spawn } from 'node:child_process';

export function runCommand(command: string, args: readonly string[], input?: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', (error: NodeJS.ErrnoException) => {
      reject(new Error(error.code === 'ENOENT' ? `${command} is not installed (npm run setup installs it)` : `${command}: ${error.message}`));
    });
    child.on('close', (code) => {
      if (code === 0) resolve(stdout);
      else reject(new Error(`${command} exited with ${code}: ${stderr.trim() || '(no message)'}`));
    });
    child.stdin.on('error', () => {}); // the close handler reports a child that died before reading its input
    child.stdin.end(input ?? '');
  });
}
