-- The list's "code or name" filter matches anywhere in the code, names and IATI identifier, without diacritics; a
-- trigram index keeps it fast over a national list (100,000 items) instead of unaccenting every row per request.
create function aid.item_text(code text, name_vi text, name_en text, iati_identifier text) returns text
    language sql immutable parallel safe
    return public.f_unaccent(lower(concat_ws(' ', code, name_vi, name_en, iati_identifier)));

create index aid_item_text_idx on aid.aid_item
    using gin (aid.item_text(code, name_vi, name_en, iati_identifier) public.gin_trgm_ops);
