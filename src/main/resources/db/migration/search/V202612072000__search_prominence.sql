-- How prominent a document is among those matching as well: its score is multiplied by it (SearchDocument).
alter table search.document add column prominence real not null default 1
    constraint document_prominence_ck check (prominence > 0 and prominence <= 1);
