-- pg_trgm gives typo-tolerant name search (similarity on trigrams). It is a trusted extension, so the
-- database owner may create it without superuser rights (also on a managed PostgreSQL).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
