CREATE TABLE "introduction_events" (
	"id" uuid PRIMARY KEY DEFAULT uuidv7() NOT NULL,
	"introduction_id" uuid NOT NULL,
	"status" text NOT NULL,
	"actor_id" text,
	"actor_label" text NOT NULL,
	"message" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "introductions" (
	"id" uuid PRIMARY KEY DEFAULT uuidv7() NOT NULL,
	"opportunity_id" uuid,
	"company_id" uuid NOT NULL,
	"partner_id" uuid NOT NULL,
	"requested_for" uuid NOT NULL,
	"requested_by" text,
	"office_id" uuid,
	"status" text DEFAULT 'requested' NOT NULL,
	"message" text NOT NULL,
	"broker_message" text,
	"brokered_by" text,
	"meeting_on" date,
	"outcome" text,
	"outcome_amount" numeric(18, 2),
	"outcome_currency" text,
	"outcome_note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "match_feedback" (
	"id" uuid PRIMARY KEY DEFAULT uuidv7() NOT NULL,
	"opportunity_id" uuid,
	"partner_id" uuid,
	"organization_id" uuid NOT NULL,
	"side" text NOT NULL,
	"verdict" text NOT NULL,
	"reason" text,
	"note" text,
	"features" jsonb NOT NULL,
	"score" real NOT NULL,
	"user_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "match_feedback_opportunityId_partnerId_organizationId_side_unique" UNIQUE NULLS NOT DISTINCT("opportunity_id","partner_id","organization_id","side")
);
--> statement-breakpoint
CREATE TABLE "match_weights" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "match_weights_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"weights" jsonb NOT NULL,
	"samples" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "opportunities" ADD COLUMN "machine_translated" text[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE "opportunities" ADD COLUMN "search_tokens" "tsvector" DEFAULT ''::tsvector NOT NULL;--> statement-breakpoint
ALTER TABLE "opportunities" ADD COLUMN "concepts" text[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE "opportunities" ADD COLUMN "created_by" text;--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "offer_concepts" text[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "seek_concepts" text[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE "introduction_events" ADD CONSTRAINT "introduction_events_introduction_id_introductions_id_fk" FOREIGN KEY ("introduction_id") REFERENCES "public"."introductions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "introduction_events" ADD CONSTRAINT "introduction_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "introductions" ADD CONSTRAINT "introductions_opportunity_id_opportunities_id_fk" FOREIGN KEY ("opportunity_id") REFERENCES "public"."opportunities"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "introductions" ADD CONSTRAINT "introductions_company_id_organizations_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "introductions" ADD CONSTRAINT "introductions_partner_id_organizations_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "introductions" ADD CONSTRAINT "introductions_requested_for_organizations_id_fk" FOREIGN KEY ("requested_for") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "introductions" ADD CONSTRAINT "introductions_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "introductions" ADD CONSTRAINT "introductions_office_id_organizations_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "introductions" ADD CONSTRAINT "introductions_brokered_by_users_id_fk" FOREIGN KEY ("brokered_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "match_feedback" ADD CONSTRAINT "match_feedback_opportunity_id_opportunities_id_fk" FOREIGN KEY ("opportunity_id") REFERENCES "public"."opportunities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "match_feedback" ADD CONSTRAINT "match_feedback_partner_id_organizations_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "match_feedback" ADD CONSTRAINT "match_feedback_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "match_feedback" ADD CONSTRAINT "match_feedback_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "introduction_events_introduction_id_created_at_index" ON "introduction_events" USING btree ("introduction_id","created_at");--> statement-breakpoint
CREATE INDEX "introductions_company_id_index" ON "introductions" USING btree ("company_id");--> statement-breakpoint
CREATE INDEX "introductions_partner_id_index" ON "introductions" USING btree ("partner_id");--> statement-breakpoint
CREATE INDEX "introductions_office_id_index" ON "introductions" USING btree ("office_id");--> statement-breakpoint
CREATE INDEX "introductions_opportunity_id_index" ON "introductions" USING btree ("opportunity_id");--> statement-breakpoint
CREATE INDEX "introductions_requested_for_index" ON "introductions" USING btree ("requested_for");--> statement-breakpoint
CREATE INDEX "introductions_status_created_at_index" ON "introductions" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "match_feedback_organization_id_index" ON "match_feedback" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "match_feedback_partner_id_index" ON "match_feedback" USING btree ("partner_id");--> statement-breakpoint
ALTER TABLE "opportunities" ADD CONSTRAINT "opportunities_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "opportunities_search_tokens_index" ON "opportunities" USING gin ("search_tokens");