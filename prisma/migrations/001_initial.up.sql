-- Tablecraft's own storage, version 1: diagrams and their immutable snapshots.
-- Applied by the app itself at start-up (lib/server/migrate, scope "tablecraft-app");
-- prisma/schema.prisma must describe exactly these tables (tests/storage proves it).
--
-- Later versions arrive as new files (002_…, 003_…), never as edits to this one:
-- users and workspaces (diagrams gain a workspace_id), share links with roles,
-- comments, saved connections (credentials encrypted) and migration runs.

CREATE SCHEMA IF NOT EXISTS tablecraft;

CREATE TABLE tablecraft.diagrams (
  id          uuid           NOT NULL DEFAULT gen_random_uuid(),
  name        text           NOT NULL,
  -- Increases by one on every save; a save names the revision it was based on.
  revision    integer        NOT NULL,
  -- The diagram document (lib/model), always validated before it is stored.
  document    jsonb          NOT NULL,
  table_count integer        NOT NULL DEFAULT 0,
  created_at  timestamptz(3) NOT NULL DEFAULT now(),
  updated_at  timestamptz(3) NOT NULL DEFAULT now(),
  CONSTRAINT diagrams_pkey PRIMARY KEY (id),
  CONSTRAINT diagrams_revision_check CHECK (revision >= 1),
  CONSTRAINT diagrams_table_count_check CHECK (table_count >= 0),
  CONSTRAINT diagrams_name_check CHECK (char_length(name) BETWEEN 1 AND 200)
);

-- The diagram list is shown newest first.
CREATE INDEX diagrams_updated_at_idx ON tablecraft.diagrams (updated_at DESC);

CREATE TABLE tablecraft.diagram_versions (
  diagram_id  uuid           NOT NULL,
  version     integer        NOT NULL,
  label       text           NOT NULL,
  -- The diagram revision the snapshot was taken from.
  revision    integer        NOT NULL,
  document    jsonb          NOT NULL,
  table_count integer        NOT NULL DEFAULT 0,
  created_at  timestamptz(3) NOT NULL DEFAULT now(),
  CONSTRAINT diagram_versions_pkey PRIMARY KEY (diagram_id, version),
  CONSTRAINT diagram_versions_diagram_id_fkey FOREIGN KEY (diagram_id)
    REFERENCES tablecraft.diagrams (id) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT diagram_versions_version_check CHECK (version >= 1),
  CONSTRAINT diagram_versions_revision_check CHECK (revision >= 1),
  CONSTRAINT diagram_versions_table_count_check CHECK (table_count >= 0)
);
