-- The words the index holds, for typos: a word of a query that is not among them is read as the nearest one that is
-- ("oxfarm" as "oxfam", "foundtion" as "foundation") and the query is searched again in full text. Trigrams over this
-- short list of words are cheap; over every document's names they rechecked hundreds of rows per query. Words are
-- added as documents are indexed and never removed: a word whose documents went finds nothing, and the search falls
-- back to trigrams over names. Digits are left out (a mistyped number is another number); so are words of fewer
-- than three letters, which share too few trigrams to be corrected.
create table search.word (
    word text not null,
    constraint word_pk primary key (word)
);
create index word_trigram_idx on search.word using gin (word gin_trgm_ops) with (fastupdate = off);
comment on table search.word is 'Words of the search index, for typo correction; derived, rebuildable. [audit:skip]';

insert into search.word (word)
select distinct w from search.document d, unnest(tsvector_to_array(d.tsv)) w
 where w !~ '[0-9]' and length(w) between 3 and 40
 order by w
on conflict do nothing;
