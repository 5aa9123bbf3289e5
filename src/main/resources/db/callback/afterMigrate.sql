-- Every table a migration creates in a business schema is audited: no module can forget it.
select audit.attach_to_business_tables();
