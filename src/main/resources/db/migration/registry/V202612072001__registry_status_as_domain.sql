-- DOMAIN.md §7: an organisation that stopped working in the province ended one of three ways, each with its own
-- deciding document. Those recorded as "ceased" before ended their work (the only way the form offered to say so).
alter table registry.organisation drop constraint organisation_status_ck;
update registry.organisation set status = 'TERMINATED' where status = 'CEASED';
alter table registry.organisation add constraint organisation_status_ck
    check (status in ('ACTIVE', 'UNDER_INSPECTION', 'SUSPENDED', 'TERMINATED', 'REVOKED', 'EXPIRED'));
update registry.organisation_status_change set from_status = 'TERMINATED' where from_status = 'CEASED';
update registry.organisation_status_change set to_status = 'TERMINATED' where to_status = 'CEASED';
