-- Removes everything 002_connections created. Destroys the saved connections
-- and the record of what the app applied to them (the targets keep their own history).
DROP TABLE tablecraft.live_migrations;
DROP TABLE tablecraft.connections;
