-- Interests sent from the public portal's "we are interested" form (issue 15 point 2): an organisation not in the
-- registry yet arrives as an enquirer, named by what it typed, until the focal point links or registers it; where an
-- interest came from (recorded by staff or sent from the portal) is kept for the funnel's readers.
alter table mobilisation.interest alter column organisation_id drop not null;
alter table mobilisation.interest
    add column source           text not null default 'STAFF'
        constraint interest_source_ck check (source in ('STAFF', 'PORTAL')),
    add column enquirer_name    text,
    add column enquirer_country text,
    add column enquirer_email   text,
    add column enquirer_phone   text,
    add constraint interest_organisation_or_enquirer_ck check (organisation_id is not null or enquirer_name is not null);

select public.bound_text('mobilisation.interest', 'source', 100);
select public.bound_text('mobilisation.interest', 'enquirer_name', 500);
select public.bound_text('mobilisation.interest', 'enquirer_country', 100);
select public.bound_text('mobilisation.interest', 'enquirer_email', 254);
select public.bound_text('mobilisation.interest', 'enquirer_phone', 100);
