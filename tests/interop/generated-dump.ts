/**
 * A synthetic pg_dump-style schema of `tables` tables: sequences with serial
 * defaults, an enum, a domain, primary keys and foreign keys added by ALTER
 * TABLE ONLY, indexes (plain, unique, partial, expression), comments, views and
 * functions to skip, and every 100th table range-partitioned by month.
 */
export function generatedDump(tables: number): string {
  const out: string[] = [
    "SET statement_timeout = 0;",
    "SELECT pg_catalog.set_config('search_path', '', false);",
    'CREATE SCHEMA app;',
    "CREATE TYPE app.status AS ENUM ('new', 'active', 'closed');",
    'CREATE DOMAIN app.positive AS numeric(12,2) CONSTRAINT positive_check CHECK ((VALUE > (0)::numeric));',
  ];
  const tail: string[] = [];
  for (let i = 0; i < tables; i++) {
    const t = `app.t${i}`;
    const partitioned = i % 100 === 99;
    out.push(`CREATE SEQUENCE ${t}_id_seq START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1;`);
    out.push(`CREATE TABLE ${t} (
    id bigint DEFAULT nextval('${t}_id_seq'::regclass) NOT NULL,
    parent_id bigint${i > 0 ? ' NOT NULL' : ''},
    name character varying(200) NOT NULL,
    status app.status DEFAULT 'new'::app.status NOT NULL,
    amount app.positive,
    tags text[],
    created_at timestamp with time zone DEFAULT now() NOT NULL${partitioned ? '' : ''}
)${partitioned ? '\nPARTITION BY RANGE (created_at)' : ''};`);
    out.push(`ALTER TABLE ${t} OWNER TO postgres;`);
    out.push(`COMMENT ON TABLE ${t} IS 'table ${i}';`);
    if (partitioned) {
      for (let m = 1; m <= 3; m++) {
        out.push(`CREATE TABLE ${t}_m${m} PARTITION OF ${t} FOR VALUES FROM ('2025-0${m}-01') TO ('2025-0${m + 1}-01');`);
      }
    }
    const key = partitioned ? '(id, created_at)' : '(id)';
    tail.push(`ALTER TABLE ONLY ${t}\n    ADD CONSTRAINT t${i}_pkey PRIMARY KEY ${key};`);
    tail.push(`CREATE INDEX t${i}_name_idx ON ${partitioned ? 'ONLY ' : ''}${t} USING btree (lower((name)::text), created_at DESC);`);
    if (!partitioned) tail.push(`CREATE UNIQUE INDEX t${i}_name_key ON ${t} USING btree (name) WHERE (status <> 'closed'::app.status);`);
    if (i > 0) {
      const parent = (i * 37 + 11) % i;
      if (parent % 100 !== 99) {
        tail.push(`ALTER TABLE ONLY ${t}\n    ADD CONSTRAINT t${i}_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES app.t${parent}(id) ON DELETE CASCADE;`);
        tail.push(`CREATE INDEX t${i}_parent_id_idx ON ${partitioned ? 'ONLY ' : ''}${t} USING btree (parent_id);`);
      }
    }
    if (i % 50 === 0) {
      out.push(`CREATE VIEW app.v${i} AS SELECT id, name FROM ${t};`);
      out.push(`CREATE FUNCTION app.f${i}() RETURNS integer LANGUAGE sql AS $$ SELECT ${i} $$;`);
    }
  }
  return [...out, ...tail, ''].join('\n\n');
}
