-- A decision changes once it is recorded (its signed scan is attached or replaced): like every aggregate it carries a
-- version, so two people attaching a scan at once cannot overwrite each other silently.
alter table aid.decision add column version bigint not null default 0;
