CREATE INDEX "match_feedback_updated_at_index" ON "match_feedback" USING btree ("updated_at");--> statement-breakpoint
-- Matching keeps what it reads of organizations in memory (kind, scope, stage, country, industries, target
-- markets, concepts). directory_version moves on every write, a logo or a verification date too; this
-- counter moves only when one of those columns is written, so the 100,000-row reload follows real changes.
CREATE TABLE organization_match_version (
  id integer PRIMARY KEY CHECK (id = 1),
  version bigint NOT NULL
);
--> statement-breakpoint
INSERT INTO organization_match_version (id, version) VALUES (1, 1);
--> statement-breakpoint
CREATE FUNCTION bump_organization_match_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE organization_match_version SET version = version + 1 WHERE id = 1;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER organizations_match_version
  AFTER INSERT OR DELETE OR TRUNCATE OR UPDATE OF kind, scope, stage, country, industries, target_markets, offer_concepts, seek_concepts
  ON organizations
  FOR EACH STATEMENT EXECUTE FUNCTION bump_organization_match_version();
