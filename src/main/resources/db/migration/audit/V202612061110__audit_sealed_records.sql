-- Sealed records (DOMAIN.md §10): a security agency's opinion may be a state secret (Law 29/2018/QH14), readable only
-- by the police, the appraisal lead, the focal point and leaders. Its content lives in tables the trail leaves out
-- ([audit:skip]); the rows that tell of it (the request, the input asked of the police, a notice, a kept file) carry
-- confidential = true, and their events are sealed: the trail shows them only to those who may read security opinions,
-- never to an administrator, who must not learn that such an opinion exists.
alter table audit.event drop constraint event_operation_ck;
alter table audit.event add constraint event_operation_ck check (operation in ('INSERT', 'UPDATE', 'DELETE', 'READ'));

-- Stored, not recomputed per query: the page and the API filter on it for every reader but the few cleared ones.
-- Computed from what the event itself holds, so past events are classified too, without rewriting the trail.
alter table audit.event add column sealed boolean not null generated always as (
    operation = 'READ'
    or coalesce(before @> '{"confidential": true}', false)
    or coalesce(after @> '{"confidential": true}', false)
    -- reads of security opinions recorded before the trail kept reads itself, in a table of the aid module since dropped
    or (schema_name = 'aid' and table_name = 'confidential_read')) stored;

-- A change made in the same transaction as a sealed change tells that it happened (saving an aggregate writes its root
-- and its other parts too: the police's answer bumps the opinion's version): for those who may not read sealed
-- records, the whole transaction is sealed. A sealed row merely written again unchanged is no sealed change: Spring
-- Data JDBC deletes and inserts again every part of an aggregate it saves, so another agency's answer rewrites the
-- police's row as it was, and stays visible.
create index event_sealed_transaction_idx on audit.event (transaction_id) where sealed;
create function audit.seals_transaction(candidate bigint) returns boolean
    language sql stable
as $$
    select exists (
        select 1 from audit.event s
         where s.transaction_id = candidate and s.sealed
           and not (s.operation in ('INSERT', 'DELETE') and exists (
               select 1 from audit.event r
                where r.transaction_id = s.transaction_id and r.sealed and r.operation in ('INSERT', 'DELETE')
                  and r.operation <> s.operation and r.schema_name = s.schema_name and r.table_name = s.table_name
                  and r.row_id = s.row_id and coalesce(r.before, r.after) = coalesce(s.before, s.after))))
$$;

-- A read of a sealed record (DOMAIN.md §10: audit-log every read of secret items). Only the application sees a read,
-- so it asks for it to be recorded; the actor is taken as the trigger takes it for a change.
create function audit.record_read(read_table text, read_row text, channel text) returns void
    language sql security definer set search_path = pg_catalog, public
as $$
    insert into audit.event (actor, operation, schema_name, table_name, row_id, after)
    values (coalesce(nullif(current_setting('vientro.actor', true), ''), 'db:' || session_user), 'READ',
            split_part(read_table, '.', 1), split_part(read_table, '.', 2), read_row,
            jsonb_build_object('channel', channel))
$$;
