// SPDX-License-Identifier: GPL-3.0-or-later
#include "PrivateMounts.h"

#include "support/Catch.h"

#include <QFile>

#include <cerrno>
#include <cstring>
#include <sched.h>
#include <sys/mount.h>

namespace chibo::test {

namespace {

std::string systemError()
{
    return std::strerror(errno);
}

QByteArray native(const QString& path)
{
    return QFile::encodeName(path);
}

} // namespace

PrivateMount::PrivateMount(QString directory)
    : m_directory(std::move(directory))
{}

PrivateMount::PrivateMount(PrivateMount&& other) noexcept
    : m_directory(std::exchange(other.m_directory, QString()))
{}

PrivateMount::~PrivateMount()
{
    if (!m_directory.isEmpty())
        ::umount2(native(m_directory).constData(), MNT_DETACH);
}

void PrivateMount::enterPrivateNamespace()
{
    static bool entered = false;
    if (entered)
        return;
    INFO("unshare(CLONE_NEWNS): " << systemError() << " (these tests run as root, as CI does)");
    REQUIRE(::unshare(CLONE_NEWNS) == 0);
    // Without this, mounts made here would propagate back to the machine's namespace.
    INFO("making / private: " << systemError());
    REQUIRE(::mount("none", "/", nullptr, MS_REC | MS_PRIVATE, nullptr) == 0);
    entered = true;
}

PrivateMount PrivateMount::tmpfs(const QString& directory, int kibibytes)
{
    enterPrivateNamespace();
    const QByteArray options = "size=" + QByteArray::number(kibibytes) + "k";
    const int mounted = ::mount("tmpfs", native(directory).constData(), "tmpfs", 0, options.constData());
    INFO("mount -t tmpfs " << directory.toStdString() << ": " << systemError());
    REQUIRE(mounted == 0);
    return PrivateMount(directory);
}

PrivateMount PrivateMount::readOnlyView(const QString& source, const QString& directory)
{
    enterPrivateNamespace();
    const QByteArray target = native(directory);
    INFO("mount --bind " << source.toStdString() << " " << directory.toStdString() << ": " << systemError());
    REQUIRE(::mount(native(source).constData(), target.constData(), nullptr, MS_BIND, nullptr) == 0);
    PrivateMount mount(directory);
    INFO("remount read-only: " << systemError());
    REQUIRE(::mount("none", target.constData(), nullptr, MS_REMOUNT | MS_BIND | MS_RDONLY, nullptr) == 0);
    return mount;
}

} // namespace chibo::test
