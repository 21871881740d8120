CREATE TABLE "interchange_imports" (
	"id" uuid PRIMARY KEY DEFAULT uuidv7() NOT NULL,
	"file_name" text NOT NULL,
	"status" text DEFAULT 'running' NOT NULL,
	"phase" text,
	"total_lines" integer DEFAULT 0 NOT NULL,
	"processed_lines" integer DEFAULT 0 NOT NULL,
	"counts" jsonb,
	"problems" jsonb,
	"problem_count" integer DEFAULT 0 NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "organization_merges" (
	"id" uuid PRIMARY KEY DEFAULT uuidv7() NOT NULL,
	"target_id" uuid NOT NULL,
	"source_id" uuid NOT NULL,
	"source_external_id" text NOT NULL,
	"snapshot" jsonb NOT NULL,
	"relinked" jsonb NOT NULL,
	"merged_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "organization_revisions" (
	"id" uuid PRIMARY KEY DEFAULT uuidv7() NOT NULL,
	"organization_id" uuid NOT NULL,
	"changes" jsonb NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"edited_by" text NOT NULL,
	"edited_by_label" text NOT NULL,
	"decided_by" text,
	"decided_at" timestamp with time zone,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "people" (
	"id" uuid PRIMARY KEY DEFAULT uuidv7() NOT NULL,
	"organization_id" uuid NOT NULL,
	"name" jsonb NOT NULL,
	"title" jsonb,
	"email" text,
	"phone" text,
	"position" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "machine_translated" text[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "logo_key" text;--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "contact_email" text;--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "contact_phone" text;--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "registration_number" text;--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "domain" text;--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "name_keys" text[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "verified_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "search_tokens" "tsvector" DEFAULT ''::tsvector NOT NULL;--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "search_names" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "organization_merges" ADD CONSTRAINT "organization_merges_target_id_organizations_id_fk" FOREIGN KEY ("target_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organization_revisions" ADD CONSTRAINT "organization_revisions_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people" ADD CONSTRAINT "people_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "interchange_imports_created_at_index" ON "interchange_imports" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "organization_merges_target_id_index" ON "organization_merges" USING btree ("target_id");--> statement-breakpoint
CREATE INDEX "organization_merges_source_external_id_index" ON "organization_merges" USING btree ("source_external_id");--> statement-breakpoint
CREATE INDEX "organization_revisions_status_created_at_index" ON "organization_revisions" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "organization_revisions_organization_id_index" ON "organization_revisions" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "people_organization_id_position_index" ON "people" USING btree ("organization_id","position");--> statement-breakpoint
CREATE INDEX "organizations_target_markets_index" ON "organizations" USING gin ("target_markets");--> statement-breakpoint
CREATE INDEX "organizations_stage_index" ON "organizations" USING btree ("stage");--> statement-breakpoint
CREATE INDEX "organizations_country_index" ON "organizations" USING btree ("country");--> statement-breakpoint
CREATE INDEX "organizations_search_tokens_index" ON "organizations" USING gin ("search_tokens");--> statement-breakpoint
CREATE INDEX "organizations_search_names_trgm_index" ON "organizations" USING gin ("search_names" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "organizations_registration_number_index" ON "organizations" USING btree ("registration_number");--> statement-breakpoint
CREATE INDEX "organizations_domain_index" ON "organizations" USING btree ("domain");--> statement-breakpoint
CREATE INDEX "organizations_name_keys_index" ON "organizations" USING gin ("name_keys");