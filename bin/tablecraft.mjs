#!/usr/bin/env node
// The `tablecraft` command. It runs the CLI straight from the TypeScript sources
// (cli/ and the shared lib/) through tsx, so the command line, the API and the
// app use one engine and nothing needs building first. Paths are resolved from
// this file, not from the working directory, so it runs from anywhere.
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

const tsconfig = fileURLToPath(new URL('../tsconfig.json', import.meta.url));
// A namespaced registration compiles only what this import pulls in and leaves
// the rest of the process (and any user code) alone.
const tsx = register({ namespace: 'tablecraft-cli', tsconfig });
const { main } = await tsx.import('../cli/main.ts', import.meta.url);
process.exitCode = await main(process.argv.slice(2));
