-- A notice's subject is kept as a message key with typed arguments and rendered in the reader's language when read.
-- Notices written before were kept as Vietnamese text: they become the text of the key notification.stored.
alter table notification.inbox_item
    add column subject_key  text,
    add column subject_args jsonb not null default '[]';
update notification.inbox_item
   set subject_key = 'notification.stored', subject_args = jsonb_build_array(jsonb_build_object('t', 'words', 'v', subject));
alter table notification.inbox_item alter column subject_key set not null;
alter table notification.inbox_item drop column subject;
-- The body was only ever someone's own words (the question asked, a reference): shown as written.
alter table notification.inbox_item rename column body to quote;
