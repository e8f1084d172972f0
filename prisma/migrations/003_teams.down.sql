-- Undoes 003_teams. Accounts, links, comments, history of operations and
-- presence are dropped; diagrams and connections stay, without a workspace.
DROP TABLE tablecraft.diagram_presence;
DROP TABLE tablecraft.diagram_ops;
DROP TABLE tablecraft.comments;
DROP TABLE tablecraft.share_links;
ALTER TABLE tablecraft.diagram_versions DROP COLUMN author_name, DROP COLUMN kind;
DROP INDEX tablecraft.connections_workspace_id_idx;
ALTER TABLE tablecraft.connections DROP COLUMN workspace_id;
DROP INDEX tablecraft.diagrams_workspace_id_idx;
ALTER TABLE tablecraft.diagrams DROP COLUMN workspace_id;
DROP TABLE tablecraft.workspace_invitations;
DROP TABLE tablecraft.workspace_members;
DROP TABLE tablecraft.workspaces;
DROP TABLE tablecraft.sessions;
DROP TABLE tablecraft.users;
