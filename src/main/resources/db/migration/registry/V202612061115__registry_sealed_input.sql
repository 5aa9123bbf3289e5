-- The input of a security agency (the police) on an NGO's application may be a state secret (Law 29/2018/QH14;
-- DOMAIN.md §10), readable only by the police, the appraisal lead, the focal point and leaders, as in the aid
-- module's appraisal. Its row says that it was asked and when it was answered, and is confidential, so the audit trail
-- shows its events to those readers only; what it answered lives in registry.sealed_input, which the trail leaves out.
alter table registry.permit_opinion_input add column confidential boolean not null default false;

create table registry.sealed_input (
    input       bigint not null constraint sealed_input_pk primary key
                    constraint sealed_input_input_fk references registry.permit_opinion_input (id),
    answer      text constraint sealed_input_answer_ck check (answer in ('AGREE', 'AGREE_WITH_CONDITIONS', 'DISAGREE')),
    answer_text text
);
comment on table registry.sealed_input is 'What a security agency answered on an NGO''s application, kept out of the '
    'administrators'' audit trail (Law 29/2018/QH14); its writes are audited, sealed, on registry.permit_opinion_input '
    '[audit:skip]';

-- The police's inputs given so far are sealed the same way. The audit trigger (absent on a new database) is off
-- meanwhile: the change would copy the answers into the trail once more.
alter table registry.permit_opinion_input disable trigger user;
insert into registry.sealed_input (input, answer, answer_text)
select i.id, i.answer, i.answer_text
  from registry.permit_opinion_input i join identity.agency a on a.id = i.agency_id
 where a.kind = 'POLICE';
update registry.permit_opinion_input set confidential = true, answer = null, answer_text = null
 where id in (select input from registry.sealed_input);
alter table registry.permit_opinion_input enable trigger user;

alter table registry.permit_opinion_input add constraint permit_opinion_input_sealed_ck
    check (not confidential or (answer is null and answer_text is null));
