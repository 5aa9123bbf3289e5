-- Reads of security opinions are recorded in the audit trail itself now (audit.record_read), as sealed READ events of
-- the opinion request, the one way every module records reads of its sealed records. The reads recorded so far move
-- there with their reader, time and screen; their table goes.
insert into audit.event (occurred_at, actor, operation, schema_name, table_name, row_id, after)
select read_at, reader, 'READ', 'aid', 'opinion_request', opinion_request::text, jsonb_build_object('channel', channel)
  from aid.confidential_read
 order by id;
drop table aid.confidential_read;
