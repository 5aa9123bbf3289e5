-- A person rewarded is one of the contact network (issue 14 point 7) when the focal point picks them there: the reward
-- keeps the name and position as the decision wrote them, and the link to the person.
alter table mobilisation.reward
    add column recipient_contact_id bigint constraint reward_recipient_contact_fk references registry.contact (id),
    add constraint reward_recipient_contact_ck check (recipient_contact_id is null or recipient_organisation_id is null);
create index reward_recipient_contact_idx on mobilisation.reward (recipient_contact_id);
