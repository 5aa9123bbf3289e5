create schema if not exists search;

-- One shared search index: each module puts its own documents here (organisations, permits, contacts, aid items ...)
-- with the roles allowed to find them. Derived data, rebuilt from the owners' tables, hence not audited.
create table search.document (
    doc_type   text not null,
    doc_id     text not null,
    title      text not null,
    subtitle   text,
    body       text,
    url        text not null,
    visibility text[] not null,
    names      text not null,
    tsv        tsvector not null,
    updated_at timestamptz not null default now(),
    constraint document_pk primary key (doc_type, doc_id)
);
-- Full text ('simple' dictionary over unaccented lower case) for words and prefixes; trigrams only on the short
-- name field, for typos: on whole documents short Vietnamese syllables share trigrams with nearly every row.
create index document_tsv_idx on search.document using gin (tsv);
create index document_names_idx on search.document using gin (names gin_trgm_ops);
comment on table search.document is 'Search index fed by each module; derived, rebuildable. [audit:skip]';
