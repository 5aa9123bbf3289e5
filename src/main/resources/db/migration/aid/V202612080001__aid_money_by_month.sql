-- Each item's money per kind, funding and month of value date, in VND and USD: what statistics for a quarter, six
-- months or a span of months read (the reporting module's dashboard and reports, issue 18), so no period's figures
-- scan the transactions. aid.money_total keeps years per currency for the money tab; this keeps months, all currencies
-- already converted at each transaction's own date-effective rate.
create table aid.money_month (
    aid_item     bigint not null constraint money_month_aid_item_fk references aid.aid_item (id),
    kind         text not null,
    funding      text not null,
    value_month  date not null constraint money_month_first_day_ck check (extract(day from value_month) = 1),
    amount_vnd   numeric(25, 0) not null,
    amount_usd   numeric(23, 2) not null,
    transactions integer not null,
    constraint money_month_pk primary key (aid_item, kind, funding, value_month)
);
create index money_month_month_idx on aid.money_month (value_month, aid_item);
comment on table aid.money_month is 'Derived sums of aid.money_transaction by month, kept by trigger [audit:skip]';

create function aid.money_month_add(p_item bigint, p_kind text, p_funding text, p_month date, p_vnd numeric,
                                    p_usd numeric, p_count integer) returns void language plpgsql as $$
begin
    insert into aid.money_month as t (aid_item, kind, funding, value_month, amount_vnd, amount_usd, transactions)
    values (p_item, p_kind, p_funding, p_month, p_vnd, p_usd, p_count)
    on conflict on constraint money_month_pk do update
        set amount_vnd = t.amount_vnd + excluded.amount_vnd, amount_usd = t.amount_usd + excluded.amount_usd,
            transactions = t.transactions + excluded.transactions;
    delete from aid.money_month
     where aid_item = p_item and kind = p_kind and funding = p_funding and value_month = p_month and transactions = 0;
end;
$$;

-- Concurrent writers add to shared sums in place, which the application cannot do safely: as aid.money_total_keep().
create function aid.money_month_keep() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        perform aid.money_month_add(old.aid_item, old.kind, old.funding, date_trunc('month', old.value_date)::date,
                                    -old.amount_vnd, -old.amount_usd, -1);
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        perform aid.money_month_add(new.aid_item, new.kind, new.funding, date_trunc('month', new.value_date)::date,
                                    new.amount_vnd, new.amount_usd, 1);
    end if;
    return null;
end;
$$;

create trigger money_transaction_month_trg after insert or update or delete on aid.money_transaction
    for each row execute function aid.money_month_keep();
comment on trigger money_transaction_month_trg on aid.money_transaction is
    'Derived sums under concurrent writers: see aid.money_month_keep().';

-- Rewrites the whole table from the transactions: here, and after a bulk load that switched the trigger off.
create function aid.money_month_rebuild() returns void language plpgsql as $$
begin
    lock table aid.money_transaction in share mode;
    truncate aid.money_month;
    insert into aid.money_month (aid_item, kind, funding, value_month, amount_vnd, amount_usd, transactions)
    select aid_item, kind, funding, date_trunc('month', value_date)::date, sum(amount_vnd), sum(amount_usd), count(*)
      from aid.money_transaction
     group by aid_item, kind, funding, date_trunc('month', value_date);
end;
$$;

select aid.money_month_rebuild();
