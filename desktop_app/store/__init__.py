"""Storage: one SQLite file through sqlite-utils, its migrations, repositories and backups.

No Qt here. Every function takes the open `sqlite_utils.Database` as its first argument.
"""
