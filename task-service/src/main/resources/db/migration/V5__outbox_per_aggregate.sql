-- The relay sends one pending event per aggregate per pass (OutboxRepository.nextPerAggregate):
-- "is there an earlier event of this aggregate" is answered from this index.
create index outbox_event_aggregate on outbox_event (topic, event_key, id);
