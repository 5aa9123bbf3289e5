-- The first answer to each API POST sent with an Idempotency-Key (platform.web.IdempotencyKeyFilter): a retry with the
-- same key gets it again instead of writing twice. In PostgreSQL, so whichever node a retry reaches answers it; the
-- row is written in the transaction of the write it answers, so both are there or neither is.
create schema if not exists platform;

create table platform.idempotent_answer (
    username        text        not null,
    idempotency_key text        not null,
    -- SHA-256 of the request's method, path, query, media type and body: the same key with another request is refused
    fingerprint     text        not null,
    created_at      timestamptz not null default now(),
    -- the answer; null only inside the transaction of the request that runs, which never commits the row without it
    status          integer,
    content_type    text,
    location        text,
    body            bytea,
    constraint idempotent_answer_pk primary key (username, idempotency_key)
);
create index idempotent_answer_created_at_idx on platform.idempotent_answer (created_at);

-- Answers repeat what the API sent to their caller, sealed opinions included, and the writes they answer are audited
-- on their own tables: copying them into the trail would only spread what is sealed.
comment on table platform.idempotent_answer is
    'First answers to API requests sent with an Idempotency-Key, kept 24 hours. [audit:skip]';
