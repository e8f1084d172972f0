import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';

/**
 * Exit codes are part of the CLI's contract: CI scripts branch on them. A crash
 * gets its own code so a bug is never mistaken for problems in the input.
 */
export const EXIT = { ok: 0, problems: 1, usage: 2, internal: 3 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/**
 * Everything a command touches outside itself. `nodeIo` is the real one; tests
 * pass a fake to run commands in-process.
 */
export interface CliIo {
  readonly cwd: string;
  stdout(text: string): void;
  stderr(text: string): void;
  readStdin(): Promise<string>;
  readFile(path: string): Promise<string>;
  /** Writes a file; with `exclusive` it fails when the file already exists. */
  writeFile(path: string, text: string, options?: { exclusive?: boolean }): Promise<void>;
}

export function nodeIo(): CliIo {
  const cwd = process.cwd();
  return {
    cwd,
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk as Uint8Array));
      return Buffer.concat(chunks).toString('utf8');
    },
    readFile: (path) => readFile(resolve(cwd, path), 'utf8'),
    writeFile: (path, text, options = {}) => writeFile(resolve(cwd, path), text, { flag: options.exclusive ? 'wx' : 'w' }),
  };
}

/**
 * A failure the user can fix (bad arguments, a file that cannot be read). Thrown
 * by commands and turned into a message on stderr and an exit code by the runner,
 * so command code stays a straight line; anything else that throws is a bug.
 */
export class CliError extends Error {
  constructor(message: string, readonly exitCode: ExitCode = EXIT.usage) {
    super(message);
    this.name = 'CliError';
  }
}

/** Reads an input named on the command line: a path, or `-` for standard input. */
export async function readInput(io: CliIo, path: string): Promise<string> {
  if (path === '-') return io.readStdin();
  try {
    return await io.readFile(path);
  } catch (error) {
    throw new CliError(`cannot read ${path}: ${describeFsError(error)}`);
  }
}

/** Writes `text` to the file named by `-o`, or to stdout when there is none. */
export async function writeOutput(io: CliIo, path: string | undefined, text: string, options: { exclusive?: boolean } = {}): Promise<void> {
  if (path === undefined || path === '-') {
    io.stdout(text);
    return;
  }
  try {
    await io.writeFile(path, text, options);
  } catch (error) {
    const exists = (error as NodeJS.ErrnoException).code === 'EEXIST';
    throw new CliError(exists ? `${path} already exists; pass --force to overwrite it` : `cannot write ${path}: ${describeFsError(error)}`);
  }
}

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EISDIR') return 'it is a directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}
