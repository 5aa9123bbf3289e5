-- Statistics at national scale (issue 18: each dashboard chart's data p95 <= 80 ms over 100,000 items and 1,000,000
-- transactions): aid.money_month carries the facts of its item that statistics filter and group by (approved or not,
-- kind, status, priority field, donor), so a period's figures read one table by month without joining every item.
-- They are copies kept current on write: by aid.money_month_add() when a month's row is made, and by a trigger on
-- aid.aid_item when one of these facts of an item changes (a few rows per item, in the item's own transaction).
alter table aid.money_month
    add column approved       boolean not null default false,
    add column item_kind      text,
    add column item_status    text,
    add column priority_field text,
    add column donor_id       bigint;

update aid.money_month m
   set approved = i.approved_on is not null, item_kind = i.kind, item_status = i.status,
       priority_field = i.priority_field, donor_id = i.donor_id
  from aid.aid_item i
 where i.id = m.aid_item;

-- approved money by month, with what the dashboard's charts group by, read without visiting the table
create index money_month_approved_month_idx on aid.money_month (value_month)
    include (aid_item, kind, funding, amount_vnd, amount_usd, item_kind, item_status, priority_field, donor_id)
    where approved;

-- the items approved within a period (new approvals), and the rates behind a period's foreign-currency money
create index aid_item_approved_on_idx on aid.aid_item (approved_on) where approved_on is not null;
create index money_transaction_value_date_idx on aid.money_transaction (value_date) where currency <> 'VND';

create or replace function aid.money_month_add(p_item bigint, p_kind text, p_funding text, p_month date,
                                               p_vnd numeric, p_usd numeric, p_count integer)
    returns void language plpgsql as $$
begin
    insert into aid.money_month as t (aid_item, kind, funding, value_month, amount_vnd, amount_usd, transactions,
                                      approved, item_kind, item_status, priority_field, donor_id)
    select p_item, p_kind, p_funding, p_month, p_vnd, p_usd, p_count,
           i.approved_on is not null, i.kind, i.status, i.priority_field, i.donor_id
      from aid.aid_item i where i.id = p_item
    on conflict on constraint money_month_pk do update
        set amount_vnd = t.amount_vnd + excluded.amount_vnd, amount_usd = t.amount_usd + excluded.amount_usd,
            transactions = t.transactions + excluded.transactions;
    delete from aid.money_month
     where aid_item = p_item and kind = p_kind and funding = p_funding and value_month = p_month and transactions = 0;
end;
$$;

create or replace function aid.money_month_rebuild() returns void language plpgsql as $$
begin
    lock table aid.money_transaction in share mode;
    truncate aid.money_month;
    insert into aid.money_month (aid_item, kind, funding, value_month, amount_vnd, amount_usd, transactions,
                                 approved, item_kind, item_status, priority_field, donor_id)
    select t.aid_item, t.kind, t.funding, date_trunc('month', t.value_date)::date, sum(t.amount_vnd),
           sum(t.amount_usd), count(*), i.approved_on is not null, i.kind, i.status, i.priority_field, i.donor_id
      from aid.money_transaction t join aid.aid_item i on i.id = t.aid_item
     group by t.aid_item, t.kind, t.funding, date_trunc('month', t.value_date), i.id;
end;
$$;

-- The copies follow the item: an approval, a move, a new donor or field rewrites the item's months.
create function aid.money_month_item_facts() returns trigger language plpgsql as $$
begin
    update aid.money_month
       set approved = new.approved_on is not null, item_kind = new.kind, item_status = new.status,
           priority_field = new.priority_field, donor_id = new.donor_id
     where aid_item = new.id;
    return null;
end;
$$;

create trigger aid_item_money_month_facts_trg after update of approved_on, kind, status, priority_field, donor_id
    on aid.aid_item for each row
    when ((old.approved_on is null) <> (new.approved_on is null) or old.kind is distinct from new.kind
          or old.status is distinct from new.status or old.priority_field is distinct from new.priority_field
          or old.donor_id is distinct from new.donor_id)
    execute function aid.money_month_item_facts();
comment on trigger aid_item_money_month_facts_trg on aid.aid_item is
    'Copies of the item''s facts on its month sums (aid.money_month), for statistics at scale.';
