-- Why aid.money_total, aid.money_share and aid.money_split stay kept by triggers (V202611231320__aid_money.sql) now
-- that a money transaction is an aggregate the application saves (issue 11: a trigger stays only where the database
-- must hold a rule under concurrency). Nothing changes but the comments.
--
-- 1. aid.money_split has one row per dimension, kind, year, funding and sector or commune, shared by every item. Two
--    officers recording money on two items hold two different item locks, yet add to the same rows at the same time.
--    Only an addition done in place by the database in each writer's transaction (insert ... on conflict do update
--    set amount = amount + excluded.amount) keeps those sums exact without making every money write of the province
--    wait for every other; a sum read and rewritten by the application would lose one of two concurrent additions.
-- 2. An item's parts follow its sectors and communes, which the aid item's aggregate rewrites on every save. The
--    triggers on aid.aid_item_sector and aid.aid_item_location refresh them in the same transaction, under the item's
--    row lock (taken in the same mode as vn.vientro.aid.item.AidItemLock), so an item saved while money is recorded on
--    it never leaves parts computed from its old shares, and the item's code needs to know nothing of money.
-- 3. Every path that writes transactions keeps the sums: the aggregate's save and delete, and SQL loads
--    (which may switch the triggers off and call aid.money_rebuild() after).
--
-- The simpler design, summing aid.money_transaction when reading, would do for one item's totals but not for the
-- national splits by sector and commune: 240-505 ms over 1,000,000 transactions against 24-59 ms from these tables
-- (../shared/stack-notes.md), so the derived tables stay, and with them the triggers that keep them.

comment on function aid.money_total_keep() is
    'Keeps aid.money_total (and through it the parts) in step with each write of aid.money_transaction, in the '
    'writer''s transaction: concurrent writers add to shared sums in place, which the application cannot do safely. '
    'See V202612060701__aid_money_totals_kept_by_triggers.sql.';
comment on trigger money_transaction_total_trg on aid.money_transaction is
    'Derived sums under concurrent writers: see aid.money_total_keep().';

comment on function aid.money_total_add(bigint, text, text, char, integer, numeric, numeric, numeric, integer) is
    'Adds a transaction''s amounts to its item''s total in place (on conflict do update), then refreshes the item''s '
    'parts for that kind, funding and year.';

comment on function aid.money_share_refresh(bigint, text, text, integer, text) is
    'Recomputes one item''s parts by sector and commune after locking the item''s row, so two writers of the same '
    'item take turns and never compute from each other''s past.';

comment on function aid.money_split_keep() is
    'Keeps aid.money_split, whose rows every item shares, by adding each part in place: concurrent writers of '
    'different items hold different locks and would otherwise lose each other''s additions.';
comment on trigger money_share_split_trg on aid.money_share is
    'National sums shared by every item, under concurrent writers: see aid.money_split_keep().';

comment on function aid.money_share_on_sector_change() is
    'An item''s parts follow its sectors in the transaction that rewrites them, whoever writes them.';
comment on function aid.money_share_on_location_change() is
    'An item''s parts follow its communes in the transaction that rewrites them, whoever writes them.';
