-- Tablecraft's own storage, version 2: saved database connections and the
-- migrations the app applied to them (and to the sandbox), per diagram.

-- A live database a person saved. The password is never stored in clear:
-- password_ciphertext is AES-256-GCM (lib/server/crypto/secret-box.ts) with the
-- connection id as additional data, so a ciphertext copied to another row does
-- not decrypt. Null: the connection has no password (trust / peer auth).
CREATE TABLE tablecraft.connections (
  id                  uuid           NOT NULL DEFAULT gen_random_uuid(),
  name                text           NOT NULL,
  host                text           NOT NULL,
  port                integer        NOT NULL,
  database            text           NOT NULL,
  username            text           NOT NULL,
  sslmode             text           NOT NULL,
  password_ciphertext text,
  created_at          timestamptz(3) NOT NULL DEFAULT now(),
  updated_at          timestamptz(3) NOT NULL DEFAULT now(),
  last_tested_at      timestamptz(3),
  CONSTRAINT connections_pkey PRIMARY KEY (id),
  CONSTRAINT connections_name_check CHECK (char_length(name) BETWEEN 1 AND 200),
  CONSTRAINT connections_port_check CHECK (port BETWEEN 1 AND 65535),
  CONSTRAINT connections_sslmode_check CHECK (sslmode IN ('disable', 'prefer', 'require', 'verify-full'))
);

-- The migration files the app applied for a diagram to a target (a connection id
-- or 'sandbox'), with the document each one brought the database to. The next
-- plan diffs from the newest applied document, and the bundle it sends repeats
-- these files unchanged so the target's chained checksums still match.
-- No foreign key to connections: the sandbox is a target too; deleting a
-- connection deletes its rows in the service.
CREATE TABLE tablecraft.live_migrations (
  diagram_id  uuid           NOT NULL,
  target      text           NOT NULL,
  version     integer        NOT NULL,
  name        text           NOT NULL,
  up_file     text           NOT NULL,
  up_sql      text           NOT NULL,
  down_file   text           NOT NULL,
  down_sql    text           NOT NULL,
  -- This migration's entry of the bundle manifest (hazards per statement).
  manifest    jsonb          NOT NULL,
  -- The diagram document the database matches once this migration is applied.
  document    jsonb          NOT NULL,
  created_at  timestamptz(3) NOT NULL DEFAULT now(),
  CONSTRAINT live_migrations_pkey PRIMARY KEY (diagram_id, target, version),
  CONSTRAINT live_migrations_diagram_id_fkey FOREIGN KEY (diagram_id)
    REFERENCES tablecraft.diagrams (id) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT live_migrations_version_check CHECK (version >= 1)
);
