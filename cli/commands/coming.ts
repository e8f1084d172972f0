/**
 * Commands that later versions add. Their names are a public contract (scripts
 * and docs refer to them), so they are listed in the help now and answer with a
 * clear "not available yet" instead of "unknown command".
 */
export interface ComingCommand {
  readonly name: string;
  readonly summary: string;
}

export const COMING_COMMANDS: readonly ComingCommand[] = [];
