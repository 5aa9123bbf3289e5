-- Extensions for diacritic-insensitive, typo-tolerant search (both are trusted: a database owner may create them).
create extension if not exists unaccent;
create extension if not exists pg_trgm;

-- unaccent() is STABLE and cannot back an index; naming the dictionary makes the result depend on the input only.
create or replace function public.f_unaccent(text) returns text
    language sql immutable parallel safe strict
as $$ select public.unaccent('public.unaccent'::regdictionary, $1) $$;

-- Spring Session JDBC (schema-postgresql.sql from spring-session-jdbc 4.1): sessions shared by every app node.
create table spring_session (
    primary_id            char(36) not null,
    session_id            char(36) not null,
    creation_time         bigint not null,
    last_access_time      bigint not null,
    max_inactive_interval int not null,
    expiry_time           bigint not null,
    principal_name        varchar(100),
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36) not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id)
        references spring_session (primary_id) on delete cascade
);

-- ShedLock: a scheduled job runs once across all app nodes.
create table shedlock (
    name       varchar(64) not null constraint shedlock_pk primary key,
    lock_until timestamptz not null,
    locked_at  timestamptz not null,
    locked_by  varchar(255) not null
);

-- Spring Modulith event publication registry (v2 schema from spring-modulith-events-jdbc 2.1).
create table event_publication (
    id                     uuid not null constraint event_publication_pk primary key,
    listener_id            text not null,
    event_type             text not null,
    serialized_event       text not null,
    publication_date       timestamptz not null,
    completion_date        timestamptz,
    status                 text,
    completion_attempts    int,
    last_resubmission_date timestamptz
);
create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on event_publication (completion_date);
