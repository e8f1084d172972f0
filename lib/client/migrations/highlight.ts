/**
 * A small SQL tokenizer for display: enough to colour keywords, quoted
 * identifiers, strings (including E'' and dollar quoting), comments, numbers
 * and parameters. It never fails: anything it does not know is plain text, and
 * concatenating the tokens gives back the input exactly.
 */
export type TokenKind = 'keyword' | 'identifier' | 'quoted' | 'string' | 'comment' | 'number' | 'operator' | 'space' | 'text';

export interface Token {
  readonly kind: TokenKind;
  readonly text: string;
}

const KEYWORDS = new Set(`
  add all alter always and as asc attach before begin between bigint boolean by cascade case cast check
  collate column comment commit concurrently constraint create cross current_date current_timestamp cycle
  data database default deferrable deferred delete desc detach distinct do domain drop each else end enum
  exclude exists extension false first for foreign from full function generated grant group having identity
  if ilike immediate in include index initially inner insert integer into is join key language last lateral
  left like limit local lock loop materialized maintain merge modulus nulls no not nothing null of on only
  or order outer over owned partition partitioned policy primary procedure range references remainder rename
  replace restrict return returns revoke rollback row rows schema select sequence session set show stored
  table tablespace temp temporary text then timestamp timestamptz timeout to transaction trigger true truncate
  type union unique unlogged update using vacuum valid validate values varchar view virtual when where with without
`.trim().split(/\s+/));

interface Rule {
  readonly kind: TokenKind;
  readonly pattern: RegExp;
}

// Order matters: comments and strings before operators, E'' before words.
const RULES: readonly Rule[] = [
  { kind: 'space', pattern: /\s+/y },
  { kind: 'comment', pattern: /--[^\n]*/y },
  { kind: 'comment', pattern: /\/\*[\s\S]*?(?:\*\/|$)/y },
  { kind: 'string', pattern: /[eE]'(?:[^'\\]|\\[\s\S]|'')*(?:'|$)/y },
  { kind: 'string', pattern: /'(?:[^']|'')*(?:'|$)/y },
  { kind: 'quoted', pattern: /"(?:[^"]|"")*(?:"|$)/y },
  { kind: 'string', pattern: /(\$[A-Za-z_]?[A-Za-z0-9_]*\$)[\s\S]*?(?:\1|$)/y },
  { kind: 'operator', pattern: /\$\d+/y },
  { kind: 'number', pattern: /(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?(?![A-Za-z_])/y },
  { kind: 'identifier', pattern: /[A-Za-z_][A-Za-z0-9_$]*/y },
  { kind: 'operator', pattern: /::|<=|>=|<>|!=|\|\||->>?|#>>?|@>|<@|[-+*/%=<>~!@#^&|`?;,.()[\]{}:]/y },
];

export function tokenize(sql: string): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  while (at < sql.length) {
    let matched: Token | null = null;
    for (const rule of RULES) {
      rule.pattern.lastIndex = at;
      const m = rule.pattern.exec(sql);
      if (m && m[0].length > 0) {
        const kind = rule.kind === 'identifier' && KEYWORDS.has(m[0].toLowerCase()) ? 'keyword' : rule.kind;
        matched = { kind, text: m[0] };
        break;
      }
    }
    const token = matched ?? { kind: 'text' as const, text: sql[at]! };
    const last = tokens.at(-1);
    // Merge runs of unknown characters into one token.
    if (token.kind === 'text' && last?.kind === 'text') tokens[tokens.length - 1] = { kind: 'text', text: last.text + token.text };
    else tokens.push(token);
    at += token.text.length;
  }
  return tokens;
}
