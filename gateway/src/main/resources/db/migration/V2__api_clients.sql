-- Machine clients of the API. Keys are 256-bit random strings shown once; only their SHA-256 is
-- kept (a fast hash is enough for high-entropy keys) plus a short prefix to tell keys apart.
create table api_client (
  id                     uuid          primary key,
  name                   varchar(200)  not null,
  key_hash               varchar(64)   not null unique,
  key_prefix             varchar(12)   not null,
  roles                  varchar(32)[] not null,
  units                  varchar(32)[] not null,
  rate_limit_per_second  integer       not null,
  created_at             timestamptz   not null,
  revoked_at             timestamptz
);
