CREATE SEQUENCE "public"."search_generation" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE TABLE "search_documents" (
	"generation" integer NOT NULL,
	"doc" integer NOT NULL,
	"slug" text NOT NULL,
	"date" bigint NOT NULL,
	"text" text NOT NULL,
	CONSTRAINT "search_documents_generation_doc_pk" PRIMARY KEY("generation","doc")
);
--> statement-breakpoint
CREATE TABLE "search_indexes" (
	"fingerprint" text PRIMARY KEY NOT NULL,
	"generation" integer NOT NULL,
	"documents" integer NOT NULL,
	"built_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "search_indexes_generation_unique" UNIQUE("generation")
);
--> statement-breakpoint
CREATE TABLE "search_terms" (
	"generation" integer NOT NULL,
	"namespace" smallint NOT NULL,
	"term" text NOT NULL,
	"docs" integer[] NOT NULL,
	"impacts" integer[] NOT NULL,
	CONSTRAINT "search_terms_generation_namespace_term_pk" PRIMARY KEY("generation","namespace","term")
);
