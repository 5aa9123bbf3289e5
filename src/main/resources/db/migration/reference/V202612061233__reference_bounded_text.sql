-- The reference module's texts that administrators write, bounded as validation bounds them (public.bound_text
-- explains the constraints). Administrative units and codelists are loaded from the application's own files.
select public.bound_text('reference.priority_field', 'code', 100);
select public.bound_text('reference.priority_field', 'name_vi', 500);
select public.bound_text('reference.priority_field', 'name_en', 500);
select public.bound_text('reference.priority_field_sector', 'sector_code', 100);
select public.bound_text('reference.calendar_override', 'name_vi', 500);
select public.bound_text('reference.calendar_override', 'name_en', 500);
select public.bound_text('reference.calendar_override', 'legal_basis', 500);
select public.bound_text('reference.holiday_rule_switch', 'rule_key', 100);
select public.bound_text('reference.exchange_rate', 'source', 300);
