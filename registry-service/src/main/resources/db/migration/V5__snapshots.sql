-- A unit's full yearly list: batches sent with ?snapshotId= add their external IDs; committing the
-- snapshot removes (NOT_REPORTED) the unit's active records it did not contain.
create table snapshot (
  id            uuid         primary key,
  unit_code     varchar(32)  not null references unit(code),
  created_at    timestamptz  not null,
  created_by    varchar(100) not null,
  committed_at  timestamptz,
  removed_count integer
);

create table snapshot_member (
  snapshot_id uuid        not null references snapshot(id) on delete cascade,
  external_id varchar(64) not null,
  primary key (snapshot_id, external_id)
);
