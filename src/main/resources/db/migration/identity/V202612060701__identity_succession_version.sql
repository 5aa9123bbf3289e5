-- A succession is an aggregate like every other record: it carries a version for optimistic locking.
alter table identity.agency_succession add column version bigint not null default 0;
