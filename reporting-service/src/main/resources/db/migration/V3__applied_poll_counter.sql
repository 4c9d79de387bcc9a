-- Counts the polls applied per partition: with the generation it identifies the state of the
-- maintained aggregates, so that "now" answers can be reused until any replica applies more events.
alter table consumer_progress add column applied_polls bigint not null default 0;
