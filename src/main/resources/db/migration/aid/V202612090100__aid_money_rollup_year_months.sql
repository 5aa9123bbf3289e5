-- Quarters, halves and the year so far (issue 18's speed, bench/dashboard-notes.md): the by-year chart of a period
-- that ends inside a year (a quarter, a half, months) read its last year's months from the month sums (80 ms
-- nationally), as did a period of the first months of a year. One more rollup of the one mechanism (V202612080900):
--   year_month   item kind, status, priority field (the year rollup's keys), by month (value_year = yyyymm)
-- Money: each approved month row adds its sums to its month's group, so the months of a span add up exactly.
-- Distinct items: an item is counted in the month its approved money of the year (with these facts) begins, and
-- only there, so the months January to M add up to the items with money in January to M, each once (the first months
-- of a year: a year so far, its first quarter, its first half, or the last year of a by-year chart). Other spans
-- within a year (a second quarter) still read the month sums.
-- The month an item's money begins is kept with its membership: aid.money_rollup_member.month_rows counts its month
-- rows of the year month by month (what months counts in all), so a row that goes tells the next first month without
-- reading aid.money_month (whose rows a statement may change all at once, before this trigger sees them one by one).
-- Kept by aid.money_rollup_add (now told the month of the row), rebuilt set-based by aid.money_rollup_rebuild().

-- An item's month rows of a year, month by month, from the months of its rows.
create function aid.money_rollup_month_rows(p_months integer[]) returns integer[] language sql immutable as $$
    select array(select count(*) filter (where m = n)::integer
                   from generate_series(1, 12) as n left join unnest(p_months) as m on m = n
                  group by n order by n)
$$;

-- The first month with rows (null when none).
create function aid.money_rollup_first_month(p_month_rows integer[]) returns integer language sql immutable as $$
    select min(n) from generate_subscripts(p_month_rows, 1) as n where p_month_rows[n] > 0
$$;

alter table aid.money_rollup_member add column month_rows integer[];
update aid.money_rollup_member b set month_rows = x.month_rows
  from (select aid_item, extract(year from value_month)::integer as value_year, item_kind, item_status,
               coalesce(priority_field, '') as priority_field, donor_id,
               aid.money_rollup_month_rows(array_agg(extract(month from value_month)::integer)) as month_rows
          from aid.money_month where approved
         group by 1, 2, 3, 4, 5, 6) x
 where b.aid_item = x.aid_item and b.value_year = x.value_year and b.item_kind = x.item_kind
   and b.item_status = x.item_status and b.priority_field = x.priority_field and b.donor_id = x.donor_id;
alter table aid.money_rollup_member alter column month_rows set not null;
comment on column aid.money_rollup_member.month_rows is
    'The item''s approved month rows of the year with these facts, January to December';

-- The year_month rollup's groups from the month sums and the memberships, set-based (in key order).
create function aid.money_rollup_year_month_rebuild() returns void language plpgsql as $$
begin
    delete from aid.money_rollup where rollup = 'year_month';
    delete from aid.money_rollup_items where rollup = 'year_month';
    insert into aid.money_rollup (rollup, value_year, k1, k2, k3, committed_vnd, committed_usd, disbursed_vnd,
                                  disbursed_usd, spent_vnd, spent_usd, counterpart_vnd, counterpart_usd, months)
    select 'year_month', (extract(year from value_month) * 100 + extract(month from value_month))::integer,
           item_kind, item_status, coalesce(priority_field, ''),
           coalesce(sum(amount_vnd) filter (where kind = 'COMMITMENT' and funding = 'AID'), 0),
           coalesce(sum(amount_usd) filter (where kind = 'COMMITMENT' and funding = 'AID'), 0),
           coalesce(sum(amount_vnd) filter (where kind = 'DISBURSEMENT' and funding = 'AID'), 0),
           coalesce(sum(amount_usd) filter (where kind = 'DISBURSEMENT' and funding = 'AID'), 0),
           coalesce(sum(amount_vnd) filter (where kind = 'EXPENDITURE' and funding = 'AID'), 0),
           coalesce(sum(amount_usd) filter (where kind = 'EXPENDITURE' and funding = 'AID'), 0),
           coalesce(sum(amount_vnd) filter (where kind = 'COMMITMENT' and funding = 'COUNTERPART'), 0),
           coalesce(sum(amount_usd) filter (where kind = 'COMMITMENT' and funding = 'COUNTERPART'), 0),
           count(*)
      from aid.money_month where approved
     group by 2, 3, 4, 5
     order by 2, 3, 4, 5;
    insert into aid.money_rollup_items (rollup, value_year, k1, k2, k3, items)
    select 'year_month', value_year * 100 + aid.money_rollup_first_month(month_rows), item_kind, item_status,
           priority_field, count(*)
      from aid.money_rollup_member
     group by 2, 3, 4, 5
     order by 2, 3, 4, 5;
end;
$$;

select aid.money_rollup_year_month_rebuild();

-- One month row's change, as V202612080900's, now also in its month's year_month group; the item's membership counts
-- its rows by month, and the month its money of the year begins moves when its first row comes or goes.
create function aid.money_rollup_add(p_item bigint, p_year integer, p_month integer, p_kind text, p_funding text,
                                     p_item_kind text, p_status text, p_field text, p_donor bigint, p_vnd numeric,
                                     p_usd numeric, p_rows integer) returns void language plpgsql as $$
declare
    r text;
    p record;
    v_keys text[];
    v_months integer;
    v_years integer;
    v_all integer;
    v_month_rows integer[];
    v_first integer;
    v_was_first integer;
    v_year_keys text[] := aid.money_rollup_keys('year', p_item_kind, p_status, p_field, p_donor, '');
    v_commitment boolean := p_kind = 'COMMITMENT' and p_funding = 'AID';
    v_disbursement boolean := p_kind = 'DISBURSEMENT' and p_funding = 'AID';
    v_expenditure boolean := p_kind = 'EXPENDITURE' and p_funding = 'AID';
    v_counterpart boolean := p_kind = 'COMMITMENT' and p_funding = 'COUNTERPART';
begin
    if p_rows = 0 and not (v_commitment or v_disbursement or v_expenditure or v_counterpart) then
        return;
    end if;
    if p_rows <> 0 then
        v_month_rows := array_fill(0, array[12]);
        v_month_rows[p_month] := p_rows;
        insert into aid.money_rollup_member as t (aid_item, value_year, item_kind, item_status, priority_field,
                                                  donor_id, months, month_rows)
        values (p_item, p_year, p_item_kind, p_status, p_field, p_donor, p_rows, v_month_rows)
        on conflict on constraint money_rollup_member_pk do update
            set months = t.months + excluded.months, month_rows[p_month] = t.month_rows[p_month] + p_rows
        returning t.months, t.month_rows into v_months, v_month_rows;
        -- the month the item's money of the year begins (before and after this row): the year_month rollup counts
        -- the item there
        v_first := aid.money_rollup_first_month(v_month_rows);
        v_month_rows[p_month] := v_month_rows[p_month] - p_rows;
        v_was_first := aid.money_rollup_first_month(v_month_rows);
        if v_first is distinct from v_was_first then
            if v_was_first is not null then
                perform aid.money_rollup_count('year_month', p_year * 100 + v_was_first, v_year_keys, -1);
            end if;
            if v_first is not null then
                perform aid.money_rollup_count('year_month', p_year * 100 + v_first, v_year_keys, 1);
            end if;
        end if;
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
    perform aid.money_rollup_put('year_month', p_year * 100 + p_month, v_year_keys,
                                 case when v_commitment then p_vnd else 0 end,
                                 case when v_commitment then p_usd else 0 end,
                                 case when v_disbursement then p_vnd else 0 end,
                                 case when v_disbursement then p_usd else 0 end,
                                 case when v_expenditure then p_vnd else 0 end,
                                 case when v_expenditure then p_usd else 0 end,
                                 case when v_counterpart then p_vnd else 0 end,
                                 case when v_counterpart then p_usd else 0 end, p_rows);
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


-- The row trigger tells the month.
create or replace function aid.money_rollup_keep() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and old.approved and new.approved and old.value_month = new.value_month
       and old.kind = new.kind and old.funding = new.funding and old.aid_item = new.aid_item
       and old.item_kind = new.item_kind and old.item_status = new.item_status
       and coalesce(old.priority_field, '') = coalesce(new.priority_field, '') and old.donor_id = new.donor_id then
        if old.amount_vnd <> new.amount_vnd or old.amount_usd <> new.amount_usd then
            perform aid.money_rollup_add(new.aid_item, extract(year from new.value_month)::integer,
                                         extract(month from new.value_month)::integer, new.kind,
                                         new.funding, new.item_kind, new.item_status,
                                         coalesce(new.priority_field, ''), new.donor_id,
                                         new.amount_vnd - old.amount_vnd, new.amount_usd - old.amount_usd, 0);
        end if;
        return null;
    end if;
    if tg_op in ('UPDATE', 'DELETE') and old.approved then
        perform aid.money_rollup_add(old.aid_item, extract(year from old.value_month)::integer,
                                     extract(month from old.value_month)::integer, old.kind, old.funding,
                                     old.item_kind, old.item_status, coalesce(old.priority_field, ''), old.donor_id,
                                     -old.amount_vnd, -old.amount_usd, -1);
    end if;
    if tg_op in ('INSERT', 'UPDATE') and new.approved then
        perform aid.money_rollup_add(new.aid_item, extract(year from new.value_month)::integer,
                                     extract(month from new.value_month)::integer, new.kind, new.funding,
                                     new.item_kind, new.item_status, coalesce(new.priority_field, ''), new.donor_id,
                                     new.amount_vnd, new.amount_usd, 1);
    end if;
    return null;
end;
$$;


drop function aid.money_rollup_add(bigint, integer, text, text, text, text, text, bigint, numeric, numeric, integer);

-- As V202612081801's, the memberships with their month rows and the year_month groups rebuilt too.
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
                                         months, month_rows)
    select aid_item, extract(year from value_month)::integer, item_kind, item_status, coalesce(priority_field, ''),
           donor_id, count(*), aid.money_rollup_month_rows(array_agg(extract(month from value_month)::integer))
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
    perform aid.money_rollup_year_month_rebuild();
    drop table money_rollup_sums;
end;
$$;

