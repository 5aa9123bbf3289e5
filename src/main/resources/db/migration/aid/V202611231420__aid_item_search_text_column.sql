-- The normalized text is stored, so the trigram index's recheck reads a column instead of unaccenting each candidate
-- row again (a common word such as "sốt rét" matches a tenth of a national list).
drop index aid.aid_item_text_idx;
alter table aid.aid_item add column search_text text
    generated always as (aid.item_text(code, name_vi, name_en, iati_identifier)) stored;
create index aid_item_search_text_idx on aid.aid_item using gin (search_text public.gin_trgm_ops);
