-- The statistics rollups kept on write (issue 18's speed), as ONE parametrised mechanism instead of one copy per
-- rollup (it replaces aid.money_year and aid.money_year_donor with their twin membership functions). A rollup is a
-- name, the keys it keeps (at most three text keys besides the year) and the parts an item's money falls into:
--   year      item kind, status, priority field          one part ('', the whole)
--   donor     donor, item kind                           one part
--   sector    DAC sector code, item kind, priority field the item's sectors, each with its share
--   category  DAC category, item kind, priority field    the item's sector categories, each with its shares' sum
--   commune   commune code, item kind                    the item's communes, each with its share
-- An item without sectors (communes) has the single part '' with share 1, as the month path reads it.
-- Money: each approved month row of aid.money_month adds its sums times the part's share to its group (year and keys)
-- in aid.money_rollup, with the month path's eight measures as columns. The shares are exact numerics computed as the
-- month path computes them (percent / sum(percent) of the item) and multiplication and addition of numerics are exact,
-- so a group's sum is exactly the month path's sum of the same month rows' products.
-- Distinct items, exactly: aid.money_rollup_member counts each approved item's month rows per year and facts (one
-- table for every rollup); the first row makes the item a member of that year's group in every rollup, for each of its
-- parts (aid.money_rollup_items + 1), the last removes it. aid.money_rollup_item_years keeps each item's years (per
-- facts) to count an item once over a span of years, joined with its parts for the split rollups.
-- Every group is also kept for all years together (value_year 0, items counted once per item and facts), so a
-- period covering every year with money (a pivot over all items) reads a few thousand rows, not each item's years.
-- The parts an item's money was added under are kept in aid.money_rollup_part (what the rollups hold, not the
-- splits): a change of the item's sectors or communes takes the item's money and memberships out under the old parts
-- and puts them back under the new ones.
drop trigger money_month_year_trg on aid.money_month;
drop function aid.money_year_keep();
drop function aid.money_year_add(bigint, integer, text, text, text, text, text, numeric, numeric, integer);
drop function aid.money_year_donor_add(bigint, integer, bigint, text, text, numeric, numeric, integer);
drop table aid.money_year, aid.money_item_year, aid.money_year_items, aid.money_item_years, aid.money_year_donor,
    aid.money_item_year_donor, aid.money_year_donor_items, aid.money_item_donor_years;

create table aid.money_rollup (
    rollup          text not null,
    value_year      integer not null,
    k1              text not null,
    k2              text not null,
    k3              text not null,
    committed_vnd   numeric not null,
    committed_usd   numeric not null,
    disbursed_vnd   numeric not null,
    disbursed_usd   numeric not null,
    spent_vnd       numeric not null,
    spent_usd       numeric not null,
    counterpart_vnd numeric not null,
    counterpart_usd numeric not null,
    months          integer not null,
    constraint money_rollup_pk primary key (rollup, value_year, k1, k2, k3)
);
comment on table aid.money_rollup is
    'Derived sums of approved aid.money_month by rollup, year and keys, kept by trigger [audit:skip]';

create table aid.money_rollup_items (
    rollup     text not null,
    value_year integer not null,
    k1         text not null,
    k2         text not null,
    k3         text not null,
    items      integer not null,
    constraint money_rollup_items_pk primary key (rollup, value_year, k1, k2, k3)
);
comment on table aid.money_rollup_items is
    'Derived distinct approved items with money by rollup, year and keys, kept by trigger [audit:skip]';

create table aid.money_rollup_member (
    aid_item       bigint not null,
    value_year     integer not null,
    item_kind      text not null,
    item_status    text not null,
    priority_field text not null,
    donor_id       bigint not null,
    months         integer not null,
    constraint money_rollup_member_pk primary key (aid_item, value_year, item_kind, item_status, priority_field,
                                                   donor_id)
);
comment on table aid.money_rollup_member is
    'Derived count of approved aid.money_month rows per item, year and facts, kept by trigger [audit:skip]';

create table aid.money_rollup_item_years (
    aid_item       bigint not null,
    item_kind      text not null,
    item_status    text not null,
    priority_field text not null,
    donor_id       bigint not null,
    years          integer[] not null,
    constraint money_rollup_item_years_pk primary key (aid_item, item_kind, item_status, priority_field, donor_id)
);
comment on table aid.money_rollup_item_years is
    'Derived years with approved money per item and facts, kept by trigger [audit:skip]';

create table aid.money_rollup_part (
    rollup   text not null,
    aid_item bigint not null,
    part     text not null,
    share    numeric not null,
    constraint money_rollup_part_pk primary key (rollup, aid_item, part)
);
comment on table aid.money_rollup_part is
    'Derived parts (sectors, categories, communes) the rollups hold an item''s money under, kept by trigger [audit:skip]';

-- The rollups, and the keys of one of them for an item's facts and one of its parts.
create function aid.money_rollups() returns text[] language sql immutable as $$
    select array['year', 'donor', 'sector', 'category', 'commune']
$$;

create function aid.money_rollup_keys(p_rollup text, p_item_kind text, p_status text, p_field text, p_donor bigint,
                                      p_part text) returns text[] language sql immutable as $$
    select case p_rollup when 'year' then array[p_item_kind, p_status, p_field]
                         when 'donor' then array[p_donor::text, p_item_kind, '']
                         when 'commune' then array[p_part, p_item_kind, '']
                         else array[p_part, p_item_kind, p_field] end
$$;

-- The parts an item's money is held under in one rollup: the kept ones, or the whole when there are none.
create function aid.money_rollup_parts(p_rollup text, p_item bigint) returns table (part text, share numeric)
    language sql stable as $$
    select p.part, p.share from aid.money_rollup_part p where p.rollup = p_rollup and p.aid_item = p_item
    union all
    select '', 1::numeric
     where not exists (select 1 from aid.money_rollup_part p where p.rollup = p_rollup and p.aid_item = p_item)
$$;

-- The parts an item's splits give now: what aid.money_rollup_part should hold (none when the item is not split).
create function aid.money_rollup_split(p_rollup text, p_item bigint) returns table (part text, share numeric)
    language sql stable as $$
    select x.code, sum(x.share)
      from (select case p_rollup when 'category' then left(s.sector_code, 3) else s.sector_code end as code,
                   s.percent / sum(s.percent) over () as share
              from aid.aid_item_sector s where s.aid_item = p_item and p_rollup in ('sector', 'category')
            union all
            select l.commune_code, l.percent / sum(l.percent) over ()
              from aid.aid_item_location l where l.aid_item = p_item and p_rollup = 'commune') x
     group by x.code
$$;

-- Adds to one group's sums; p_rows is the change in its month rows (the group goes when it has none).
create function aid.money_rollup_put(p_rollup text, p_year integer, p_keys text[], p_committed_vnd numeric,
                                     p_committed_usd numeric, p_disbursed_vnd numeric, p_disbursed_usd numeric,
                                     p_spent_vnd numeric, p_spent_usd numeric, p_counterpart_vnd numeric,
                                     p_counterpart_usd numeric, p_rows integer) returns void language plpgsql as $$
declare
    v_months integer;
begin
    insert into aid.money_rollup as t (rollup, value_year, k1, k2, k3, committed_vnd, committed_usd, disbursed_vnd,
                                       disbursed_usd, spent_vnd, spent_usd, counterpart_vnd, counterpart_usd, months)
    values (p_rollup, p_year, p_keys[1], p_keys[2], p_keys[3], p_committed_vnd, p_committed_usd, p_disbursed_vnd,
            p_disbursed_usd, p_spent_vnd, p_spent_usd, p_counterpart_vnd, p_counterpart_usd, p_rows)
    on conflict on constraint money_rollup_pk do update
        set committed_vnd = t.committed_vnd + excluded.committed_vnd,
            committed_usd = t.committed_usd + excluded.committed_usd,
            disbursed_vnd = t.disbursed_vnd + excluded.disbursed_vnd,
            disbursed_usd = t.disbursed_usd + excluded.disbursed_usd,
            spent_vnd = t.spent_vnd + excluded.spent_vnd, spent_usd = t.spent_usd + excluded.spent_usd,
            counterpart_vnd = t.counterpart_vnd + excluded.counterpart_vnd,
            counterpart_usd = t.counterpart_usd + excluded.counterpart_usd, months = t.months + excluded.months
    returning t.months into v_months;
    if v_months = 0 then
        delete from aid.money_rollup
         where rollup = p_rollup and value_year = p_year and k1 = p_keys[1] and k2 = p_keys[2] and k3 = p_keys[3];
    end if;
end;
$$;

-- Adds to one group's distinct items (the group goes when it has none).
create function aid.money_rollup_count(p_rollup text, p_year integer, p_keys text[], p_items integer)
    returns void language plpgsql as $$
declare
    v_items integer;
begin
    insert into aid.money_rollup_items as t (rollup, value_year, k1, k2, k3, items)
    values (p_rollup, p_year, p_keys[1], p_keys[2], p_keys[3], p_items)
    on conflict on constraint money_rollup_items_pk do update set items = t.items + excluded.items
    returning t.items into v_items;
    if v_items = 0 then
        delete from aid.money_rollup_items
         where rollup = p_rollup and value_year = p_year and k1 = p_keys[1] and k2 = p_keys[2] and k3 = p_keys[3];
    end if;
end;
$$;

-- One month row's change (sums of one kind and funding, p_rows +1 when it appears, -1 when it goes, 0 when only its
-- sums change) in every rollup, under each of the item's parts; an item's first (last) row of a year and facts makes
-- it a member (no longer a member) of that year's groups.
create function aid.money_rollup_add(p_item bigint, p_year integer, p_kind text, p_funding text, p_item_kind text,
                                     p_status text, p_field text, p_donor bigint, p_vnd numeric, p_usd numeric,
                                     p_rows integer) returns void language plpgsql as $$
declare
    r text;
    p record;
    v_keys text[];
    v_months integer;
    v_years integer;
    v_all integer;
    v_commitment boolean := p_kind = 'COMMITMENT' and p_funding = 'AID';
    v_disbursement boolean := p_kind = 'DISBURSEMENT' and p_funding = 'AID';
    v_expenditure boolean := p_kind = 'EXPENDITURE' and p_funding = 'AID';
    v_counterpart boolean := p_kind = 'COMMITMENT' and p_funding = 'COUNTERPART';
begin
    if p_rows = 0 and not (v_commitment or v_disbursement or v_expenditure or v_counterpart) then
        return;
    end if;
    if p_rows <> 0 then
        insert into aid.money_rollup_member as t (aid_item, value_year, item_kind, item_status, priority_field,
                                                  donor_id, months)
        values (p_item, p_year, p_item_kind, p_status, p_field, p_donor, p_rows)
        on conflict on constraint money_rollup_member_pk do update set months = t.months + excluded.months
        returning t.months into v_months;
        if v_months = 0 then
            delete from aid.money_rollup_member
             where aid_item = p_item and value_year = p_year and item_kind = p_item_kind and item_status = p_status
               and priority_field = p_field and donor_id = p_donor;
            update aid.money_rollup_item_years set years = array_remove(years, p_year)
             where aid_item = p_item and item_kind = p_item_kind and item_status = p_status
               and priority_field = p_field and donor_id = p_donor;
            delete from aid.money_rollup_item_years
             where aid_item = p_item and item_kind = p_item_kind and item_status = p_status
               and priority_field = p_field and donor_id = p_donor and cardinality(years) = 0
            returning 0 into v_years;
            if found then
                v_all := -1;
            end if;
        elsif v_months = 1 and p_rows = 1 then
            insert into aid.money_rollup_item_years as t (aid_item, item_kind, item_status, priority_field, donor_id,
                                                          years)
            values (p_item, p_item_kind, p_status, p_field, p_donor, array[p_year])
            on conflict on constraint money_rollup_item_years_pk
                do update set years = array(select y from unnest(t.years || p_year) as y order by y)
            returning cardinality(t.years) into v_years;
            if v_years = 1 then
                v_all := 1;
            end if;
        end if;
    end if;
    foreach r in array aid.money_rollups() loop
        for p in select * from aid.money_rollup_parts(r, p_item) loop
            v_keys := aid.money_rollup_keys(r, p_item_kind, p_status, p_field, p_donor, p.part);
            foreach v_years in array array[p_year, 0] loop
                perform aid.money_rollup_put(r, v_years, v_keys,
                                             case when v_commitment then p_vnd * p.share else 0 end,
                                             case when v_commitment then p_usd * p.share else 0 end,
                                             case when v_disbursement then p_vnd * p.share else 0 end,
                                             case when v_disbursement then p_usd * p.share else 0 end,
                                             case when v_expenditure then p_vnd * p.share else 0 end,
                                             case when v_expenditure then p_usd * p.share else 0 end,
                                             case when v_counterpart then p_vnd * p.share else 0 end,
                                             case when v_counterpart then p_usd * p.share else 0 end, p_rows);
            end loop;
            if v_months = 0 then
                perform aid.money_rollup_count(r, p_year, v_keys, -1);
            elsif v_months = 1 and p_rows = 1 then
                perform aid.money_rollup_count(r, p_year, v_keys, 1);
            end if;
            if v_all is not null then
                perform aid.money_rollup_count(r, 0, v_keys, v_all);
            end if;
        end loop;
    end loop;
end;
$$;

-- Concurrent writers add to shared sums in place, which the application cannot do safely: as aid.money_month_keep().
-- A change within the same year, kind, funding and facts moves only sums; any other moves the row.
create function aid.money_rollup_keep() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and old.approved and new.approved and old.value_month = new.value_month
       and old.kind = new.kind and old.funding = new.funding and old.aid_item = new.aid_item
       and old.item_kind = new.item_kind and old.item_status = new.item_status
       and coalesce(old.priority_field, '') = coalesce(new.priority_field, '') and old.donor_id = new.donor_id then
        if old.amount_vnd <> new.amount_vnd or old.amount_usd <> new.amount_usd then
            perform aid.money_rollup_add(new.aid_item, extract(year from new.value_month)::integer, new.kind,
                                         new.funding, new.item_kind, new.item_status,
                                         coalesce(new.priority_field, ''), new.donor_id,
                                         new.amount_vnd - old.amount_vnd, new.amount_usd - old.amount_usd, 0);
        end if;
        return null;
    end if;
    if tg_op in ('UPDATE', 'DELETE') and old.approved then
        perform aid.money_rollup_add(old.aid_item, extract(year from old.value_month)::integer, old.kind, old.funding,
                                     old.item_kind, old.item_status, coalesce(old.priority_field, ''), old.donor_id,
                                     -old.amount_vnd, -old.amount_usd, -1);
    end if;
    if tg_op in ('INSERT', 'UPDATE') and new.approved then
        perform aid.money_rollup_add(new.aid_item, extract(year from new.value_month)::integer, new.kind, new.funding,
                                     new.item_kind, new.item_status, coalesce(new.priority_field, ''), new.donor_id,
                                     new.amount_vnd, new.amount_usd, 1);
    end if;
    return null;
end;
$$;

create trigger money_month_rollup_trg after insert or update or delete on aid.money_month
    for each row execute function aid.money_rollup_keep();
comment on trigger money_month_rollup_trg on aid.money_month is
    'Derived sums under concurrent writers: see aid.money_rollup_keep().';

-- Takes an item's money and memberships out of one rollup (p_sign -1) or puts them in (+1), under its kept parts.
create function aid.money_rollup_item(p_rollup text, p_item bigint, p_sign integer) returns void
    language plpgsql as $$
declare
    g record;
    p record;
    v_year integer;
begin
    for g in select extract(year from m.value_month)::integer as value_year, m.item_kind, m.item_status,
                    coalesce(m.priority_field, '') as priority_field, m.donor_id,
                    coalesce(sum(m.amount_vnd) filter (where m.kind = 'COMMITMENT' and m.funding = 'AID'), 0) as cv,
                    coalesce(sum(m.amount_usd) filter (where m.kind = 'COMMITMENT' and m.funding = 'AID'), 0) as cu,
                    coalesce(sum(m.amount_vnd) filter (where m.kind = 'DISBURSEMENT' and m.funding = 'AID'), 0) as dv,
                    coalesce(sum(m.amount_usd) filter (where m.kind = 'DISBURSEMENT' and m.funding = 'AID'), 0) as du,
                    coalesce(sum(m.amount_vnd) filter (where m.kind = 'EXPENDITURE' and m.funding = 'AID'), 0) as sv,
                    coalesce(sum(m.amount_usd) filter (where m.kind = 'EXPENDITURE' and m.funding = 'AID'), 0) as su,
                    coalesce(sum(m.amount_vnd) filter (where m.kind = 'COMMITMENT' and m.funding = 'COUNTERPART'), 0)
                        as pv,
                    coalesce(sum(m.amount_usd) filter (where m.kind = 'COMMITMENT' and m.funding = 'COUNTERPART'), 0)
                        as pu,
                    count(*)::integer as months
               from aid.money_month m
              where m.aid_item = p_item and m.approved
              group by 1, 2, 3, 4, 5 loop
        for p in select * from aid.money_rollup_parts(p_rollup, p_item) loop
            foreach v_year in array array[g.value_year, 0] loop
                perform aid.money_rollup_put(p_rollup, v_year,
                                             aid.money_rollup_keys(p_rollup, g.item_kind, g.item_status,
                                                                   g.priority_field, g.donor_id, p.part),
                                             p_sign * g.cv * p.share, p_sign * g.cu * p.share,
                                             p_sign * g.dv * p.share, p_sign * g.du * p.share,
                                             p_sign * g.sv * p.share, p_sign * g.su * p.share,
                                             p_sign * g.pv * p.share, p_sign * g.pu * p.share, p_sign * g.months);
            end loop;
        end loop;
    end loop;
    for g in select * from aid.money_rollup_item_years where aid_item = p_item loop
        for p in select * from aid.money_rollup_parts(p_rollup, p_item) loop
            perform aid.money_rollup_count(p_rollup, 0,
                                           aid.money_rollup_keys(p_rollup, g.item_kind, g.item_status,
                                                                 g.priority_field, g.donor_id, p.part), p_sign);
        end loop;
    end loop;
    for g in select * from aid.money_rollup_member where aid_item = p_item loop
        for p in select * from aid.money_rollup_parts(p_rollup, p_item) loop
            perform aid.money_rollup_count(p_rollup, g.value_year,
                                           aid.money_rollup_keys(p_rollup, g.item_kind, g.item_status,
                                                                 g.priority_field, g.donor_id, p.part), p_sign);
        end loop;
    end loop;
end;
$$;

-- An item's sectors or communes changed: where the parts its money is held under differ from its splits now, its
-- money and memberships move from the old parts to the new.
create function aid.money_rollup_resplit(p_item bigint, p_rollup text) returns void language plpgsql as $$
begin
    if not exists (select * from aid.money_rollup_split(p_rollup, p_item)
                   except select part, share from aid.money_rollup_part where rollup = p_rollup and aid_item = p_item)
       and not exists (select part, share from aid.money_rollup_part where rollup = p_rollup and aid_item = p_item
                       except select * from aid.money_rollup_split(p_rollup, p_item)) then
        return;
    end if;
    perform aid.money_rollup_item(p_rollup, p_item, -1);
    delete from aid.money_rollup_part where rollup = p_rollup and aid_item = p_item;
    insert into aid.money_rollup_part (rollup, aid_item, part, share)
    select p_rollup, p_item, part, share from aid.money_rollup_split(p_rollup, p_item);
    perform aid.money_rollup_item(p_rollup, p_item, 1);
end;
$$;

create function aid.money_rollup_on_sector_change() returns trigger language plpgsql as $$
begin
    perform aid.money_rollup_resplit(i.aid_item, r.rollup)
       from (select aid_item from changed_rows group by aid_item) i
            cross join (values ('sector'), ('category')) as r (rollup);
    return null;
end;
$$;

create function aid.money_rollup_on_location_change() returns trigger language plpgsql as $$
begin
    perform aid.money_rollup_resplit(i.aid_item, 'commune')
       from (select aid_item from changed_rows group by aid_item) i;
    return null;
end;
$$;

create trigger aid_item_sector_insert_rollup_trg after insert on aid.aid_item_sector
    referencing new table as changed_rows for each statement execute function aid.money_rollup_on_sector_change();
create trigger aid_item_sector_delete_rollup_trg after delete on aid.aid_item_sector
    referencing old table as changed_rows for each statement execute function aid.money_rollup_on_sector_change();
create trigger aid_item_sector_update_rollup_trg after update on aid.aid_item_sector
    referencing new table as changed_rows for each statement execute function aid.money_rollup_on_sector_change();
create trigger aid_item_location_insert_rollup_trg after insert on aid.aid_item_location
    referencing new table as changed_rows for each statement execute function aid.money_rollup_on_location_change();
create trigger aid_item_location_delete_rollup_trg after delete on aid.aid_item_location
    referencing old table as changed_rows for each statement execute function aid.money_rollup_on_location_change();
create trigger aid_item_location_update_rollup_trg after update on aid.aid_item_location
    referencing new table as changed_rows for each statement execute function aid.money_rollup_on_location_change();

-- Rewrites every rollup from aid.money_month and the splits, set-based: here, and after a bulk load that switched
-- the triggers off. The result equals what the triggers keep.
create function aid.money_rollup_rebuild() returns void language plpgsql as $$
begin
    lock table aid.money_month in share mode;
    truncate aid.money_rollup, aid.money_rollup_items, aid.money_rollup_member, aid.money_rollup_item_years,
             aid.money_rollup_part;
    insert into aid.money_rollup_part (rollup, aid_item, part, share)
    select r.rollup, x.aid_item, case r.rollup when 'category' then left(x.sector_code, 3) else x.sector_code end,
           sum(x.share)
      from (select s.aid_item, s.sector_code, s.percent / sum(s.percent) over (partition by s.aid_item) as share
              from aid.aid_item_sector s) x
           cross join (values ('sector'), ('category')) as r (rollup)
     group by 1, 2, 3;
    insert into aid.money_rollup_part (rollup, aid_item, part, share)
    select 'commune', x.aid_item, x.commune_code, sum(x.share)
      from (select l.aid_item, l.commune_code, l.percent / sum(l.percent) over (partition by l.aid_item) as share
              from aid.aid_item_location l) x
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
     group by 1, 2, 3, 4, 5;
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
     group by 1, 2, 3, 4, 5;
    insert into aid.money_rollup (rollup, value_year, k1, k2, k3, committed_vnd, committed_usd, disbursed_vnd,
                                  disbursed_usd, spent_vnd, spent_usd, counterpart_vnd, counterpart_usd, months)
    select rollup, 0, k1, k2, k3, sum(committed_vnd), sum(committed_usd), sum(disbursed_vnd), sum(disbursed_usd),
           sum(spent_vnd), sum(spent_usd), sum(counterpart_vnd), sum(counterpart_usd), sum(months)
      from aid.money_rollup
     group by 1, 3, 4, 5;
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
     group by 1, 2, 3, 4, 5;
    drop table money_rollup_sums;
end;
$$;

-- A rebuild of the month rows rebuilds the rollups after them, set-based (the row trigger is off meanwhile).
create or replace function aid.money_month_rebuild() returns void language plpgsql as $$
begin
    lock table aid.money_transaction in share mode;
    alter table aid.money_month disable trigger money_month_rollup_trg;
    truncate aid.money_month;
    insert into aid.money_month (aid_item, kind, funding, value_month, amount_vnd, amount_usd, transactions,
                                 approved, item_kind, item_status, priority_field, donor_id)
    select t.aid_item, t.kind, t.funding, date_trunc('month', t.value_date)::date, sum(t.amount_vnd),
           sum(t.amount_usd), count(*), i.approved_on is not null, i.kind, i.status, i.priority_field, i.donor_id
      from aid.money_transaction t join aid.aid_item i on i.id = t.aid_item
     group by t.aid_item, t.kind, t.funding, date_trunc('month', t.value_date), i.id;
    alter table aid.money_month enable trigger money_month_rollup_trg;
    perform aid.money_rollup_rebuild();
end;
$$;

drop function aid.money_year_rebuild();

select aid.money_rollup_rebuild();
