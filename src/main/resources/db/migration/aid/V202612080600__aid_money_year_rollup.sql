-- Statistics at national scale without items (issue 18: each dashboard chart's data p95 <= 80 ms over 100,000 items):
-- approved money summed by year of value date, kind, funding and the item's facts statistics group and filter by
-- (aid kind, status, priority field), kept by a trigger on aid.money_month, so a fact's change (which rewrites the
-- item's month rows) moves the sums between groups by itself. Groups hold thousands of rows at most, never one per item.
-- A group's distinct items are kept exactly: aid.money_item_year counts each approved item's month rows per year and
-- facts; the first row makes the item a member of its year's group (aid.money_year_items), the last removes it, and
-- aid.money_item_years keeps each item's years as an array to count an item once over a span of years.
-- The priority field is '' when the item has none (keys of unique constraints).
create table aid.money_year (
    value_year     integer not null,
    kind           text not null,
    funding        text not null,
    item_kind      text not null,
    item_status    text not null,
    priority_field text not null,
    amount_vnd     numeric(25, 0) not null,
    amount_usd     numeric(23, 2) not null,
    months         integer not null,
    constraint money_year_pk primary key (value_year, kind, funding, item_kind, item_status, priority_field)
);
comment on table aid.money_year is
    'Derived sums of approved aid.money_month by year and item facts, kept by trigger [audit:skip]';

create table aid.money_item_year (
    aid_item       bigint not null,
    value_year     integer not null,
    item_kind      text not null,
    item_status    text not null,
    priority_field text not null,
    months         integer not null,
    constraint money_item_year_pk primary key (aid_item, value_year, item_kind, item_status, priority_field)
);
comment on table aid.money_item_year is
    'Derived count of approved aid.money_month rows per item, year and facts, kept by trigger [audit:skip]';

create table aid.money_year_items (
    value_year     integer not null,
    item_kind      text not null,
    item_status    text not null,
    priority_field text not null,
    items          integer not null,
    constraint money_year_items_pk primary key (value_year, item_kind, item_status, priority_field)
);
comment on table aid.money_year_items is
    'Derived distinct approved items with money per year and facts, kept by trigger [audit:skip]';

create table aid.money_item_years (
    aid_item       bigint not null,
    item_kind      text not null,
    item_status    text not null,
    priority_field text not null,
    years          integer[] not null,
    constraint money_item_years_pk primary key (aid_item, item_kind, item_status, priority_field)
);
comment on table aid.money_item_years is
    'Derived years with approved money per item and facts, kept by trigger [audit:skip]';


-- Adds one month row's change to its year's group; p_rows is +1 (a month row appears), -1 (it goes) or 0 (its sums
-- change). Membership moves only when an item's first row of a year and facts appears or its last goes.
create function aid.money_year_add(p_item bigint, p_year integer, p_kind text, p_funding text, p_item_kind text,
                                   p_status text, p_field text, p_vnd numeric, p_usd numeric, p_rows integer)
    returns void language plpgsql as $$
declare
    v_months integer;
begin
    insert into aid.money_year as t (value_year, kind, funding, item_kind, item_status, priority_field, amount_vnd,
                                     amount_usd, months)
    values (p_year, p_kind, p_funding, p_item_kind, p_status, p_field, p_vnd, p_usd, p_rows)
    on conflict on constraint money_year_pk do update
        set amount_vnd = t.amount_vnd + excluded.amount_vnd, amount_usd = t.amount_usd + excluded.amount_usd,
            months = t.months + excluded.months;
    if p_rows = 0 then
        return;
    end if;
    delete from aid.money_year
     where value_year = p_year and kind = p_kind and funding = p_funding and item_kind = p_item_kind
       and item_status = p_status and priority_field = p_field and months = 0;
    insert into aid.money_item_year as t (aid_item, value_year, item_kind, item_status, priority_field, months)
    values (p_item, p_year, p_item_kind, p_status, p_field, p_rows)
    on conflict on constraint money_item_year_pk do update set months = t.months + excluded.months
    returning t.months into v_months;
    if v_months = 0 then
        delete from aid.money_item_year
         where aid_item = p_item and value_year = p_year and item_kind = p_item_kind and item_status = p_status
           and priority_field = p_field;
        update aid.money_year_items set items = items - 1
         where value_year = p_year and item_kind = p_item_kind and item_status = p_status and priority_field = p_field;
        delete from aid.money_year_items
         where value_year = p_year and item_kind = p_item_kind and item_status = p_status and priority_field = p_field
           and items = 0;
        update aid.money_item_years set years = array_remove(years, p_year)
         where aid_item = p_item and item_kind = p_item_kind and item_status = p_status and priority_field = p_field;
        delete from aid.money_item_years
         where aid_item = p_item and item_kind = p_item_kind and item_status = p_status and priority_field = p_field
           and cardinality(years) = 0;
    elsif v_months = 1 and p_rows = 1 then
        insert into aid.money_year_items as t (value_year, item_kind, item_status, priority_field, items)
        values (p_year, p_item_kind, p_status, p_field, 1)
        on conflict on constraint money_year_items_pk do update set items = t.items + 1;
        insert into aid.money_item_years as t (aid_item, item_kind, item_status, priority_field, years)
        values (p_item, p_item_kind, p_status, p_field, array[p_year])
        on conflict on constraint money_item_years_pk
            do update set years = array(select y from unnest(t.years || p_year) as y order by y);
    end if;
end;
$$;

-- Concurrent writers add to shared sums in place, which the application cannot do safely: as aid.money_month_keep().
create function aid.money_year_keep() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and old.approved and new.approved and old.value_month = new.value_month
       and old.kind = new.kind and old.funding = new.funding and old.aid_item = new.aid_item
       and old.item_kind is not distinct from new.item_kind and old.item_status is not distinct from new.item_status
       and coalesce(old.priority_field, '') = coalesce(new.priority_field, '') then
        if old.amount_vnd <> new.amount_vnd or old.amount_usd <> new.amount_usd then
            perform aid.money_year_add(new.aid_item, extract(year from new.value_month)::integer, new.kind,
                                       new.funding, new.item_kind, new.item_status, coalesce(new.priority_field, ''),
                                       new.amount_vnd - old.amount_vnd, new.amount_usd - old.amount_usd, 0);
        end if;
        return null;
    end if;
    if tg_op in ('UPDATE', 'DELETE') and old.approved then
        perform aid.money_year_add(old.aid_item, extract(year from old.value_month)::integer, old.kind, old.funding,
                                   old.item_kind, old.item_status, coalesce(old.priority_field, ''), -old.amount_vnd,
                                   -old.amount_usd, -1);
    end if;
    if tg_op in ('INSERT', 'UPDATE') and new.approved then
        perform aid.money_year_add(new.aid_item, extract(year from new.value_month)::integer, new.kind, new.funding,
                                   new.item_kind, new.item_status, coalesce(new.priority_field, ''), new.amount_vnd,
                                   new.amount_usd, 1);
    end if;
    return null;
end;
$$;

create trigger money_month_year_trg after insert or update or delete on aid.money_month
    for each row execute function aid.money_year_keep();
comment on trigger money_month_year_trg on aid.money_month is
    'Derived sums under concurrent writers: see aid.money_year_keep().';

-- Rewrites the year tables from aid.money_month, set-based: here, and after a bulk load that switched the trigger off.
create function aid.money_year_rebuild() returns void language plpgsql as $$
begin
    lock table aid.money_month in share mode;
    truncate aid.money_year, aid.money_item_year, aid.money_year_items, aid.money_item_years;
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
end;
$$;

-- A rebuild of the month rows rebuilds the year tables after them, set-based (the row trigger is off meanwhile).
create or replace function aid.money_month_rebuild() returns void language plpgsql as $$
begin
    lock table aid.money_transaction in share mode;
    alter table aid.money_month disable trigger money_month_year_trg;
    truncate aid.money_month;
    insert into aid.money_month (aid_item, kind, funding, value_month, amount_vnd, amount_usd, transactions,
                                 approved, item_kind, item_status, priority_field, donor_id)
    select t.aid_item, t.kind, t.funding, date_trunc('month', t.value_date)::date, sum(t.amount_vnd),
           sum(t.amount_usd), count(*), i.approved_on is not null, i.kind, i.status, i.priority_field, i.donor_id
      from aid.money_transaction t join aid.aid_item i on i.id = t.aid_item
     group by t.aid_item, t.kind, t.funding, date_trunc('month', t.value_date), i.id;
    alter table aid.money_month enable trigger money_month_year_trg;
    perform aid.money_year_rebuild();
end;
$$;

select aid.money_year_rebuild();
