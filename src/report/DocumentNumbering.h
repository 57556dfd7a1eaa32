// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/IssuedDocument.h"
#include "core/Result.h"
#include "core/Session.h"
#include "report/OfficialDocument.h"

#include <QDateTime>

namespace chibo {

class Workspace;

/// A built document and its organisation's register of issued documents (services/DocumentRegister): the
/// builders leave the number blank and name the issuer, the type and the subject; these put the number in.
class DocumentNumbering {
public:
    /// Puts in the number `document`'s subject was given before, if any, so a printed copy shows the
    /// number on the register, and says whether it had one; leaves the number as it is otherwise. Reads only.
    static Result<bool> showRegistered(const Workspace& workspace, OfficialDocument& document);
    /// Numbers `document` in the register (the next free number, or `number` when not 0) and puts the
    /// number in; a document numbered before keeps its number. See DocumentRegister::issue.
    static Result<IssuedDocument> issue(Workspace& workspace, const Session& session,
                                        OfficialDocument& document, int number, const QDateTime& at);
    /// Puts `number` into `document`'s header ("Số 05-BC/CB"); 0 leaves the space for a hand-written one.
    static void setNumber(OfficialDocument& document, int number);
};

} // namespace chibo
