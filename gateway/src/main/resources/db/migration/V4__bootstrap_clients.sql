-- The clients whose keys the deployment supplies (IWD_ADMIN_API_KEY, IWD_REPORTING_API_KEY) are
-- marked with the variable that supplies them: a new value of the variable revokes the client of
-- the previous one. At most one active client per variable.
alter table api_client add column bootstrap_variable varchar(64);

update api_client set bootstrap_variable = 'IWD_ADMIN_API_KEY'
 where name = 'bootstrap admin (IWD_ADMIN_API_KEY)' and revoked_at is null;
update api_client set bootstrap_variable = 'IWD_REPORTING_API_KEY'
 where name = 'reporting-service reconciliation (IWD_REPORTING_API_KEY)' and revoked_at is null;

create unique index api_client_active_bootstrap on api_client (bootstrap_variable)
 where bootstrap_variable is not null and revoked_at is null;
