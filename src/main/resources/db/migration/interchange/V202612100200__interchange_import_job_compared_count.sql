-- The count is of activities compared with the aid items so far, matched to one or not: named so, before an API
-- client reads "matched" as the number that found an item.
alter table interchange.import_job rename column matched_count to compared_count;
