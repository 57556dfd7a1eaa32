// SPDX-License-Identifier: GPL-3.0-or-later
// badinput-lock-holder DATABASE: a second process that holds the write lock of a SQLite database, as another
// ChiBo or the sqlite3 shell in the middle of a change would. It takes the lock (BEGIN IMMEDIATE), prints
// "locked" and keeps it until its standard input closes, then rolls back: it never changes the database.
#include <cstdio>
#include <sqlite3.h>

int main(int argc, char** argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: badinput-lock-holder DATABASE\n");
        return 2;
    }
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(argv[1], &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK ||
        sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) != SQLITE_OK) {
        std::fprintf(stderr, "cannot lock %s: %s\n", argv[1], sqlite3_errmsg(db));
        sqlite3_close(db);
        return 1;
    }
    std::printf("locked\n");
    std::fflush(stdout);
    while (std::getchar() != EOF) {
    }
    sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(db);
    return 0;
}
