-- The names of what a document refers to (an aid item's donor, owner, partners, communes, sectors), kept beside its
-- own names: they rank below the names and title (weight A) and above the description (weight C), in weight B with
-- the subtitle. Documents indexed before have none until their owner indexes them again (reference data reloads
-- and the owners' events do so).
alter table search.document add column related text;
