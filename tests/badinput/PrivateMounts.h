// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace chibo::test {

/// File systems mounted for one test, in a mount namespace of this process's own, so that neither a
/// failed test nor a crash leaves a mount behind on the machine. The processes the test starts (the real
/// chibo-cli) inherit the namespace and see the mounts. Needs root (CAP_SYS_ADMIN), as the tests and CI
/// run; permissions cannot stand in, because root writes a file whatever its mode.
class PrivateMount {
public:
    /// A tmpfs of `kibibytes` at `directory` (which must exist): a small disk that really fills up.
    static PrivateMount tmpfs(const QString& directory, int kibibytes);
    /// `source` seen read-only at `directory` (a bind mount remounted read-only): writes fail with
    /// EROFS, for root too.
    static PrivateMount readOnlyView(const QString& source, const QString& directory);

    PrivateMount(PrivateMount&& other) noexcept;
    PrivateMount(const PrivateMount&) = delete;
    PrivateMount& operator=(const PrivateMount&) = delete;
    PrivateMount& operator=(PrivateMount&&) = delete;
    /// Unmounts (lazily, so that an open file does not keep it).
    ~PrivateMount();

private:
    explicit PrivateMount(QString directory);
    /// Moves this process into a private mount namespace once; fails the test when the system refuses.
    static void enterPrivateNamespace();

    QString m_directory;
};

} // namespace chibo::test
