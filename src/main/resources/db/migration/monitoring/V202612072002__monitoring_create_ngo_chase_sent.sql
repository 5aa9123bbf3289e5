-- What the daily chasing (đôn đốc) sent about the foreign NGOs' own duties (D58 Art. 21: the plan, the annual report),
-- which the registry keeps and monitoring lists: each stage once per organisation, duty and due date. A technical
-- ledger, as chase_sent is for the generated duties.
create table monitoring.ngo_chase_sent (
    organisation_id bigint not null,
    kind            text   not null,
    due_on          date   not null,
    stage           text   not null constraint ngo_chase_sent_stage_ck check (stage in ('DUE_SOON', 'OVERDUE')),
    sent_on         date   not null,
    constraint ngo_chase_sent_pk primary key (organisation_id, kind, due_on, stage)
);
comment on table monitoring.ngo_chase_sent is 'Chasing stages sent per NGO duty and due date, so the daily job sends each once [audit:skip]';
select public.bound_text('monitoring.ngo_chase_sent', 'kind', 100);
select public.bound_text('monitoring.ngo_chase_sent', 'stage', 100);
