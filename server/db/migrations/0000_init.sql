CREATE TABLE "industries" (
	"code" text PRIMARY KEY NOT NULL,
	"parent_code" text,
	"group" text NOT NULL,
	"name" jsonb NOT NULL,
	"sort_order" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "opportunities" (
	"id" uuid PRIMARY KEY DEFAULT uuidv7() NOT NULL,
	"external_id" text NOT NULL,
	"owner_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" jsonb NOT NULL,
	"description" jsonb,
	"industries" text[] DEFAULT '{}' NOT NULL,
	"tags" text[] DEFAULT '{}' NOT NULL,
	"stages" text[] DEFAULT '{}' NOT NULL,
	"markets" text[] DEFAULT '{}' NOT NULL,
	"deadline" date,
	"status" text DEFAULT 'open' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "opportunities_externalId_unique" UNIQUE("external_id")
);
--> statement-breakpoint
CREATE TABLE "organizations" (
	"id" uuid PRIMARY KEY DEFAULT uuidv7() NOT NULL,
	"external_id" text NOT NULL,
	"kind" text NOT NULL,
	"scope" text NOT NULL,
	"name" jsonb NOT NULL,
	"sort_name" text NOT NULL,
	"summary" jsonb,
	"description" jsonb,
	"seeking" jsonb,
	"offering" jsonb,
	"industries" text[] DEFAULT '{}' NOT NULL,
	"tags" text[] DEFAULT '{}' NOT NULL,
	"stage" text,
	"founded_year" integer,
	"employees" integer,
	"website" text,
	"country" text,
	"city" text,
	"zone_id" uuid,
	"target_markets" text[] DEFAULT '{}' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organizations_externalId_unique" UNIQUE("external_id")
);
--> statement-breakpoint
CREATE TABLE "zones" (
	"id" uuid PRIMARY KEY DEFAULT uuidv7() NOT NULL,
	"code" text NOT NULL,
	"name" jsonb NOT NULL,
	"designation" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "zones_code_unique" UNIQUE("code")
);
--> statement-breakpoint
ALTER TABLE "opportunities" ADD CONSTRAINT "opportunities_owner_id_organizations_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organizations" ADD CONSTRAINT "organizations_zone_id_zones_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."zones"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "opportunities_owner_id_index" ON "opportunities" USING btree ("owner_id");--> statement-breakpoint
CREATE INDEX "opportunities_status_deadline_index" ON "opportunities" USING btree ("status","deadline");--> statement-breakpoint
CREATE INDEX "organizations_sort_name_id_index" ON "organizations" USING btree ("sort_name","id");--> statement-breakpoint
CREATE INDEX "organizations_kind_index" ON "organizations" USING btree ("kind");--> statement-breakpoint
CREATE INDEX "organizations_scope_index" ON "organizations" USING btree ("scope");--> statement-breakpoint
CREATE INDEX "organizations_zone_id_index" ON "organizations" USING btree ("zone_id");--> statement-breakpoint
CREATE INDEX "organizations_industries_index" ON "organizations" USING gin ("industries");