// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

namespace chibo {

/// Passwords as libsodium keeps them: argon2id (crypto_pwhash_str_alg with crypto_pwhash_ALG_ARGON2ID13)
/// at libsodium's interactive limits (about 64 MiB and a tenth of a second per hash), in its self-describing
/// string form, so a later build can raise the limits and still check old hashes.
class PasswordHashing {
    Q_DECLARE_TR_FUNCTIONS(PasswordHashing)

public:
    /// The hash of `password`; "password_hash_failed" when libsodium cannot start or lacks the memory.
    static Result<QString> hash(const QString& password);
    /// Whether `password` is the one `hash` was made from (in constant time); false for a malformed hash.
    static bool verify(const QString& hash, const QString& password);
    /// Why `password` is not acceptable for a new password (at least 8 characters, not only spaces), or
    /// an empty string when it is.
    static QString weakness(const QString& password);
};

} // namespace chibo
