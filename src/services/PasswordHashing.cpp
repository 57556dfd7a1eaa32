// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/PasswordHashing.h"

#include <sodium.h>

namespace chibo {

namespace {

/// sodium_init() is safe to call from any thread any number of times; it fails only without a source of
/// randomness.
bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

constexpr int MinimumLength = 8;

} // namespace

Result<QString> PasswordHashing::hash(const QString& password)
{
    if (!sodiumReady())
        return Error{QStringLiteral("password_hash_failed"),
                     tr("The password could not be protected: libsodium could not start."),
                     {}};
    const QByteArray utf8 = password.toUtf8();
    char hashed[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(hashed, utf8.constData(), quint64(utf8.size()),
                              crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE,
                              crypto_pwhash_ALG_ARGON2ID13) != 0)
        return Error{QStringLiteral("password_hash_failed"),
                     tr("The password could not be protected: there is not enough memory."),
                     {}};
    return QString::fromLatin1(hashed);
}

bool PasswordHashing::verify(const QString& hash, const QString& password)
{
    if (!sodiumReady())
        return false;
    const QByteArray stored = hash.toLatin1();
    if (stored.size() >= crypto_pwhash_STRBYTES)
        return false;
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(stored.constData(), utf8.constData(), quint64(utf8.size())) == 0;
}

QString PasswordHashing::weakness(const QString& password)
{
    if (password.size() < MinimumLength)
        return tr("A password needs at least %n characters.", nullptr, MinimumLength);
    if (password.trimmed().isEmpty())
        return tr("A password cannot be only spaces.");
    return {};
}

} // namespace chibo
