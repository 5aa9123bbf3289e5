-- Spring Session JDBC saves a session after every request because its last access time moved: one committed write,
-- and a flush of the write-ahead log, for every page, chart download and htmx call. A save whose only change is that
-- time, moved forward by less than a minute, now writes nothing (no row version, nothing to flush). The session then
-- expires up to a minute before 8 hours after its last request; a new session id (sign-in), a principal or a timeout
-- is always written, and so is the first request after a minute.
create function public.spring_session_skip_recent_access() returns trigger
    language plpgsql as
$$
begin
    if new.session_id = old.session_id
       and new.principal_name is not distinct from old.principal_name
       and new.max_inactive_interval = old.max_inactive_interval
       and new.creation_time = old.creation_time
       and new.last_access_time >= old.last_access_time
       and new.last_access_time - old.last_access_time < 60000 then
        return null;
    end if;
    return new;
end
$$;

create trigger spring_session_recent_access
    before update on public.spring_session
    for each row execute function public.spring_session_skip_recent_access();
