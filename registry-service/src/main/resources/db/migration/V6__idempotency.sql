-- Idempotency-Key per client: the first answer is kept and replayed to retries for 24 hours.
create table idempotency_key (
  client_id     varchar(100) not null,
  key           varchar(200) not null,
  request_hash  varchar(64)  not null,
  status_code   integer,                 -- null while the first request is still running
  response_body text,
  created_at    timestamptz  not null,
  primary key (client_id, key)
);
create index idempotency_key_created on idempotency_key (created_at);
