-- Removes everything 001_initial created. Destroys all stored diagrams.
DROP TABLE tablecraft.diagram_versions;
DROP TABLE tablecraft.diagrams;
DROP SCHEMA tablecraft;
