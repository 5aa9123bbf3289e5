-- The activities matched so far, counted as each page of matches is written: a large file's matching takes a while
-- after its reading, and its page shows how far it has come (and the job's updated_at shows it is alive).
alter table interchange.import_job add column matched_count integer not null default 0;
