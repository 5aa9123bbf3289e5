-- The language a user last chose for the pages: notices and mails written to them are rendered in it.
alter table identity.user_account
    add column language text not null default 'vi' constraint user_account_language_ck check (language in ('vi', 'en'));
