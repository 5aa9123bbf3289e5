-- The police's written reply is a kept file like any other, but that it was kept tells that a security opinion was
-- answered: its row is confidential, and the trail seals its events.
alter table aid.stored_file add column confidential boolean not null default false;
update aid.stored_file f set confidential = true
  from aid.sealed_opinion s where s.answer_file_id = f.id;
