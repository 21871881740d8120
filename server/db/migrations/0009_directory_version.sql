-- A counter that every committed change of organizations or zones moves forward, in the same transaction.
-- The server keeps the directory's facet columns in memory; it reloads them when this number changes.
-- Because the counter is a row written by the change itself, a reader that loads the data and the counter
-- in one snapshot can never label old data with a new number.
CREATE TABLE directory_version (
  id integer PRIMARY KEY CHECK (id = 1),
  version bigint NOT NULL
);
--> statement-breakpoint
INSERT INTO directory_version (id, version) VALUES (1, 1);
--> statement-breakpoint
CREATE FUNCTION bump_directory_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE directory_version SET version = version + 1 WHERE id = 1;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER organizations_directory_version
  AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON organizations
  FOR EACH STATEMENT EXECUTE FUNCTION bump_directory_version();
--> statement-breakpoint
CREATE TRIGGER zones_directory_version
  AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON zones
  FOR EACH STATEMENT EXECUTE FUNCTION bump_directory_version();
