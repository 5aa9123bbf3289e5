-- Titles and subtitles are kept as message keys with typed arguments and rendered in the reader's language when
-- found; title and subtitle keep their Vietnamese rendering (and the subtitle its English one too) for matching and
-- ordering. Documents indexed before have no kept text: they show their stored title and subtitle as they are.
alter table search.document
    add column title_text    jsonb,
    add column subtitle_text jsonb;
