-- Two facts the approval decision states and the finance department checks (Decree 80/2020 Art. 21 and 23;
-- Decree 313/2025 Art. 3 cl. 11, Art. 20 cl. 1): the account the aid is received into and paid out of, and whether
-- the aid is booked as state-budget revenue (ghi thu, ghi chi) and in the budget of which level.
alter table aid.aid_item
    add column aid_account_bank   text,
    add column aid_account_branch text,
    add column aid_account_number text,
    add column aid_account_holder text,
    add column budget_recorded    boolean,
    add column budget_level       text
        constraint aid_item_budget_level_ck check (budget_level in ('CENTRAL', 'PROVINCIAL', 'COMMUNE')),
    add constraint aid_item_budget_level_recorded_ck check (budget_level is null or budget_recorded);

comment on column aid.aid_item.aid_account_number is 'The aid account (tài khoản tiếp nhận viện trợ), Decree 80/2020 Art. 21';
comment on column aid.aid_item.budget_level is 'The budget that books the aid when it is state-budget revenue';

-- Kept versions and change requests hold a description in the item API's shape, whose beneficiary counts are now
-- fields beside the others rather than one nested object.
update aid.item_version
   set snapshot = (snapshot - 'beneficiaries') || jsonb_strip_nulls(jsonb_build_object(
           'targetGroups', snapshot -> 'beneficiaries' -> 'targetGroups',
           'beneficiariesTotal', snapshot -> 'beneficiaries' -> 'total',
           'beneficiariesWomen', snapshot -> 'beneficiaries' -> 'women',
           'beneficiariesDisabled', snapshot -> 'beneficiaries' -> 'disabled',
           'beneficiariesEthnic', snapshot -> 'beneficiaries' -> 'ethnicMinority',
           'beneficiariesChildren', snapshot -> 'beneficiaries' -> 'children'))
 where snapshot ? 'beneficiaries';

update aid.amendment
   set proposed = (proposed - 'beneficiaries') || jsonb_strip_nulls(jsonb_build_object(
           'targetGroups', proposed -> 'beneficiaries' -> 'targetGroups',
           'beneficiariesTotal', proposed -> 'beneficiaries' -> 'total',
           'beneficiariesWomen', proposed -> 'beneficiaries' -> 'women',
           'beneficiariesDisabled', proposed -> 'beneficiaries' -> 'disabled',
           'beneficiariesEthnic', proposed -> 'beneficiaries' -> 'ethnicMinority',
           'beneficiariesChildren', proposed -> 'beneficiaries' -> 'children'))
 where proposed ? 'beneficiaries';
