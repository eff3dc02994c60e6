"""The local index: one SQLite file per data folder and writer, in the user's cache folder.

Sessions stay the truth; the index keeps what reading them gave (each session's row for
`list`, its validated digest for synthesis and the report, its notes' words for `search`,
its findings reading), each under its file's stamp, so a question costs a query and a
look at the folder, not a read of every file. Deleting it loses nothing: the next
command rebuilds it.

- database.py: the file, its schema and version, rebuilt when it is not ours;
- session_index.py: brought up to date with the session files, then asked;
- rows.py: a validated session as a row, and back without validating again;
- readings.py: the findings readings (core/synthesis/findings_cache.py);
- notes.py: every note's words (FTS5), indexed the first time words are asked for;
- search.py: notes found by their words, ranked by bm25;
- queries.py: synthesis's search box and matrix as queries.
"""
