-- The dashboard's slow combinations at national scale (issue 18's speed, bench/dashboard-notes.md):
-- 1. The donor rollup keeps the item's priority field as its third key (donor, item kind, priority field), so a
--    donor list (a donor country, an organisation) read by field and the donors of one field come from the rollup
--    instead of a year of month rows. Nationally the groups hardly grow: within a year a donor's items of one kind
--    rarely differ in field (8,796 donor-kind groups of 2024, 8,796 donor-kind-field groups). Same mechanism
--    (aid.money_rollup_add and friends read the keys from aid.money_rollup_keys); only the donor rollup's rows are
--    rewritten here, set-based as aid.money_rollup_rebuild() writes them.
-- 2. Indexes: a rollup's groups by first key across years (a donor list, one commune or sector over ten years); the
--    items with a part in one sector category, sector or commune (a filtered period's month rows read through
--    aid.money_rollup_part); the rates behind a period's foreign-currency money read from the index alone.
create or replace function aid.money_rollup_keys(p_rollup text, p_item_kind text, p_status text, p_field text,
                                                 p_donor bigint, p_part text) returns text[] language sql immutable as $$
    select case p_rollup when 'year' then array[p_item_kind, p_status, p_field]
                         when 'donor' then array[p_donor::text, p_item_kind, p_field]
                         when 'commune' then array[p_part, p_item_kind, '']
                         else array[p_part, p_item_kind, p_field] end
$$;

delete from aid.money_rollup where rollup = 'donor';
delete from aid.money_rollup_items where rollup = 'donor';

insert into aid.money_rollup (rollup, value_year, k1, k2, k3, committed_vnd, committed_usd, disbursed_vnd,
                              disbursed_usd, spent_vnd, spent_usd, counterpart_vnd, counterpart_usd, months)
select 'donor', y, m.donor_id::text, m.item_kind, coalesce(m.priority_field, ''),
       coalesce(sum(m.amount_vnd) filter (where m.kind = 'COMMITMENT' and m.funding = 'AID'), 0),
       coalesce(sum(m.amount_usd) filter (where m.kind = 'COMMITMENT' and m.funding = 'AID'), 0),
       coalesce(sum(m.amount_vnd) filter (where m.kind = 'DISBURSEMENT' and m.funding = 'AID'), 0),
       coalesce(sum(m.amount_usd) filter (where m.kind = 'DISBURSEMENT' and m.funding = 'AID'), 0),
       coalesce(sum(m.amount_vnd) filter (where m.kind = 'EXPENDITURE' and m.funding = 'AID'), 0),
       coalesce(sum(m.amount_usd) filter (where m.kind = 'EXPENDITURE' and m.funding = 'AID'), 0),
       coalesce(sum(m.amount_vnd) filter (where m.kind = 'COMMITMENT' and m.funding = 'COUNTERPART'), 0),
       coalesce(sum(m.amount_usd) filter (where m.kind = 'COMMITMENT' and m.funding = 'COUNTERPART'), 0),
       count(*)
  from aid.money_month m
       cross join lateral (values (extract(year from m.value_month)::integer), (0)) as v (y)
 where m.approved
 group by 2, 3, 4, 5;

insert into aid.money_rollup_items (rollup, value_year, k1, k2, k3, items)
select 'donor', value_year, donor_id::text, item_kind, priority_field, count(*)
  from aid.money_rollup_member
 group by 2, 3, 4, 5;

insert into aid.money_rollup_items (rollup, value_year, k1, k2, k3, items)
select 'donor', 0, donor_id::text, item_kind, priority_field, count(*)
  from aid.money_rollup_item_years
 group by 2, 3, 4, 5;

create index money_rollup_first_key_idx on aid.money_rollup (rollup, k1, value_year);
create index money_rollup_items_first_key_idx on aid.money_rollup_items (rollup, k1, value_year);
create index money_rollup_part_part_idx on aid.money_rollup_part (rollup, part, aid_item) include (share);

drop index aid.money_transaction_value_date_idx;
create index money_transaction_value_date_idx on aid.money_transaction (value_date)
    include (aid_item, currency, rate_date, rate_to_vnd, rate_to_usd, rate_stated, rate_source)
    where currency <> 'VND';
