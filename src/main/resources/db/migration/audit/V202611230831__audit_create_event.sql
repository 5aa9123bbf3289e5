-- One audit trail for every business table: a row trigger records actor, time, table, row id, before and after.
-- The actor comes from the connection setting vientro.actor that the application sets on every connection it hands out.
create schema if not exists audit;

create table audit.event (
    id             bigint generated always as identity constraint event_pk primary key,
    occurred_at    timestamptz not null default clock_timestamp(),
    transaction_id bigint not null default txid_current(),
    actor          text not null,
    operation      text not null constraint event_operation_ck check (operation in ('INSERT', 'UPDATE', 'DELETE')),
    schema_name    text not null,
    table_name     text not null,
    row_id         text,
    before         jsonb,
    after          jsonb
);
create index event_table_row_idx on audit.event (schema_name, table_name, row_id, id desc);
create index event_occurred_at_idx on audit.event (occurred_at desc, id desc);
create index event_actor_idx on audit.event (actor, id desc);

-- Secrets never enter the trail; a changed secret shows as changed.
create function audit.mask_secrets(row_data jsonb, other jsonb) returns jsonb
    language sql immutable
as $$
    select coalesce(
        (select jsonb_object_agg(key,
                    case when key in ('password_hash', 'token_hash')
                         then to_jsonb(case when other is not null and other -> key is distinct from value
                                            then '*** (changed)' else '***' end)
                         else value end)
           from jsonb_each(row_data)),
        '{}'::jsonb)
$$;

create function audit.record_change() returns trigger
    language plpgsql security definer set search_path = pg_catalog, public
as $$
declare
    old_row jsonb;
    new_row jsonb;
begin
    if tg_op in ('UPDATE', 'DELETE') then old_row := to_jsonb(old); end if;
    if tg_op in ('INSERT', 'UPDATE') then new_row := to_jsonb(new); end if;
    if tg_op = 'UPDATE' and old_row = new_row then
        return null;
    end if;
    insert into audit.event (actor, operation, schema_name, table_name, row_id, before, after)
    values (coalesce(nullif(current_setting('vientro.actor', true), ''), 'db:' || session_user),
            tg_op, tg_table_schema, tg_table_name,
            coalesce(new_row ->> 'id', old_row ->> 'id'),
            case when old_row is null then null else audit.mask_secrets(old_row, null) end,
            case when new_row is null then null else audit.mask_secrets(new_row, old_row) end);
    return null;
end
$$;

-- Append-only: nobody, the application's own database user included, may change or remove the trail.
create function audit.refuse_change() returns trigger
    language plpgsql
as $$
begin
    raise exception 'audit.event is append-only (% refused)', tg_op using errcode = 'insufficient_privilege';
end
$$;

create trigger event_append_only before update or delete on audit.event
    for each row execute function audit.refuse_change();
create trigger event_no_truncate before truncate on audit.event
    for each statement execute function audit.refuse_change();

revoke update, delete, truncate on audit.event from public;
revoke update, delete, truncate on audit.event from current_user;

-- Attaches the audit trigger to every table of every business schema; run after each migration (callback).
create function audit.attach_to_business_tables() returns integer
    language plpgsql
as $$
declare
    target   record;
    attached integer := 0;
begin
    for target in
        select c.oid::regclass as table_ref
          from pg_class c
          join pg_namespace n on n.oid = c.relnamespace
         where c.relkind in ('r', 'p')
           and not c.relispartition
           and n.nspname not in ('public', 'audit', 'information_schema')
           and n.nspname not like 'pg\_%'
           and coalesce(obj_description(c.oid, 'pg_class'), '') not like '%[audit:skip]%'
           and not exists (select 1 from pg_trigger t where t.tgrelid = c.oid and t.tgname = 'audit_change')
    loop
        execute format('create trigger audit_change after insert or update or delete on %s '
                       'for each row execute function audit.record_change()', target.table_ref);
        attached := attached + 1;
    end loop;
    return attached;
end
$$;
