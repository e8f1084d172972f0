-- Tablecraft's own storage, version 3: teams. Accounts and sessions, workspaces
-- with roles, share links, comments, the co-editing operation log and presence.
-- Existing diagrams and connections move into one "Default workspace", whose
-- owner is the first account created (the first-run flow).

-- A local account. The email is stored lower-cased so it is unique whatever the
-- case it is typed in. password_hash is a self-describing scrypt string
-- (lib/server/auth/password.ts); the password itself is never stored.
CREATE TABLE tablecraft.users (
  id            uuid           NOT NULL DEFAULT gen_random_uuid(),
  email         text           NOT NULL,
  name          text           NOT NULL,
  password_hash text           NOT NULL,
  created_at    timestamptz(3) NOT NULL DEFAULT now(),
  CONSTRAINT users_pkey PRIMARY KEY (id),
  CONSTRAINT users_email_key UNIQUE (email),
  CONSTRAINT users_email_check CHECK (email = lower(email) AND char_length(email) BETWEEN 3 AND 320),
  CONSTRAINT users_name_check CHECK (char_length(name) BETWEEN 1 AND 200)
);

-- A signed-in browser. The cookie carries a random token; only its SHA-256 is
-- stored, so a copy of this table cannot be replayed as cookies.
CREATE TABLE tablecraft.sessions (
  token_hash   text           NOT NULL,
  user_id      uuid           NOT NULL,
  created_at   timestamptz(3) NOT NULL DEFAULT now(),
  last_seen_at timestamptz(3) NOT NULL DEFAULT now(),
  expires_at   timestamptz(3) NOT NULL,
  CONSTRAINT sessions_pkey PRIMARY KEY (token_hash),
  CONSTRAINT sessions_user_id_fkey FOREIGN KEY (user_id)
    REFERENCES tablecraft.users (id) ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE INDEX sessions_user_id_idx ON tablecraft.sessions (user_id);

CREATE TABLE tablecraft.workspaces (
  id         uuid           NOT NULL DEFAULT gen_random_uuid(),
  name       text           NOT NULL,
  created_at timestamptz(3) NOT NULL DEFAULT now(),
  CONSTRAINT workspaces_pkey PRIMARY KEY (id),
  CONSTRAINT workspaces_name_check CHECK (char_length(name) BETWEEN 1 AND 200)
);

-- Everything that existed before accounts belongs here.
INSERT INTO tablecraft.workspaces (id, name) VALUES ('00000000-0000-4000-8000-000000000001', 'Default workspace');

CREATE TABLE tablecraft.workspace_members (
  workspace_id uuid           NOT NULL,
  user_id      uuid           NOT NULL,
  role         text           NOT NULL,
  created_at   timestamptz(3) NOT NULL DEFAULT now(),
  CONSTRAINT workspace_members_pkey PRIMARY KEY (workspace_id, user_id),
  CONSTRAINT workspace_members_workspace_id_fkey FOREIGN KEY (workspace_id)
    REFERENCES tablecraft.workspaces (id) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT workspace_members_user_id_fkey FOREIGN KEY (user_id)
    REFERENCES tablecraft.users (id) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT workspace_members_role_check CHECK (role IN ('owner', 'editor', 'commenter', 'viewer'))
);
CREATE INDEX workspace_members_user_id_idx ON tablecraft.workspace_members (user_id);

-- A person invited by email who has no account yet. Signing up with that email
-- (allowed even when sign-up is closed) turns the invitation into a membership.
CREATE TABLE tablecraft.workspace_invitations (
  workspace_id uuid           NOT NULL,
  email        text           NOT NULL,
  role         text           NOT NULL,
  invited_by   uuid,
  created_at   timestamptz(3) NOT NULL DEFAULT now(),
  CONSTRAINT workspace_invitations_pkey PRIMARY KEY (workspace_id, email),
  CONSTRAINT workspace_invitations_workspace_id_fkey FOREIGN KEY (workspace_id)
    REFERENCES tablecraft.workspaces (id) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT workspace_invitations_invited_by_fkey FOREIGN KEY (invited_by)
    REFERENCES tablecraft.users (id) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT workspace_invitations_email_check CHECK (email = lower(email)),
  CONSTRAINT workspace_invitations_role_check CHECK (role IN ('owner', 'editor', 'commenter', 'viewer'))
);

ALTER TABLE tablecraft.diagrams
  ADD COLUMN workspace_id uuid NOT NULL DEFAULT '00000000-0000-4000-8000-000000000001',
  ADD CONSTRAINT diagrams_workspace_id_fkey FOREIGN KEY (workspace_id)
    REFERENCES tablecraft.workspaces (id) ON DELETE CASCADE ON UPDATE CASCADE;
CREATE INDEX diagrams_workspace_id_idx ON tablecraft.diagrams (workspace_id, updated_at DESC);

ALTER TABLE tablecraft.connections
  ADD COLUMN workspace_id uuid NOT NULL DEFAULT '00000000-0000-4000-8000-000000000001',
  ADD CONSTRAINT connections_workspace_id_fkey FOREIGN KEY (workspace_id)
    REFERENCES tablecraft.workspaces (id) ON DELETE CASCADE ON UPDATE CASCADE;
CREATE INDEX connections_workspace_id_idx ON tablecraft.connections (workspace_id);

-- Named versions a person saved, automatic checkpoints, and restores.
ALTER TABLE tablecraft.diagram_versions
  ADD COLUMN kind text NOT NULL DEFAULT 'named',
  ADD COLUMN author_name text,
  ADD CONSTRAINT diagram_versions_kind_check CHECK (kind IN ('named', 'checkpoint'));

-- A link that lets whoever holds it open one diagram with a role. The token is
-- shown once, when the link is made; only its SHA-256 is stored.
CREATE TABLE tablecraft.share_links (
  id         uuid           NOT NULL DEFAULT gen_random_uuid(),
  diagram_id uuid           NOT NULL,
  token_hash text           NOT NULL,
  role       text           NOT NULL,
  label      text,
  created_by uuid,
  created_at timestamptz(3) NOT NULL DEFAULT now(),
  expires_at timestamptz(3),
  revoked_at timestamptz(3),
  CONSTRAINT share_links_pkey PRIMARY KEY (id),
  CONSTRAINT share_links_token_hash_key UNIQUE (token_hash),
  CONSTRAINT share_links_diagram_id_fkey FOREIGN KEY (diagram_id)
    REFERENCES tablecraft.diagrams (id) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT share_links_created_by_fkey FOREIGN KEY (created_by)
    REFERENCES tablecraft.users (id) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT share_links_role_check CHECK (role IN ('viewer', 'commenter', 'editor'))
);
CREATE INDEX share_links_diagram_id_idx ON tablecraft.share_links (diagram_id);

-- Threaded comments on a table or a column (document stable ids). A thread is
-- its first comment (parent_id null, table_id set) and the replies that point
-- at it; resolving marks the first comment.
CREATE TABLE tablecraft.comments (
  id               uuid           NOT NULL DEFAULT gen_random_uuid(),
  diagram_id       uuid           NOT NULL,
  parent_id        uuid,
  table_id         text,
  column_id        text,
  -- The target's name when the thread was started ("orders" or "orders.total"),
  -- so a thread whose table or column was later deleted can still say what it was about.
  target_label     text,
  body             text           NOT NULL,
  author_user_id   uuid,
  author_name      text           NOT NULL,
  -- Who may edit the comment later: "user:<id>", "link:<share link id>" or
  -- "local" (the embedded single-user owner); link visitors have no user id.
  author_key       text           NOT NULL,
  created_at       timestamptz(3) NOT NULL DEFAULT now(),
  updated_at       timestamptz(3) NOT NULL DEFAULT now(),
  resolved_at      timestamptz(3),
  resolved_by_name text,
  CONSTRAINT comments_pkey PRIMARY KEY (id),
  CONSTRAINT comments_diagram_id_fkey FOREIGN KEY (diagram_id)
    REFERENCES tablecraft.diagrams (id) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT comments_parent_id_fkey FOREIGN KEY (parent_id)
    REFERENCES tablecraft.comments (id) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT comments_author_user_id_fkey FOREIGN KEY (author_user_id)
    REFERENCES tablecraft.users (id) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT comments_body_check CHECK (char_length(body) BETWEEN 1 AND 10000),
  CONSTRAINT comments_target_check CHECK (parent_id IS NOT NULL OR table_id IS NOT NULL)
);
CREATE INDEX comments_diagram_id_idx ON tablecraft.comments (diagram_id, created_at);
CREATE INDEX comments_parent_id_idx ON tablecraft.comments (parent_id);

-- Co-editing: every change to a diagram's document is one row, in the order the
-- server applied it. revision is the diagram revision the operation produced,
-- so clients catch up with "every operation after revision N". op_id is chosen
-- by the client, which makes a retried send harmless.
CREATE TABLE tablecraft.diagram_ops (
  diagram_id     uuid           NOT NULL,
  revision       integer        NOT NULL,
  op_id          uuid           NOT NULL,
  client_id      text           NOT NULL,
  author_user_id uuid,
  author_name    text           NOT NULL,
  command        jsonb          NOT NULL,
  created_at     timestamptz(3) NOT NULL DEFAULT now(),
  CONSTRAINT diagram_ops_pkey PRIMARY KEY (diagram_id, revision),
  CONSTRAINT diagram_ops_op_id_key UNIQUE (diagram_id, op_id),
  CONSTRAINT diagram_ops_diagram_id_fkey FOREIGN KEY (diagram_id)
    REFERENCES tablecraft.diagrams (id) ON DELETE CASCADE ON UPDATE CASCADE
);

-- Who has a diagram open, and what they have selected. Shared through the
-- database so every app instance sees everyone; rows older than a minute are stale.
CREATE TABLE tablecraft.diagram_presence (
  diagram_id  uuid           NOT NULL,
  client_id   text           NOT NULL,
  user_id     uuid,
  name        text           NOT NULL,
  color       text           NOT NULL,
  selection   jsonb          NOT NULL DEFAULT '[]',
  seen_at     timestamptz(3) NOT NULL DEFAULT now(),
  CONSTRAINT diagram_presence_pkey PRIMARY KEY (diagram_id, client_id),
  CONSTRAINT diagram_presence_diagram_id_fkey FOREIGN KEY (diagram_id)
    REFERENCES tablecraft.diagrams (id) ON DELETE CASCADE ON UPDATE CASCADE
);
