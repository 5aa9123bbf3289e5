-- Every text column that people or clients write is bounded (docs/architecture.md, "Bounded input"): validation
-- refuses a longer text at its field, and the column's constraint <table>_<column>_length_ck holds the limit, so a
-- text that slipped past validation is never stored. A module bounds its columns with
--     select public.bound_text('aid.aid_item', 'name_vi', 500);
-- Texts stored before a limit existed may be longer: they are cut to the limit, ending in '…', so that the constraint
-- holds for every row and a later save of such a row does not fail; the audit trail keeps each whole text as the
-- change's "before".
create function public.bound_text(target regclass, column_name text, max_length integer) returns void
    language plpgsql
as $$
begin
    execute format('update %s set %I = left(%I, %s) || %L where char_length(%I) > %s',
                   target, column_name, column_name, max_length - 1, '…', column_name, max_length);
    execute format('alter table %s add constraint %I check (char_length(%I) <= %s)',
                   target, (select relname from pg_class where oid = target) || '_' || column_name || '_length_ck',
                   column_name, max_length);
end
$$;
