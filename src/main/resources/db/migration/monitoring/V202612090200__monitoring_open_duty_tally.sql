-- The open report duties (not submitted) per owner and managing agency, kept on write, for the dashboard's count of
-- overdue reports: the open duties less those not yet due. Every approved item owes a report each half year, so at
-- national scale the duties past due and not submitted are half a million and counting them took 100 ms of each
-- dashboard page; the duties not yet due are the next months' few. Kept by triggers because concurrent writers
-- (the duty generator, report submission) change the counts (docs/architecture.md, running totals).
create table monitoring.report_duty_open_tally (
    owner_agency_id    bigint not null,
    managing_agency_id bigint not null,
    open_duties        bigint not null,
    constraint report_duty_open_tally_pk primary key (owner_agency_id, managing_agency_id)
);
comment on table monitoring.report_duty_open_tally is
    'Open report duties per owner and managing agency, kept by trigger from monitoring.report_duty [audit:skip]';

insert into monitoring.report_duty_open_tally (owner_agency_id, managing_agency_id, open_duties)
select owner_agency_id, managing_agency_id, count(*) from monitoring.report_duty
 where submitted_on is null group by owner_agency_id, managing_agency_id;

-- One statement's changes, net per pair of agencies and added in key order (two writers never wait on each other's
-- rows in opposite orders). Each trigger has one event, so it names only its own transition tables.
create function monitoring.report_duty_open_tally_keep() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        insert into monitoring.report_duty_open_tally as t (owner_agency_id, managing_agency_id, open_duties)
        select owner_agency_id, managing_agency_id, count(*) from new_duties where submitted_on is null
         group by owner_agency_id, managing_agency_id order by owner_agency_id, managing_agency_id
        on conflict on constraint report_duty_open_tally_pk
            do update set open_duties = t.open_duties + excluded.open_duties;
    elsif tg_op = 'DELETE' then
        insert into monitoring.report_duty_open_tally as t (owner_agency_id, managing_agency_id, open_duties)
        select owner_agency_id, managing_agency_id, -count(*) from old_duties where submitted_on is null
         group by owner_agency_id, managing_agency_id order by owner_agency_id, managing_agency_id
        on conflict on constraint report_duty_open_tally_pk
            do update set open_duties = t.open_duties + excluded.open_duties;
    else
        insert into monitoring.report_duty_open_tally as t (owner_agency_id, managing_agency_id, open_duties)
        select owner_agency_id, managing_agency_id, sum(n) from (
            select owner_agency_id, managing_agency_id, 1 as n from new_duties where submitted_on is null
            union all
            select owner_agency_id, managing_agency_id, -1 as n from old_duties where submitted_on is null
        ) changes
         group by owner_agency_id, managing_agency_id
        having sum(n) <> 0
         order by owner_agency_id, managing_agency_id
        on conflict on constraint report_duty_open_tally_pk
            do update set open_duties = t.open_duties + excluded.open_duties;
    end if;
    return null;
end;
$$;

create trigger report_duty_open_tally_insert_trg after insert on monitoring.report_duty
    referencing new table as new_duties for each statement execute function monitoring.report_duty_open_tally_keep();
create trigger report_duty_open_tally_delete_trg after delete on monitoring.report_duty
    referencing old table as old_duties for each statement execute function monitoring.report_duty_open_tally_keep();
create trigger report_duty_open_tally_update_trg after update on monitoring.report_duty
    referencing old table as old_duties new table as new_duties
    for each statement execute function monitoring.report_duty_open_tally_keep();
