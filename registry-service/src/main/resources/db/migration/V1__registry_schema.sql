-- Reference data the registry owns and publishes to the other services.
create table code_entry (
  list_name varchar(32)  not null,
  code      varchar(32)  not null,
  label_vi  varchar(300) not null,
  label_en  varchar(300) not null,
  position  integer      not null,
  primary key (list_name, code)
);

create table unit (
  code            varchar(32)  primary key,
  name_vi         varchar(300) not null,
  name_en         varchar(300),
  kind            varchar(16)  not null,
  parent_code     varchar(32)  references unit(code),
  valid_from      date         not null,
  valid_to        date,
  successor_codes varchar(32)[] not null default '{}',
  version         bigint       not null default 1,
  updated_at      timestamptz  not null default now()
);

-- Transactional outbox: an event row is written in the same transaction as the change it
-- describes; the relay publishes rows in id order and deletes them once Kafka acknowledged.
create table outbox_event (
  id         bigserial    primary key,
  topic      varchar(200) not null,
  event_key  varchar(200) not null,
  payload    text         not null,
  created_at timestamptz  not null default now()
);
