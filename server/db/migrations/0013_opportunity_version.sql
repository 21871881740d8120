-- Like directory_version (0009) for opportunities: matching keeps open opportunities in memory and
-- reloads them when this number moves, which every writing transaction does through the trigger.
CREATE TABLE opportunity_version (
  id integer PRIMARY KEY CHECK (id = 1),
  version bigint NOT NULL
);
--> statement-breakpoint
INSERT INTO opportunity_version (id, version) VALUES (1, 1);
--> statement-breakpoint
CREATE FUNCTION bump_opportunity_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE opportunity_version SET version = version + 1 WHERE id = 1;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER opportunities_opportunity_version
  AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON opportunities
  FOR EACH STATEMENT EXECUTE FUNCTION bump_opportunity_version();
--> statement-breakpoint
-- Matching needs the new concept columns: emptying the lexemes makes the start-up reindex (which fills
-- rows without lexemes) recompute every derived column once.
UPDATE organizations SET search_tokens = ''::tsvector;
