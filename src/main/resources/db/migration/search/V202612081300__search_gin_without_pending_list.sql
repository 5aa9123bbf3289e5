-- Every search reads these GIN indexes; with fastupdate (the default) new entries wait in an unsorted pending list
-- that every search scans in full until a vacuum merges it. After a module re-indexed its records (75,000 documents
-- at national scale) the list held about 500 pages and the search's p95 trebled (bench/search-notes.md). Entries now
-- go straight into the index: a write costs a little more, a search always reads sorted postings.
alter index search.document_tsv_idx set (fastupdate = off);
alter index search.document_title_tsv_idx set (fastupdate = off);
alter index search.document_names_idx set (fastupdate = off);
-- What already waits goes into the index now, not at the next vacuum.
select gin_clean_pending_list('search.document_tsv_idx'::regclass),
       gin_clean_pending_list('search.document_title_tsv_idx'::regclass),
       gin_clean_pending_list('search.document_names_idx'::regclass);
