-- Identifiers such as XM-DAC-47045 or 125/GĐK-BNG must split into the same words on both sides: the text parser
-- reads "-47045" as a signed number, so punctuation becomes spaces before the words are indexed.
create function search.words(text) returns text
    language sql immutable parallel safe strict
as $$ select regexp_replace(lower(public.f_unaccent($1)), '[^[:alnum:]]+', ' ', 'g') $$;

update search.document
   set tsv = setweight(to_tsvector('simple', search.words(names || ' ' || title)), 'A')
          || setweight(to_tsvector('simple', search.words(coalesce(subtitle, ''))), 'B')
          || setweight(to_tsvector('simple', search.words(coalesce(body, ''))), 'C');
