-- Each approved item's donor and DAC categories (first three digits of its sectors): what matching organisations to
-- the catalogue's needs (mobilisation) counts per donor for every need. Derived from aid_item and aid_item_sector and
-- rewritten from them for an item after each change to it (aid.item.FundedFootprints); counting over the item and
-- sector tables themselves took 0.5 s per need at national scale.
create table aid.funded_footprint (
    aid_item   bigint not null constraint funded_footprint_pk primary key
                   constraint funded_footprint_aid_item_fk references aid.aid_item (id) on delete cascade,
    donor_id   bigint not null,
    categories text[] not null
);
create index funded_footprint_categories_idx on aid.funded_footprint using gin (categories);
create index funded_footprint_donor_id_idx on aid.funded_footprint (donor_id);
comment on table aid.funded_footprint is 'Derived from the items and their sectors for matching. [audit:skip]';

-- Rewrites the whole table from its sources: here, and after a bulk load that bypassed the application.
create or replace function aid.funded_footprint_rebuild() returns void language sql as $$
    delete from aid.funded_footprint;
    insert into aid.funded_footprint (aid_item, donor_id, categories)
    select i.id, i.donor_id,
           array(select distinct left(s.sector_code, 3) from aid.aid_item_sector s where s.aid_item = i.id order by 1)
      from aid.aid_item i
     where i.approved_on is not null;
$$;

select aid.funded_footprint_rebuild();
