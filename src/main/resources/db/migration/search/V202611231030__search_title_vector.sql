-- Names and titles get their own vector and index: restricting the full vector to weight A made the planner
-- misjudge how many rows match and scan the whole table for broad words.
alter table search.document add column title_tsv tsvector;
update search.document set title_tsv = to_tsvector('simple', search.words(names || ' ' || title));
alter table search.document alter column title_tsv set not null;
create index document_title_tsv_idx on search.document using gin (title_tsv);
