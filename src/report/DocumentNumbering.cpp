// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/DocumentNumbering.h"

#include "report/DocumentHeaders.h"
#include "services/DocumentRegister.h"

namespace chibo {

Result<bool> DocumentNumbering::showRegistered(const Workspace& workspace, OfficialDocument& document)
{
    const DocumentHeader& header = document.header;
    const auto found = DocumentRegister::find(workspace, header.issuerId, header.typeCode, document.subject);
    if (!found)
        return found.error();
    if (!found->has_value())
        return false;
    setNumber(document, (*found)->number);
    return true;
}

Result<IssuedDocument> DocumentNumbering::issue(Workspace& workspace, const Session& session,
                                                OfficialDocument& document, int number, const QDateTime& at)
{
    const DocumentRequest request{document.header.issuerId, document.header.typeCode, document.subject,
                                  document.summary,         document.header.date,     number};
    auto issued = DocumentRegister::issue(workspace, session, request, at);
    if (issued)
        setNumber(document, issued->number);
    return issued;
}

void DocumentNumbering::setNumber(OfficialDocument& document, int number)
{
    DocumentHeader& header = document.header;
    header.number =
        DocumentHeaders::numberLine(DocumentRegister::symbol(header.issuerSymbol, header.typeCode, number));
}

} // namespace chibo
