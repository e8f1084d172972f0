/**
 * pg_dump output is a psql script, not pure SQL: `COPY … FROM stdin;` is
 * followed by tab-separated data up to a `\.` line, and psql meta-commands
 * (`\connect`, pg_dump 17.6's `\restrict`) stand on lines of their own. The
 * parser rejects both, so they are blanked out before parsing — replaced by
 * spaces, keeping every line break, so line numbers stay those of the file.
 */
export interface NonSqlLine {
  line: number;
  text: string;
}

const COPY_FROM_STDIN = /^\s*COPY\s[^;]*\sFROM\s+stdin\b[^;]*;\s*$/i;

export function blankNonSql(sql: string): { text: string; nonSql: NonSqlLine[] } {
  if (!sql.includes('\\')) return { text: sql, nonSql: [] };
  const lines = sql.split('\n');
  const nonSql: NonSqlLine[] = [];
  let copyStart = -1;
  let rows = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (copyStart >= 0) {
      if (line.replace(/\r$/, '') === '\\.') {
        nonSql.push({ line: copyStart + 1, text: `${rows} COPY data row${rows === 1 ? '' : 's'} (lines ${copyStart + 2}–${i + 1})` });
        copyStart = -1;
      } else rows++;
      lines[i] = blank(line);
      continue;
    }
    if (COPY_FROM_STDIN.test(line)) { copyStart = i; rows = 0; continue; }
    if (line.startsWith('\\')) {
      nonSql.push({ line: i + 1, text: line.trim().split(/\s+/)[0]! });
      lines[i] = blank(line);
    }
  }
  return { text: lines.join('\n'), nonSql };
}

const blank = (line: string) => line.replace(/[^\r]/g, ' ');
