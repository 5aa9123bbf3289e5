-- The rates behind a period's foreign-currency money (the dashboard's summary, issue 18's speed) without scanning the
-- period's transactions: foreign-currency transactions counted by month of value date, currency, approval of their item
-- and the rate applied (date, VND and USD rates, stated or not, source). Rates are date-effective and shared by many
-- transactions, so a month holds a few rows per currency and day; the rates used of a period of months with no filter
-- on the items beyond approval are these rows' counts, minima, maxima and sources. Kept by a trigger on every
-- transaction and on an item's approval (which moves its transactions between approved and not).
create table aid.money_rate_month (
    value_month  date not null,
    currency     char(3) not null,
    approved     boolean not null,
    rate_date    date not null,
    rate_to_vnd  numeric(30, 12) not null,
    rate_to_usd  numeric(30, 12) not null,
    rate_stated  boolean not null,
    rate_source  text not null,
    transactions integer not null,
    constraint money_rate_month_pk primary key (value_month, currency, approved, rate_date, rate_to_vnd, rate_to_usd,
                                                rate_stated, rate_source)
);
comment on table aid.money_rate_month is
    'Derived count of foreign-currency aid.money_transaction by month and rate, kept by trigger [audit:skip]';

create function aid.money_rate_add(p_month date, p_currency char(3), p_approved boolean, p_rate_date date,
                                   p_vnd numeric, p_usd numeric, p_stated boolean, p_source text, p_count integer)
    returns void language plpgsql as $$
declare
    v_count integer;
begin
    insert into aid.money_rate_month as t (value_month, currency, approved, rate_date, rate_to_vnd, rate_to_usd,
                                           rate_stated, rate_source, transactions)
    values (p_month, p_currency, p_approved, p_rate_date, p_vnd, p_usd, p_stated, p_source, p_count)
    on conflict on constraint money_rate_month_pk do update set transactions = t.transactions + excluded.transactions
    returning t.transactions into v_count;
    if v_count = 0 then
        delete from aid.money_rate_month
         where value_month = p_month and currency = p_currency and approved = p_approved and rate_date = p_rate_date
           and rate_to_vnd = p_vnd and rate_to_usd = p_usd and rate_stated = p_stated and rate_source = p_source;
    end if;
end;
$$;

-- Concurrent writers add to shared counts in place, which the application cannot do safely: as aid.money_month_keep().
create function aid.money_rate_keep() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') and old.currency <> 'VND' then
        perform aid.money_rate_add(date_trunc('month', old.value_date)::date, old.currency,
                                   (select i.approved_on is not null from aid.aid_item i where i.id = old.aid_item),
                                   old.rate_date, old.rate_to_vnd, old.rate_to_usd, old.rate_stated, old.rate_source,
                                   -1);
    end if;
    if tg_op in ('INSERT', 'UPDATE') and new.currency <> 'VND' then
        perform aid.money_rate_add(date_trunc('month', new.value_date)::date, new.currency,
                                   (select i.approved_on is not null from aid.aid_item i where i.id = new.aid_item),
                                   new.rate_date, new.rate_to_vnd, new.rate_to_usd, new.rate_stated, new.rate_source,
                                   1);
    end if;
    return null;
end;
$$;

create trigger money_transaction_rate_trg after insert or update or delete on aid.money_transaction
    for each row execute function aid.money_rate_keep();
comment on trigger money_transaction_rate_trg on aid.money_transaction is
    'Derived counts under concurrent writers: see aid.money_rate_keep().';

-- An approval given or withdrawn moves the item's foreign-currency transactions between approved and not.
create function aid.money_rate_on_approval() returns trigger language plpgsql as $$
declare
    g record;
begin
    for g in select date_trunc('month', t.value_date)::date as value_month, t.currency, t.rate_date, t.rate_to_vnd,
                    t.rate_to_usd, t.rate_stated, t.rate_source, count(*)::integer as transactions
               from aid.money_transaction t
              where t.aid_item = new.id and t.currency <> 'VND'
              group by 1, 2, 3, 4, 5, 6, 7 loop
        perform aid.money_rate_add(g.value_month, g.currency, old.approved_on is not null, g.rate_date, g.rate_to_vnd,
                                   g.rate_to_usd, g.rate_stated, g.rate_source, -g.transactions);
        perform aid.money_rate_add(g.value_month, g.currency, new.approved_on is not null, g.rate_date, g.rate_to_vnd,
                                   g.rate_to_usd, g.rate_stated, g.rate_source, g.transactions);
    end loop;
    return null;
end;
$$;

create trigger aid_item_money_rate_trg after update of approved_on on aid.aid_item for each row
    when ((old.approved_on is null) <> (new.approved_on is null))
    execute function aid.money_rate_on_approval();
comment on trigger aid_item_money_rate_trg on aid.aid_item is
    'Rates of approved money by month (aid.money_rate_month) follow the item''s approval.';

-- Rewrites the counts from the transactions, set-based: here, and with the month sums after a bulk load.
create function aid.money_rate_rebuild() returns void language plpgsql as $$
begin
    lock table aid.money_transaction in share mode;
    truncate aid.money_rate_month;
    insert into aid.money_rate_month (value_month, currency, approved, rate_date, rate_to_vnd, rate_to_usd,
                                      rate_stated, rate_source, transactions)
    select date_trunc('month', t.value_date)::date, t.currency, i.approved_on is not null, t.rate_date, t.rate_to_vnd,
           t.rate_to_usd, t.rate_stated, t.rate_source, count(*)
      from aid.money_transaction t join aid.aid_item i on i.id = t.aid_item
     where t.currency <> 'VND'
     group by 1, 2, 3, 4, 5, 6, 7, 8;
end;
$$;

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
    perform aid.money_rate_rebuild();
end;
$$;

select aid.money_rate_rebuild();
