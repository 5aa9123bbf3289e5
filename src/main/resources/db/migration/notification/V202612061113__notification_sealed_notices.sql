-- A notice telling of a sealed record (a security opinion asked, answered or overdue) shows in the audit trail only to
-- those who read sealed records: the trail seals every event of a row whose confidential column is true.
alter table notification.inbox_item add column confidential boolean not null default false;
