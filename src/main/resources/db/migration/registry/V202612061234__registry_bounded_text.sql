-- The registry's texts, bounded as validation bounds them (public.bound_text explains the constraints). What an
-- import or a reminder job writes from its own records (problems, reminders) is not typed and stays unbounded.
select public.bound_text('registry.organisation', 'name_original', 500);
select public.bound_text('registry.organisation', 'name_en', 500);
select public.bound_text('registry.organisation', 'name_vi', 500);
select public.bound_text('registry.organisation', 'abbreviation', 100);
select public.bound_text('registry.organisation', 'country_code', 100);
select public.bound_text('registry.organisation', 'iati_identifier', 100);
select public.bound_text('registry.organisation', 'iati_org_type', 100);
select public.bound_text('registry.organisation', 'website', 500);
select public.bound_text('registry.organisation', 'address_abroad', 500);
select public.bound_text('registry.organisation', 'address_vn', 500);
select public.bound_text('registry.organisation', 'phone', 100);
select public.bound_text('registry.organisation', 'email', 254);
select public.bound_text('registry.organisation', 'head_of_office', 500);
select public.bound_text('registry.organisation', 'notes', 20000);
select public.bound_text('registry.organisation_status_change', 'from_status', 100);
select public.bound_text('registry.organisation_status_change', 'to_status', 100);
select public.bound_text('registry.organisation_status_change', 'reason', 20000);
select public.bound_text('registry.organisation_status_change', 'decision_number', 100);
select public.bound_text('registry.organisation_status_change', 'changed_by', 100);
select public.bound_text('registry.permit', 'number', 100);
select public.bound_text('registry.permit', 'issuing_body', 500);
select public.bound_text('registry.permit', 'scope_areas', 20000);
select public.bound_text('registry.permit', 'scope_fields', 20000);
select public.bound_text('registry.permit_event', 'decision_number', 100);
select public.bound_text('registry.permit_event', 'note', 20000);
select public.bound_text('registry.permit_event', 'actor', 100);
select public.bound_text('registry.annual_report', 'note', 20000);
select public.bound_text('registry.contact', 'full_name', 500);
select public.bound_text('registry.contact', 'title', 500);
select public.bound_text('registry.contact', 'email', 254);
select public.bound_text('registry.contact', 'phone', 100);
select public.bound_text('registry.contact', 'interests', 20000);
select public.bound_text('registry.contact', 'country_code', 100);
select public.bound_text('registry.contact', 'notes', 20000);
select public.bound_text('registry.contact_interaction', 'notes', 20000);
select public.bound_text('registry.contact_interaction', 'recorded_by', 100);
select public.bound_text('registry.import_job', 'file_name', 500);
select public.bound_text('registry.import_job', 'created_by', 100);
select public.bound_text('registry.import_job', 'confirmed_by', 100);
select public.bound_text('registry.permit_opinion', 'ministry_reference', 100);
select public.bound_text('registry.permit_opinion', 'conclusion_text', 20000);
select public.bound_text('registry.permit_opinion', 'reply_reference', 100);
select public.bound_text('registry.permit_opinion_input', 'agency_name', 500);
select public.bound_text('registry.permit_opinion_input', 'answer_text', 20000);
select public.bound_text('registry.permit_opinion_input', 'recorded_by', 100);
select public.bound_text('registry.sealed_input', 'answer_text', 20000);

-- An organisation's web address is http or https: one with another scheme (javascript:, data:) would run in the
-- reader's browser the day it is shown as a link. Addresses stored before without a scheme take https://, as the
-- application now does; any other scheme is dropped (the audit trail keeps it).
update registry.organisation set website = 'https://' || website where website !~* '^[a-z][a-z0-9+.-]*:';
update registry.organisation set website = null where website !~* '^https?://';
alter table registry.organisation add constraint organisation_website_ck check (website ~* '^https?://');
