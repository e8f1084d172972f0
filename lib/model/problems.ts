/** Where a document is wrong: a path into the JSON and a reason a person can act on. */
export interface DocumentProblem {
  readonly path: readonly (string | number)[];
  readonly message: string;
}

/** Renders a path the way people read JSON: `tables[2].columns[0].name`. */
export function formatPath(path: readonly (string | number)[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? part : `.${part}`;
  }
  return out === '' ? '(document)' : out;
}

export function formatProblem(problem: DocumentProblem): string {
  return `${formatPath(problem.path)}: ${problem.message}`;
}
