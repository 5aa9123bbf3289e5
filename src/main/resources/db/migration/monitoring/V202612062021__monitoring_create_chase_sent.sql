-- What the daily chasing (đôn đốc) sent, per duty, stage and due date: each stage is sent once, even when two nodes
-- run the job at once (the insert that does nothing on a conflict holds it), and a duty whose due date moves is chased
-- again for the new date. A technical ledger, not a business record: the notices it caused are kept by the inbox.
create table monitoring.chase_sent (
    duty_id bigint not null constraint chase_sent_duty_fk references monitoring.report_duty (id),
    stage   text   not null constraint chase_sent_stage_ck
                check (stage in ('DUE_SOON', 'OVERDUE', 'GOVERNING_LEADER', 'PROVINCIAL_LEADER')),
    due_on  date   not null,
    sent_on date   not null,
    constraint chase_sent_pk primary key (duty_id, stage, due_on)
);
comment on table monitoring.chase_sent is 'Chasing stages sent per duty and due date, so the daily job sends each once [audit:skip]';
-- The reports still owed, by due date: what the daily job reads.
create index report_duty_open_due_on_idx on monitoring.report_duty (due_on) where submitted_on is null;
