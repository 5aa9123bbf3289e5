-- The appraisal's recommendation kept as its own value, so each reader sees it in their language.
alter table aid.transition add column recommendation text
    constraint transition_recommendation_ck check (recommendation in ('APPROVE', 'APPROVE_WITH_CONDITIONS', 'REFUSE'));
