// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scoring/CriteriaLoaderValue.h"

#include <QByteArrayView>
#include <QString>

#include <memory>

namespace chibo {

/// A criteria file's text parsed as JSON. Nesting deeper than kMaxDepth is refused before parsing, so
/// that hostile input cannot exhaust the stack of any recursive reader (the loader, JsonLocator).
class CriteriaLoaderDocument {
public:
    static constexpr int kMaxDepth = 64;

    enum class Status { Ok, Syntax, TooDeep };

    explicit CriteriaLoaderDocument(QByteArrayView bytes);
    ~CriteriaLoaderDocument();
    CriteriaLoaderDocument(const CriteriaLoaderDocument&) = delete;
    CriteriaLoaderDocument& operator=(const CriteriaLoaderDocument&) = delete;

    Status status() const { return m_status; }
    /// Byte offset of a syntax error or of the bracket that nests too deep.
    qsizetype errorOffset() const { return m_errorOffset; }
    /// The parser's own description of a syntax error (English, technical).
    const QString& errorDetail() const { return m_errorDetail; }
    /// The root value; absent unless the status is Ok.
    CriteriaLoaderValue root() const;

private:
    struct Data;
    std::unique_ptr<Data> d;
    Status m_status = Status::Ok;
    qsizetype m_errorOffset = -1;
    QString m_errorDetail;
};

} // namespace chibo
