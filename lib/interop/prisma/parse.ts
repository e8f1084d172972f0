import { err, ok, type Result } from '../../result';

/**
 * A small parser for the Prisma schema language: blocks (`model`, `enum`,
 * `datasource`, …), fields with their type and attributes, block attributes,
 * and `///` documentation comments. Hand-written because the packaged
 * parsers need Node 22 or break under the CLI's loader; the language is
 * small and this one reports errors with line and column.
 */
export type PrismaValue =
  | { kind: 'string'; value: string }
  | { kind: 'number'; value: string }
  | { kind: 'name'; value: string }
  | { kind: 'array'; items: PrismaValue[] }
  | { kind: 'call'; name: string; args: PrismaArg[] };
export interface PrismaArg { name: string | null; value: PrismaValue }
export interface PrismaAttribute { name: string; args: PrismaArg[]; line: number }
export interface PrismaField {
  name: string;
  /** The type name, or for `Unsupported("vector(1536)")` the quoted spelling. */
  type: string;
  unsupported: boolean;
  list: boolean;
  optional: boolean;
  attributes: PrismaAttribute[];
  doc: string;
  line: number;
}
export interface PrismaBlock {
  kind: string;
  name: string;
  fields: PrismaField[];
  attributes: PrismaAttribute[];
  assignments: Map<string, PrismaValue>;
  doc: string;
  line: number;
}
export interface PrismaParseError { message: string; line: number; column: number }

interface Token { kind: 'name' | 'string' | 'number' | 'punct' | 'newline' | 'doc' | 'end'; text: string; line: number; column: number }

class SyntaxFailure extends Error {
  constructor(message: string, readonly line: number, readonly column: number) { super(message); }
}

export function parsePrismaSchema(source: string): Result<PrismaBlock[], PrismaParseError> {
  try {
    return ok(new PrismaParser(tokenize(source)).schema());
  } catch (error) {
    if (error instanceof SyntaxFailure) return err({ message: error.message, line: error.line, column: error.column });
    throw error;
  }
}

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let line = 1;
  let lineStart = 0;
  let i = 0;
  const push = (kind: Token['kind'], text: string, start: number) => tokens.push({ kind, text, line, column: start - lineStart + 1 });
  while (i < source.length) {
    const ch = source[i]!;
    if (ch === '\n') { push('newline', '\n', i); i++; line++; lineStart = i; continue; }
    if (/\s/.test(ch)) { i++; continue; }
    if (source.startsWith('//', i)) {
      const end = source.indexOf('\n', i);
      const text = source.slice(i, end === -1 ? source.length : end);
      if (text.startsWith('///')) push('doc', text.slice(3).trim(), i);
      i = end === -1 ? source.length : end;
      continue;
    }
    if (ch === '"') {
      let j = i + 1;
      let value = '';
      while (j < source.length && source[j] !== '"') {
        if (source[j] === '\n') throw new SyntaxFailure('unterminated string', line, i - lineStart + 1);
        if (source[j] === '\\') { const next = source[j + 1] ?? ''; value += next === 'n' ? '\n' : next === 't' ? '\t' : next; j += 2; continue; }
        value += source[j];
        j++;
      }
      if (j >= source.length) throw new SyntaxFailure('unterminated string', line, i - lineStart + 1);
      push('string', value, i);
      i = j + 1;
      continue;
    }
    const number = /^-?\d+(\.\d+)?/.exec(source.slice(i, i + 40));
    if (number) { push('number', number[0], i); i += number[0].length; continue; }
    const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(source.slice(i, i + 200));
    if (name) { push('name', name[0], i); i += name[0].length; continue; }
    if (source.startsWith('@@', i)) { push('punct', '@@', i); i += 2; continue; }
    if ('{}()[],:=@?.'.includes(ch)) { push('punct', ch, i); i++; continue; }
    throw new SyntaxFailure(`unexpected character "${ch}"`, line, i - lineStart + 1);
  }
  tokens.push({ kind: 'end', text: '', line, column: i - lineStart + 1 });
  return tokens;
}

class PrismaParser {
  private at = 0;
  constructor(private readonly tokens: Token[]) {}

  private get token(): Token { return this.tokens[this.at]!; }
  private next(): Token { return this.tokens[this.at++]!; }
  private is(text: string): boolean { return this.token.kind === 'punct' && this.token.text === text; }
  private fail(message: string, token = this.token): never {
    throw new SyntaxFailure(`${message}, found ${token.kind === 'end' ? 'the end of the file' : token.kind === 'newline' ? 'a line break' : `"${token.text}"`}`, token.line, token.column);
  }
  private expect(text: string): Token {
    if (!this.is(text)) this.fail(`expected "${text}"`);
    return this.next();
  }
  private name(what: string): string {
    if (this.token.kind !== 'name') this.fail(`expected ${what}`);
    return this.next().text;
  }
  /** Line breaks and doc comments between items; returns the doc lines seen. */
  private skipBreaks(): string[] {
    const docs: string[] = [];
    while (this.token.kind === 'newline' || this.token.kind === 'doc') {
      if (this.token.kind === 'doc') docs.push(this.token.text);
      this.next();
    }
    return docs;
  }

  schema(): PrismaBlock[] {
    const blocks: PrismaBlock[] = [];
    for (;;) {
      const docs = this.skipBreaks();
      if (this.token.kind === 'end') return blocks;
      const start = this.token;
      const kind = this.name('a block such as "model" or "enum"');
      const name = this.name(`a name for the ${kind}`);
      blocks.push(this.block(kind, name, docs.join('\n'), start.line));
    }
  }

  private block(kind: string, name: string, doc: string, line: number): PrismaBlock {
    const block: PrismaBlock = { kind, name, fields: [], attributes: [], assignments: new Map(), doc, line };
    this.expect('{');
    for (;;) {
      const docs = this.skipBreaks();
      if (this.is('}')) { this.next(); return block; }
      if (this.is('@@')) { block.attributes.push(this.attribute()); this.endOfLine(); continue; }
      const start = this.token;
      const fieldName = this.name('a field name, "@@" or "}"');
      if (this.is('=')) {
        this.next();
        block.assignments.set(fieldName, this.value());
      } else if (kind === 'enum') {
        const attributes: PrismaAttribute[] = [];
        while (this.is('@')) attributes.push(this.attribute());
        block.fields.push({ name: fieldName, type: '', unsupported: false, list: false, optional: false, attributes, doc: docs.join('\n'), line: start.line });
      } else {
        block.fields.push(this.field(fieldName, docs.join('\n'), start.line));
      }
      this.endOfLine();
    }
  }

  private endOfLine(): void {
    if (this.token.kind === 'newline' || this.token.kind === 'doc' || this.is('}')) return;
    this.fail('expected the end of the line');
  }

  private field(name: string, doc: string, line: number): PrismaField {
    let type: string;
    let unsupported = false;
    const typeName = this.name(`a type for field "${name}"`);
    if (typeName === 'Unsupported' && this.is('(')) {
      this.next();
      if (this.token.kind !== 'string') this.fail('expected the type as a string, e.g. Unsupported("vector(1536)")');
      type = this.next().text;
      unsupported = true;
      this.expect(')');
    } else type = typeName;
    let list = false;
    let optional = false;
    if (this.is('[')) { this.next(); this.expect(']'); list = true; }
    if (this.is('?')) { this.next(); optional = true; }
    const attributes: PrismaAttribute[] = [];
    while (this.is('@')) attributes.push(this.attribute());
    return { name, type, unsupported, list, optional, attributes, doc, line };
  }

  /** `@id`, `@db.VarChar(255)`, `@@index([a, b(sort: Desc)], map: "x")`. */
  private attribute(): PrismaAttribute {
    const line = this.next().line;
    let name = this.name('an attribute name');
    while (this.is('.')) { this.next(); name += `.${this.name('an attribute name after "."')}`; }
    const args = this.is('(') ? this.args() : [];
    return { name, args, line };
  }

  private args(): PrismaArg[] {
    this.expect('(');
    const args: PrismaArg[] = [];
    this.skipBreaks();
    while (!this.is(')')) {
      let argName: string | null = null;
      if (this.token.kind === 'name' && this.tokens[this.at + 1]?.text === ':') { argName = this.next().text; this.next(); }
      args.push({ name: argName, value: this.value() });
      this.skipBreaks();
      if (!this.is(')')) { this.expect(','); this.skipBreaks(); }
    }
    this.next();
    return args;
  }

  private value(): PrismaValue {
    const token = this.token;
    if (token.kind === 'string') { this.next(); return { kind: 'string', value: token.text }; }
    if (token.kind === 'number') { this.next(); return { kind: 'number', value: token.text }; }
    if (this.is('[')) {
      this.next();
      const items: PrismaValue[] = [];
      this.skipBreaks();
      while (!this.is(']')) {
        items.push(this.value());
        this.skipBreaks();
        if (!this.is(']')) { this.expect(','); this.skipBreaks(); }
      }
      this.next();
      return { kind: 'array', items };
    }
    if (token.kind === 'name') {
      let name = this.next().text;
      while (this.is('.')) { this.next(); name += `.${this.name('a name after "."')}`; }
      return this.is('(') ? { kind: 'call', name, args: this.args() } : { kind: 'name', value: name };
    }
    return this.fail('expected a value');
  }
}

/** Helpers to read attribute arguments. */
export function argument(attr: PrismaAttribute | undefined, name: string, position?: number): PrismaValue | undefined {
  if (!attr) return undefined;
  return attr.args.find((a) => a.name === name)?.value ?? (position === undefined ? undefined : attr.args.filter((a) => a.name === null)[position]?.value);
}

export function stringValue(value: PrismaValue | undefined): string | undefined {
  return value?.kind === 'string' ? value.value : undefined;
}

export function attribute(attrs: readonly PrismaAttribute[], name: string): PrismaAttribute | undefined {
  return attrs.find((a) => a.name === name);
}
