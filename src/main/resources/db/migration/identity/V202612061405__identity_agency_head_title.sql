-- How documents name the head of an agency ("Giám đốc Sở Y tế tỉnh Phú Thọ", "Chủ tịch Ủy ban nhân dân xã Tam Sơn"):
-- drafts state who carries out a decision and who proposed it by this title, never by a generic word before the name.
-- Empty until an administrator states it; the drafts then fall back on the title usual for the agency's kind.
alter table identity.agency
    add column head_title_vi text,
    add column head_title_en text;
select public.bound_text('identity.agency', 'head_title_vi', 500);
select public.bound_text('identity.agency', 'head_title_en', 500);
