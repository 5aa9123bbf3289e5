-- The identity module's texts, bounded as validation bounds them (public.bound_text explains the constraints).
-- Hashes, token prefixes and throttle subjects are made by the application, never typed.
select public.bound_text('identity.agency', 'code', 100);
select public.bound_text('identity.agency', 'name_vi', 500);
select public.bound_text('identity.agency', 'name_en', 500);
select public.bound_text('identity.agency', 'short_name', 100);
select public.bound_text('identity.agency', 'email', 254);
select public.bound_text('identity.agency', 'phone', 100);
select public.bound_text('identity.agency', 'address', 500);
select public.bound_text('identity.agency_succession', 'legal_basis', 500);
select public.bound_text('identity.user_account', 'username', 100);
select public.bound_text('identity.user_account', 'full_name', 500);
select public.bound_text('identity.user_account', 'email', 254);
select public.bound_text('identity.user_account', 'phone', 100);
select public.bound_text('identity.api_token', 'name', 500);
