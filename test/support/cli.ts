import { spawn } from 'node:child_process';

/** The repository's root: where `npm run audit` runs the command line from. */
export const ROOT = new URL('../..', import.meta.url).pathname;

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * The command line as a user runs it (`npm run audit` is `node src/cli/launch.mjs`), asynchronously,
 * so that the runs of one test file overlap; `input` goes to its standard input, `env` adds to its
 * environment.
 */
export function cli(args: readonly string[], input: string | Buffer = '', env: Record<string, string> = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['src/cli/launch.mjs', ...args], { cwd: ROOT, env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
    child.stdin.end(input);
  });
}
