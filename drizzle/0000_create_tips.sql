CREATE TABLE "tips" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"article_slug" text NOT NULL,
	"author_slug" text NOT NULL,
	"amount_fen" integer NOT NULL,
	"method" text NOT NULL,
	"message" text,
	"reader_id" text,
	"idempotency_key" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "tips_idempotency_key_unique" UNIQUE("idempotency_key"),
	CONSTRAINT "tips_amount_fen_positive" CHECK ("tips"."amount_fen" > 0),
	CONSTRAINT "tips_method_known" CHECK ("tips"."method" in ('wechat', 'alipay', 'link'))
);
--> statement-breakpoint
CREATE INDEX "tips_article_slug_created_at_idx" ON "tips" USING btree ("article_slug","created_at");--> statement-breakpoint
CREATE INDEX "tips_author_slug_idx" ON "tips" USING btree ("author_slug");