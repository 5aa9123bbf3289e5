-- Donors under a sector or commune filter (issue 18's speed, bench/dashboard-notes.md): the by-country and
-- top-organisation charts and the summary's donors of a period filtered by a DAC category or a commune read a year of
-- month rows with each item's shares (0.2-0.9 s nationally). Two more rollups of the one mechanism
-- (V202612080900), with the donor as a key beside the part:
--   category_donor  DAC category, donor, item kind     the item's sector categories, each with its shares' sum
--   commune_donor   commune, donor, item kind          the item's communes, each with its share
-- Kept by the same functions (aid.money_rollup_add on every month row, aid.money_rollup_resplit on a split's change,
-- aid.money_rollup_rebuild set-based); each holds its own parts in aid.money_rollup_part, as the sector, category and
-- commune rollups do. Nationally a year holds about one group per item and part (the donors of a category in a year
-- are read from some thousands of rows instead of the year's 50,000 month rows with their shares).
create or replace function aid.money_rollups() returns text[] language sql immutable as $$
    select array['year', 'donor', 'sector', 'category', 'commune', 'category_donor', 'commune_donor']
$$;

create or replace function aid.money_rollup_keys(p_rollup text, p_item_kind text, p_status text, p_field text,
                                                 p_donor bigint, p_part text) returns text[] language sql immutable as $$
    select case p_rollup when 'year' then array[p_item_kind, p_status, p_field]
                         when 'donor' then array[p_donor::text, p_item_kind, p_field]
                         when 'commune' then array[p_part, p_item_kind, '']
                         when 'category_donor' then array[p_part, p_donor::text, p_item_kind]
                         when 'commune_donor' then array[p_part, p_donor::text, p_item_kind]
                         else array[p_part, p_item_kind, p_field] end
$$;

-- The parts an item's splits give now, for every split rollup.
create or replace function aid.money_rollup_split(p_rollup text, p_item bigint) returns table (part text, share numeric)
    language sql stable as $$
    select x.code, sum(x.share)
      from (select case when p_rollup in ('category', 'category_donor') then left(s.sector_code, 3)
                        else s.sector_code end as code,
                   s.percent / sum(s.percent) over () as share
              from aid.aid_item_sector s
             where s.aid_item = p_item and p_rollup in ('sector', 'category', 'category_donor')
            union all
            select l.commune_code, l.percent / sum(l.percent) over ()
              from aid.aid_item_location l where l.aid_item = p_item and p_rollup in ('commune', 'commune_donor')) x
     group by x.code
$$;

create or replace function aid.money_rollup_on_sector_change() returns trigger language plpgsql as $$
begin
    perform aid.money_rollup_resplit(i.aid_item, r.rollup)
       from (select aid_item from changed_rows group by aid_item) i
            cross join (values ('sector'), ('category'), ('category_donor')) as r (rollup);
    return null;
end;
$$;

create or replace function aid.money_rollup_on_location_change() returns trigger language plpgsql as $$
begin
    perform aid.money_rollup_resplit(i.aid_item, r.rollup)
       from (select aid_item from changed_rows group by aid_item) i
            cross join (values ('commune'), ('commune_donor')) as r (rollup);
    return null;
end;
$$;

-- As V202612080900's, the parts of the two new rollups written beside the others', and every group written in key
-- order: a year's groups then lie together on disk (nationally the donors of a year read 2-3x faster than from groups
-- written in hash order).
create or replace function aid.money_rollup_rebuild() returns void language plpgsql as $$
begin
    lock table aid.money_month in share mode;
    truncate aid.money_rollup, aid.money_rollup_items, aid.money_rollup_member, aid.money_rollup_item_years,
             aid.money_rollup_part;
    insert into aid.money_rollup_part (rollup, aid_item, part, share)
    select r.rollup, x.aid_item,
           case when r.rollup in ('category', 'category_donor') then left(x.sector_code, 3) else x.sector_code end,
           sum(x.share)
      from (select s.aid_item, s.sector_code, s.percent / sum(s.percent) over (partition by s.aid_item) as share
              from aid.aid_item_sector s) x
           cross join (values ('sector'), ('category'), ('category_donor')) as r (rollup)
     group by 1, 2, 3;
    insert into aid.money_rollup_part (rollup, aid_item, part, share)
    select r.rollup, x.aid_item, x.commune_code, sum(x.share)
      from (select l.aid_item, l.commune_code, l.percent / sum(l.percent) over (partition by l.aid_item) as share
              from aid.aid_item_location l) x
           cross join (values ('commune'), ('commune_donor')) as r (rollup)
     group by 1, 2, 3;
    insert into aid.money_rollup_member (aid_item, value_year, item_kind, item_status, priority_field, donor_id,
                                         months)
    select aid_item, extract(year from value_month)::integer, item_kind, item_status, coalesce(priority_field, ''),
           donor_id, count(*)
      from aid.money_month where approved
     group by 1, 2, 3, 4, 5, 6;
    insert into aid.money_rollup_item_years (aid_item, item_kind, item_status, priority_field, donor_id, years)
    select aid_item, item_kind, item_status, priority_field, donor_id, array_agg(value_year order by value_year)
      from aid.money_rollup_member group by 1, 2, 3, 4, 5;
    create temporary table money_rollup_sums on commit drop as
    select aid_item, extract(year from value_month)::integer as value_year, item_kind, item_status,
           coalesce(priority_field, '') as priority_field, donor_id,
           coalesce(sum(amount_vnd) filter (where kind = 'COMMITMENT' and funding = 'AID'), 0) as cv,
           coalesce(sum(amount_usd) filter (where kind = 'COMMITMENT' and funding = 'AID'), 0) as cu,
           coalesce(sum(amount_vnd) filter (where kind = 'DISBURSEMENT' and funding = 'AID'), 0) as dv,
           coalesce(sum(amount_usd) filter (where kind = 'DISBURSEMENT' and funding = 'AID'), 0) as du,
           coalesce(sum(amount_vnd) filter (where kind = 'EXPENDITURE' and funding = 'AID'), 0) as sv,
           coalesce(sum(amount_usd) filter (where kind = 'EXPENDITURE' and funding = 'AID'), 0) as su,
           coalesce(sum(amount_vnd) filter (where kind = 'COMMITMENT' and funding = 'COUNTERPART'), 0) as pv,
           coalesce(sum(amount_usd) filter (where kind = 'COMMITMENT' and funding = 'COUNTERPART'), 0) as pu,
           count(*)::integer as months
      from aid.money_month where approved
     group by 1, 2, 3, 4, 5, 6;
    insert into aid.money_rollup (rollup, value_year, k1, k2, k3, committed_vnd, committed_usd, disbursed_vnd,
                                  disbursed_usd, spent_vnd, spent_usd, counterpart_vnd, counterpart_usd, months)
    select r.rollup, s.value_year, k.keys[1], k.keys[2], k.keys[3], sum(s.cv * p.share), sum(s.cu * p.share),
           sum(s.dv * p.share), sum(s.du * p.share), sum(s.sv * p.share), sum(s.su * p.share), sum(s.pv * p.share),
           sum(s.pu * p.share), sum(s.months)
      from money_rollup_sums s
           cross join unnest(aid.money_rollups()) as r (rollup)
           cross join lateral (select x.part, x.share from aid.money_rollup_part x
                                where x.rollup = r.rollup and x.aid_item = s.aid_item
                               union all
                               select '', 1::numeric
                                where not exists (select 1 from aid.money_rollup_part x
                                                   where x.rollup = r.rollup and x.aid_item = s.aid_item)) p
           cross join lateral (select aid.money_rollup_keys(r.rollup, s.item_kind, s.item_status, s.priority_field,
                                                            s.donor_id, p.part) as keys) k
     group by 1, 2, 3, 4, 5
     order by 1, 2, 3, 4, 5;
    insert into aid.money_rollup_items (rollup, value_year, k1, k2, k3, items)
    select r.rollup, m.value_year, k.keys[1], k.keys[2], k.keys[3], count(*)
      from aid.money_rollup_member m
           cross join unnest(aid.money_rollups()) as r (rollup)
           cross join lateral (select x.part from aid.money_rollup_part x
                                where x.rollup = r.rollup and x.aid_item = m.aid_item
                               union all
                               select ''
                                where not exists (select 1 from aid.money_rollup_part x
                                                   where x.rollup = r.rollup and x.aid_item = m.aid_item)) p
           cross join lateral (select aid.money_rollup_keys(r.rollup, m.item_kind, m.item_status, m.priority_field,
                                                            m.donor_id, p.part) as keys) k
     group by 1, 2, 3, 4, 5
     order by 1, 2, 3, 4, 5;
    insert into aid.money_rollup (rollup, value_year, k1, k2, k3, committed_vnd, committed_usd, disbursed_vnd,
                                  disbursed_usd, spent_vnd, spent_usd, counterpart_vnd, counterpart_usd, months)
    select rollup, 0, k1, k2, k3, sum(committed_vnd), sum(committed_usd), sum(disbursed_vnd), sum(disbursed_usd),
           sum(spent_vnd), sum(spent_usd), sum(counterpart_vnd), sum(counterpart_usd), sum(months)
      from aid.money_rollup
     group by 1, 3, 4, 5
     order by 1, 3, 4, 5;
    insert into aid.money_rollup_items (rollup, value_year, k1, k2, k3, items)
    select r.rollup, 0, k.keys[1], k.keys[2], k.keys[3], count(*)
      from aid.money_rollup_item_years m
           cross join unnest(aid.money_rollups()) as r (rollup)
           cross join lateral (select x.part from aid.money_rollup_part x
                                where x.rollup = r.rollup and x.aid_item = m.aid_item
                               union all
                               select ''
                                where not exists (select 1 from aid.money_rollup_part x
                                                   where x.rollup = r.rollup and x.aid_item = m.aid_item)) p
           cross join lateral (select aid.money_rollup_keys(r.rollup, m.item_kind, m.item_status, m.priority_field,
                                                            m.donor_id, p.part) as keys) k
     group by 1, 2, 3, 4, 5
     order by 1, 2, 3, 4, 5;
    drop table money_rollup_sums;
end;
$$;

select aid.money_rollup_rebuild();
