-- Transactional outbox: an event row is written in the same transaction as the change it
-- describes; the relay publishes rows in id order and deletes them once Kafka acknowledged.
create table outbox_event (
  id         bigserial    primary key,
  topic      varchar(200) not null,
  event_key  varchar(200) not null,
  payload    text         not null,
  created_at timestamptz  not null default now()
);
