CREATE TABLE "comment_blocks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"reader_id" uuid,
	"email_hash" text,
	"blocked_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "comment_blocks_reader_id_unique" UNIQUE("reader_id"),
	CONSTRAINT "comment_blocks_email_hash_unique" UNIQUE("email_hash"),
	CONSTRAINT "comment_blocks_one_target" CHECK (("comment_blocks"."reader_id" is null) <> ("comment_blocks"."email_hash" is null))
);
--> statement-breakpoint
CREATE TABLE "comments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"article_slug" text NOT NULL,
	"reader_id" uuid,
	"author_name" text NOT NULL,
	"email_hash" text,
	"site" text,
	"role" text,
	"body" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"parent_id" uuid,
	"reply_to_name" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"edited_at" timestamp with time zone,
	"withdrawn_at" timestamp with time zone,
	"import_key" text,
	CONSTRAINT "comments_import_key_unique" UNIQUE("import_key"),
	CONSTRAINT "comments_status_known" CHECK ("comments"."status" in ('pending', 'approved', 'hidden', 'spam')),
	CONSTRAINT "comments_role_known" CHECK ("comments"."role" is null or "comments"."role" in ('author', 'editor')),
	CONSTRAINT "comments_body_length" CHECK (char_length("comments"."body") between 1 and 20000)
);
--> statement-breakpoint
ALTER TABLE "comment_blocks" ADD CONSTRAINT "comment_blocks_reader_id_users_id_fk" FOREIGN KEY ("reader_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comments" ADD CONSTRAINT "comments_reader_id_users_id_fk" FOREIGN KEY ("reader_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comments" ADD CONSTRAINT "comments_parent_id_comments_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."comments"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "comments_article_slug_status_created_at_idx" ON "comments" USING btree ("article_slug","status","created_at");--> statement-breakpoint
CREATE INDEX "comments_parent_id_idx" ON "comments" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "comments_reader_id_idx" ON "comments" USING btree ("reader_id");