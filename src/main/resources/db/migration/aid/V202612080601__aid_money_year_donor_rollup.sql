-- The donor charts (by donor country, top organisations) and a donor country's filter at national scale: approved
-- money by year of value date, donor, kind and funding, kept from aid.money_month like aid.money_year (issue 18), with
-- each donor's distinct items per year (aid.money_year_donor_items) and each item's years per donor
-- (aid.money_item_donor_years) kept exactly through a count of the item's month rows per year and donor.
create table aid.money_year_donor (
    value_year integer not null,
    donor_id   bigint not null,
    kind       text not null,
    funding    text not null,
    amount_vnd numeric(25, 0) not null,
    amount_usd numeric(23, 2) not null,
    months     integer not null,
    constraint money_year_donor_pk primary key (value_year, donor_id, kind, funding)
);
comment on table aid.money_year_donor is
    'Derived sums of approved aid.money_month by year and donor, kept by trigger [audit:skip]';

create table aid.money_item_year_donor (
    aid_item   bigint not null,
    value_year integer not null,
    donor_id   bigint not null,
    months     integer not null,
    constraint money_item_year_donor_pk primary key (aid_item, value_year, donor_id)
);
comment on table aid.money_item_year_donor is
    'Derived count of approved aid.money_month rows per item, year and donor, kept by trigger [audit:skip]';

create table aid.money_year_donor_items (
    value_year integer not null,
    donor_id   bigint not null,
    items      integer not null,
    constraint money_year_donor_items_pk primary key (value_year, donor_id)
);
comment on table aid.money_year_donor_items is
    'Derived distinct approved items with money per year and donor, kept by trigger [audit:skip]';

create table aid.money_item_donor_years (
    aid_item bigint not null,
    donor_id bigint not null,
    years    integer[] not null,
    constraint money_item_donor_years_pk primary key (aid_item, donor_id)
);
comment on table aid.money_item_donor_years is
    'Derived years with approved money per item and donor, kept by trigger [audit:skip]';

-- As aid.money_year_add(), by donor.
create function aid.money_year_donor_add(p_item bigint, p_year integer, p_donor bigint, p_kind text, p_funding text,
                                         p_vnd numeric, p_usd numeric, p_rows integer)
    returns void language plpgsql as $$
declare
    v_months integer;
begin
    insert into aid.money_year_donor as t (value_year, donor_id, kind, funding, amount_vnd, amount_usd, months)
    values (p_year, p_donor, p_kind, p_funding, p_vnd, p_usd, p_rows)
    on conflict on constraint money_year_donor_pk do update
        set amount_vnd = t.amount_vnd + excluded.amount_vnd, amount_usd = t.amount_usd + excluded.amount_usd,
            months = t.months + excluded.months;
    if p_rows = 0 then
        return;
    end if;
    delete from aid.money_year_donor
     where value_year = p_year and donor_id = p_donor and kind = p_kind and funding = p_funding and months = 0;
    insert into aid.money_item_year_donor as t (aid_item, value_year, donor_id, months)
    values (p_item, p_year, p_donor, p_rows)
    on conflict on constraint money_item_year_donor_pk do update set months = t.months + excluded.months
    returning t.months into v_months;
    if v_months = 0 then
        delete from aid.money_item_year_donor where aid_item = p_item and value_year = p_year and donor_id = p_donor;
        update aid.money_year_donor_items set items = items - 1 where value_year = p_year and donor_id = p_donor;
        delete from aid.money_year_donor_items where value_year = p_year and donor_id = p_donor and items = 0;
        update aid.money_item_donor_years set years = array_remove(years, p_year)
         where aid_item = p_item and donor_id = p_donor;
        delete from aid.money_item_donor_years
         where aid_item = p_item and donor_id = p_donor and cardinality(years) = 0;
    elsif v_months = 1 and p_rows = 1 then
        insert into aid.money_year_donor_items as t (value_year, donor_id, items) values (p_year, p_donor, 1)
        on conflict on constraint money_year_donor_items_pk do update set items = t.items + 1;
        insert into aid.money_item_donor_years as t (aid_item, donor_id, years) values (p_item, p_donor, array[p_year])
        on conflict on constraint money_item_donor_years_pk
            do update set years = array(select y from unnest(t.years || p_year) as y order by y);
    end if;
end;
$$;

-- Both rollups from one month row's change: a change within the same keys moves only sums, any other moves the row.
create or replace function aid.money_year_keep() returns trigger language plpgsql as $$
declare
    v_same boolean := tg_op = 'UPDATE' and old.approved and new.approved and old.value_month = new.value_month
        and old.kind = new.kind and old.funding = new.funding and old.aid_item = new.aid_item;
    v_same_facts boolean := v_same and old.item_kind is not distinct from new.item_kind
        and old.item_status is not distinct from new.item_status
        and coalesce(old.priority_field, '') = coalesce(new.priority_field, '');
    v_same_donor boolean := v_same and old.donor_id = new.donor_id;
begin
    if v_same_facts then
        if old.amount_vnd <> new.amount_vnd or old.amount_usd <> new.amount_usd then
            perform aid.money_year_add(new.aid_item, extract(year from new.value_month)::integer, new.kind,
                                       new.funding, new.item_kind, new.item_status, coalesce(new.priority_field, ''),
                                       new.amount_vnd - old.amount_vnd, new.amount_usd - old.amount_usd, 0);
        end if;
    else
        if tg_op in ('UPDATE', 'DELETE') and old.approved then
            perform aid.money_year_add(old.aid_item, extract(year from old.value_month)::integer, old.kind,
                                       old.funding, old.item_kind, old.item_status, coalesce(old.priority_field, ''),
                                       -old.amount_vnd, -old.amount_usd, -1);
        end if;
        if tg_op in ('INSERT', 'UPDATE') and new.approved then
            perform aid.money_year_add(new.aid_item, extract(year from new.value_month)::integer, new.kind,
                                       new.funding, new.item_kind, new.item_status, coalesce(new.priority_field, ''),
                                       new.amount_vnd, new.amount_usd, 1);
        end if;
    end if;
    if v_same_donor then
        if old.amount_vnd <> new.amount_vnd or old.amount_usd <> new.amount_usd then
            perform aid.money_year_donor_add(new.aid_item, extract(year from new.value_month)::integer, new.donor_id,
                                             new.kind, new.funding, new.amount_vnd - old.amount_vnd,
                                             new.amount_usd - old.amount_usd, 0);
        end if;
    else
        if tg_op in ('UPDATE', 'DELETE') and old.approved then
            perform aid.money_year_donor_add(old.aid_item, extract(year from old.value_month)::integer, old.donor_id,
                                             old.kind, old.funding, -old.amount_vnd, -old.amount_usd, -1);
        end if;
        if tg_op in ('INSERT', 'UPDATE') and new.approved then
            perform aid.money_year_donor_add(new.aid_item, extract(year from new.value_month)::integer, new.donor_id,
                                             new.kind, new.funding, new.amount_vnd, new.amount_usd, 1);
        end if;
    end if;
    return null;
end;
$$;

create or replace function aid.money_year_rebuild() returns void language plpgsql as $$
begin
    lock table aid.money_month in share mode;
    truncate aid.money_year, aid.money_item_year, aid.money_year_items, aid.money_item_years, aid.money_year_donor,
             aid.money_item_year_donor, aid.money_year_donor_items, aid.money_item_donor_years;
    insert into aid.money_year (value_year, kind, funding, item_kind, item_status, priority_field, amount_vnd,
                                amount_usd, months)
    select extract(year from value_month)::integer, kind, funding, item_kind, item_status,
           coalesce(priority_field, ''), sum(amount_vnd), sum(amount_usd), count(*)
      from aid.money_month where approved
     group by 1, 2, 3, 4, 5, 6;
    insert into aid.money_item_year (aid_item, value_year, item_kind, item_status, priority_field, months)
    select aid_item, extract(year from value_month)::integer, item_kind, item_status, coalesce(priority_field, ''),
           count(*)
      from aid.money_month where approved
     group by 1, 2, 3, 4, 5;
    insert into aid.money_year_items (value_year, item_kind, item_status, priority_field, items)
    select value_year, item_kind, item_status, priority_field, count(*)
      from aid.money_item_year group by 1, 2, 3, 4;
    insert into aid.money_item_years (aid_item, item_kind, item_status, priority_field, years)
    select aid_item, item_kind, item_status, priority_field, array_agg(value_year order by value_year)
      from aid.money_item_year group by 1, 2, 3, 4;
    insert into aid.money_year_donor (value_year, donor_id, kind, funding, amount_vnd, amount_usd, months)
    select extract(year from value_month)::integer, donor_id, kind, funding, sum(amount_vnd), sum(amount_usd),
           count(*)
      from aid.money_month where approved
     group by 1, 2, 3, 4;
    insert into aid.money_item_year_donor (aid_item, value_year, donor_id, months)
    select aid_item, extract(year from value_month)::integer, donor_id, count(*)
      from aid.money_month where approved
     group by 1, 2, 3;
    insert into aid.money_year_donor_items (value_year, donor_id, items)
    select value_year, donor_id, count(*) from aid.money_item_year_donor group by 1, 2;
    insert into aid.money_item_donor_years (aid_item, donor_id, years)
    select aid_item, donor_id, array_agg(value_year order by value_year) from aid.money_item_year_donor group by 1, 2;
end;
$$;

select aid.money_year_rebuild();
